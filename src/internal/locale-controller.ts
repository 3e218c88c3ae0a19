import type { ReactiveController, ReactiveElement } from 'lit';
import { onCatalogueChange } from '../i18n/catalogue.js';
import { directionOf, formatDateTime, formatNumber, formatRelativeTime, translate } from '../i18n/format.js';
import type { MessageParams } from '../i18n/catalogue.js';

/** Finds the nearest `lang` above a node, crossing shadow roots. */
function closestLang(node: Node): string | null {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang') && current.getAttribute('lang')) {
      return current.getAttribute('lang');
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return null;
}

const documentLangWatchers = new Set<() => void>();
let documentObserver: MutationObserver | undefined;

function watchDocumentLang(callback: () => void): () => void {
  documentLangWatchers.add(callback);
  if (!documentObserver && typeof MutationObserver !== 'undefined') {
    documentObserver = new MutationObserver(() => documentLangWatchers.forEach((watcher) => watcher()));
    documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
  }
  return () => {
    documentLangWatchers.delete(callback);
    if (documentLangWatchers.size === 0) {
      documentObserver?.disconnect();
      documentObserver = undefined;
    }
  };
}

/** Every connected controller, by its element: an element inside another kit element's shadow root speaks its language. */
const controllers = new WeakMap<Element, LocaleController>();

/** Re-renders every kit element on the page (a `lang` changed somewhere that elements may follow). */
export function announceLocaleChange(): void {
  documentLangWatchers.forEach((watcher) => watcher());
}

/** A message key (with its parameters) in words, in the element's locale: the `t` an element hands its private pieces. */
export type Translate = (key: string, params?: MessageParams) => string;

type LocaleSource = 'own' | 'enclosing' | 'provider' | 'page';

/**
 * Gives an element its locale — its own `lang`, else that of the kit element whose shadow
 * root holds it, else the provider's, else the nearest `lang` above it, else the document's —
 * and the functions that speak it. Re-renders the element when the document's language or
 * the catalogue changes.
 *
 * Direction: when the locale comes from the element's own `lang` or from the provider, the
 * page's direction may not match it, so the element gets the locale's `dir` (unless the page
 * set a `dir` on it). A locale taken from the page comes with the page's own `dir`.
 */
export class LocaleController implements ReactiveController {
  /** Set by the element from `<invite-kit-provider lang>` through context. */
  providerLocale: string | undefined;
  private stopWatching: Array<() => void> = [];
  /** The `dir` this controller put on the element, to tell it from one the page set. */
  private appliedDir?: string;
  /**
   * The locale resolved once for the update in progress: a render asks for it with every
   * string (a hundred times for a list), and finding it walks up the page. Outside an update
   * it is found afresh, since a `lang` above may have changed since.
   */
  private updating?: { locale: string; source: LocaleSource };

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    controllers.set(this.host, this);
    const update = () => this.host.requestUpdate();
    this.stopWatching = [watchDocumentLang(update), onCatalogueChange(update)];
  }

  hostDisconnected(): void {
    controllers.delete(this.host);
    this.stopWatching.forEach((stop) => stop());
    this.stopWatching = [];
  }

  hostUpdate(): void {
    this.updating = undefined;
    this.updating = this.resolve();
    this.applyDirection(this.updating);
  }

  hostUpdated(): void {
    this.updating = undefined;
  }

  get locale(): string {
    return (this.updating ?? this.resolve()).locale;
  }

  private resolve(): { locale: string; source: LocaleSource } {
    const own = this.host.getAttribute('lang');
    if (own) return { locale: own, source: 'own' };
    const root = this.host.getRootNode();
    const enclosing = root instanceof ShadowRoot ? controllers.get(root.host) : undefined;
    if (enclosing) return { locale: enclosing.locale, source: 'enclosing' };
    if (this.providerLocale) return { locale: this.providerLocale, source: 'provider' };
    const page = closestLang(this.host) ?? (typeof navigator !== 'undefined' ? navigator.language : 'en') ?? 'en';
    return { locale: page, source: 'page' };
  }

  private applyDirection({ locale, source }: { locale: string; source: LocaleSource }): void {
    const host = this.host;
    const current = host.getAttribute('dir');
    // A `dir` the page put on the element is the page's decision.
    if (current !== null && current !== this.appliedDir) {
      this.appliedDir = undefined;
      return;
    }
    if (source === 'own' || source === 'provider') {
      const dir = directionOf(locale);
      if (current !== dir) host.setAttribute('dir', dir);
      this.appliedDir = dir;
    } else if (this.appliedDir !== undefined) {
      host.removeAttribute('dir');
      this.appliedDir = undefined;
    }
  }

  t = (key: string, params?: MessageParams): string => translate(this.locale, key, params);
  number = (value: number): string => formatNumber(this.locale, value);
  relativeTime = (date: Date | string, now?: Date): string => formatRelativeTime(this.locale, date, now);
  dateTime = (date: Date | string): string => formatDateTime(this.locale, date);
}
