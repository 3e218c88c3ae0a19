import { LitElement } from 'lit';
import type { PropertyValues } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { clientContext, localeContext, viewerContext } from '../client/context.js';
import type { InviteClient } from '../client/invite-client.js';
import type { InviteKitError } from '../client/errors.js';
import type { Viewer } from '../client/types.js';
import { LocaleController, announceLocaleChange } from './locale-controller.js';
import { RequestController } from './request-controller.js';
import { getDefaultClient } from './default-client.js';
import { kitEvent } from './kit-event.js';
import '../i18n/common.messages.js';

/**
 * The base of every kit element: finds the client (its own `client` property, else the
 * nearest `<invite-kit-provider>`, else the embedded in-memory demo client), speaks the
 * viewer's language, runs requests safely, and emits events that bubble out of shadow roots.
 */
export abstract class InviteKitElement extends LitElement {
  protected readonly localize = new LocaleController(this);
  protected readonly requests = new RequestController(this);

  /** The adapter to use; overrides the one from `<invite-kit-provider>`. */
  @property({ attribute: false }) client?: InviteClient;

  /** Forces a colour scheme for this element; by default it follows the viewer's preference. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient?: InviteClient;

  @consume({ context: viewerContext, subscribe: true })
  @state()
  protected providedViewer?: Viewer;

  @consume({ context: localeContext, subscribe: true })
  @state()
  protected providedLocale?: string;

  /** The client the element will use once resolved; `undefined` until the embedded default has loaded. */
  @state() protected defaultClient?: InviteClient;

  /** The client in use right now, if one is available synchronously. */
  protected get activeClient(): InviteClient | undefined {
    return this.client ?? this.providedClient ?? this.defaultClient;
  }

  /** The client to use; loads the embedded demo client when neither a property nor a provider gives one. */
  protected async resolveClient(): Promise<InviteClient> {
    const client = this.client ?? this.providedClient;
    if (client) return client;
    this.defaultClient ??= await getDefaultClient();
    return this.client ?? this.providedClient ?? this.defaultClient;
  }

  /** The viewer from the provider, or fetched from the client. */
  protected async resolveViewer(signal?: AbortSignal): Promise<Viewer> {
    if (this.providedViewer && !this.client) return this.providedViewer;
    const client = await this.resolveClient();
    return client.getViewer(signal ? { signal } : {});
  }

  /** `lang` stays the platform's own attribute and property; the element only listens to it. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    // Kit elements inside this one's shadow root speak its language too.
    if (name === 'lang' && old !== value) announceLocaleChange();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localize.providerLocale = this.providedLocale;
  }

  /** Translates a message key in this element's locale. */
  protected t(key: string, params?: Record<string, string | number>): string {
    return this.localize.t(key, params);
  }

  /** A sentence a person can act on for an adapter error. */
  protected describeError(error: InviteKitError): string {
    if (error.code === 'rate_limited' && error.retryAfter) {
      return this.t('error.rate_limited_seconds', { count: Math.ceil(error.retryAfter) });
    }
    // Backends phrase validation and conflict errors best: they know which rule failed.
    if ((error.code === 'validation' || error.code === 'conflict' || error.code === 'permission') && error.message) {
      return error.message;
    }
    return this.t(`error.${error.code}`);
  }

  /** Dispatches a typed event that bubbles and crosses shadow roots; returns false when a listener cancelled it. */
  protected emit<K extends keyof HTMLElementEventMap>(
    type: K,
    detail: HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never,
    options: { cancelable?: boolean } = {},
  ): boolean {
    return this.dispatchEvent(kitEvent(type, detail, options.cancelable ?? false));
  }
}
