import type { ReactiveController, ReactiveElement } from 'lit';
import { directionOf, formatDateTime, formatNumber, formatRelativeTime, onCatalogueChange, translate } from '../i18n/catalogue.js';
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

/**
 * Gives an element its locale — its own `lang`, else the provider's, else the nearest
 * `lang` above it, else the document's — and the functions that speak it. Re-renders the
 * element when the document's language or the catalogue changes.
 */
export class LocaleController implements ReactiveController {
  /** Set by the element from `<invite-kit-provider lang>` through context. */
  providerLocale: string | undefined;
  private stopWatching: Array<() => void> = [];

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    const update = () => this.host.requestUpdate();
    this.stopWatching = [watchDocumentLang(update), onCatalogueChange(update)];
  }

  hostDisconnected(): void {
    this.stopWatching.forEach((stop) => stop());
    this.stopWatching = [];
  }

  get locale(): string {
    const own = this.host.getAttribute('lang');
    if (own) return own;
    if (this.providerLocale) return this.providerLocale;
    return closestLang(this.host) ?? (typeof navigator !== 'undefined' ? navigator.language : 'en') ?? 'en';
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  t = (key: string, params?: MessageParams): string => translate(this.locale, key, params);
  number = (value: number): string => formatNumber(this.locale, value);
  relativeTime = (date: Date | string, now?: Date): string => formatRelativeTime(this.locale, date, now);
  dateTime = (date: Date | string): string => formatDateTime(this.locale, date);
}
