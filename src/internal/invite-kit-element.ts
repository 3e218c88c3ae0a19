import { LitElement, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { clientContext, localeContext, viewerContext } from '../client/context.js';
import type { InviteClient, InviteClientOperation } from '../client/invite-client.js';
import type { InviteKitError } from '../client/errors.js';
import type { Viewer } from '../client/types.js';
import { hasMessage } from '../i18n/catalogue.js';
import { LocaleController, announceLocaleChange } from './locale-controller.js';
import { RequestController } from './request-controller.js';
import { RetryCountdownController } from './retry-after.js';
import { getDefaultClient } from './default-client.js';
import { defineElement } from './define.js';
import type { DefinableElement } from './define.js';
import { describeErrorFor, errorDescriberContext } from './error-description.js';
import type { ErrorDescriber, ErrorDescription } from './error-description.js';
import { requestViewer } from './viewer-requests.js';
import { errorAlert, loadingStatus } from './status-templates.js';
import type { ErrorAlertOptions } from './status-templates.js';
import { kitEvent } from './kit-event.js';
import { attachContextRoot } from './context-root.js';
import '../i18n/common.messages.js';
import './internal.messages.js';

let warnedAboutDemo = false;

/**
 * The base of every kit element: finds the client (its own `client` property, else the
 * nearest `<invite-kit-provider>`, else the embedded in-memory demo client), speaks the
 * viewer's language, runs requests safely, puts errors into words by one rule, and emits
 * events that bubble out of shadow roots.
 */
export abstract class InviteKitElement extends LitElement {
  /** The kit elements this one renders, by the tag it renders them with; `define()` registers them first. */
  static readonly dependencies: Readonly<Record<string, CustomElementConstructor>> = {};

  /**
   * Every `InviteClient` operation this element may call (its own and those of the private
   * pieces it owns; not those of the kit elements it holds, which list their own). What a host
   * writing a minimal adapter for this element implements. Checked against the calls the
   * element really makes by `test/client-operations.test.ts`.
   */
  static readonly clientOperations: readonly InviteClientOperation[] = [];

  /**
   * Registers this element as `tagName` in `registry` (default: the page's), after the kit
   * elements it renders (`dependencies`), each under its own tag where that is free.
   */
  static define(tagName: string, registry: CustomElementRegistry = customElements): void {
    defineElement(tagName, this as unknown as DefinableElement, registry);
  }

  protected readonly localize = new LocaleController(this);
  protected readonly requests = new RequestController(this);
  private readonly retryCountdown = new RetryCountdownController(this);

  /** The adapter to use; overrides the one from `<invite-kit-provider>`. */
  @property({ attribute: false }) client?: InviteClient;

  /** Forces a colour scheme for this element; by default it follows the viewer's preference. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  /**
   * Describes errors your way (overrides the provider's `errorDescriber`): return a sentence,
   * `{ message, detail }`, or `undefined` to keep the kit's.
   */
  @property({ attribute: false }) errorDescriber?: ErrorDescriber;

  @consume({ context: clientContext, subscribe: true })
  @state()
  protected providedClient?: InviteClient;

  @consume({ context: viewerContext, subscribe: true })
  @state()
  protected providedViewer?: Viewer;

  @consume({ context: localeContext, subscribe: true })
  @state()
  protected providedLocale?: string;

  @consume({ context: errorDescriberContext, subscribe: true })
  @state()
  protected providedErrorDescriber?: ErrorDescriber;

  /** The client the element will use once resolved; `undefined` until the embedded default has loaded. */
  @state() protected defaultClient?: InviteClient;

  /** The client in use right now, if one is available synchronously. */
  protected get activeClient(): InviteClient | undefined {
    return this.client ?? this.providedClient ?? this.defaultClient;
  }

  /**
   * The host's client when it has nothing to wait for (no `ready` to await): a load can send its
   * requests in the task that asks, before the element renders, instead of a microtask later.
   */
  protected get readyClient(): InviteClient | undefined {
    const client = this.client ?? this.providedClient;
    return client && !client.ready ? client : undefined;
  }

  /** Whether this element shows the embedded demo portal (no `client`, no provider): it says so with a badge. */
  protected get usingDemoClient(): boolean {
    return !this.client && !this.providedClient && this.defaultClient !== undefined;
  }

  /**
   * The client to use, once it knows what it supports (`ready`). Loads the embedded demo client
   * when neither a property nor a provider gives one, and says so once in the console.
   */
  protected async resolveClient(): Promise<InviteClient> {
    let client = this.client ?? this.providedClient;
    if (!client) {
      this.defaultClient ??= await getDefaultClient();
      client = this.client ?? this.providedClient ?? this.defaultClient;
      if (client === this.defaultClient && !warnedAboutDemo) {
        warnedAboutDemo = true;
        console.warn(
          `invite-kit: <${this.localName}> has no client, so it shows the embedded demo portal (made-up people, kept in memory). ` +
            'Give it your adapter: a `client` property, or <invite-kit-provider>.client.',
        );
      }
    }
    if (client.ready) await client.ready;
    return client;
  }

  /** The viewer from the provider, or fetched from the client (one request per client at a time). */
  protected async resolveViewer(signal?: AbortSignal): Promise<Viewer> {
    if (this.providedViewer && !this.client) return this.providedViewer;
    return requestViewer(this.readyClient ?? (await this.resolveClient()), signal);
  }

  override connectedCallback(): void {
    // Before the context consumers ask (in LitElement's connectedCallback): a provider defined later still answers.
    attachContextRoot();
    super.connectedCallback();
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

  /**
   * A message key in words; any other text (a backend's own sentence, already in words) as it is.
   * For what may be either: field errors, a bulk row's problem.
   */
  protected message(text: string, params?: Record<string, string | number>): string;
  protected message(text: string | undefined, params?: Record<string, string | number>): string | undefined;
  protected message(text: string | undefined, params?: Record<string, string | number>): string | undefined {
    return text && hasMessage(text) ? this.t(text, params) : text;
  }

  /** An adapter error in words: the sentence to lead with, and the backend's text as a detail where the rule says so. */
  protected errorDescription(error: InviteKitError): ErrorDescription {
    return describeErrorFor(error, {
      t: (key, params) => this.t(key, params),
      locale: this.localize.locale,
      element: this,
      waitSeconds: this.retryCountdown.wait(error),
      messagesLocale: this.activeClient?.messagesLocale,
      describer: this.errorDescriber ?? this.providedErrorDescriber,
    });
  }

  /** A sentence a person can act on for an adapter error (see `error-description.ts` for the rule). */
  protected describeError(error: InviteKitError): string {
    return this.errorDescription(error).message;
  }

  /**
   * Whole seconds before `error` (a 429 with `Retry-After`) may be retried; 0 when a retry may go
   * now. While it is above 0 the element re-renders every second, and its retry is held.
   */
  protected retryWait(error: InviteKitError | undefined): number {
    return this.retryCountdown.wait(error);
  }

  /**
   * The error alert (part `alert`, "Try again" as `retry-button`) for a failure, worded by the
   * error rule: `sentence` wraps the reason in what failed ("Couldn't load the invite link.
   * {reason}"); a 429 holds the retry and counts down.
   */
  protected renderErrorAlert(
    error: InviteKitError,
    options: Omit<ErrorAlertOptions, 'message' | 'detail' | 'detailText' | 'retryLabel' | 'wait' | 'waitLabel'> & {
      sentence?: (reason: string) => string;
    } = {},
  ): TemplateResult {
    const { sentence, ...rest } = options;
    const { message, detail } = this.errorDescription(error);
    const wait = this.retryWait(error);
    return errorAlert({
      ...rest,
      message: sentence ? sentence(message) : message,
      detail,
      detailText: detail ? this.t('kit.errorDetail', { detail }) : undefined,
      retryLabel: this.t('common.retry'),
      wait,
      waitLabel: wait > 0 ? this.t('kit.retryIn', { count: wait }) : undefined,
    });
  }

  /** The loading line (part `status`): a spinner and what is loading (default "Loading…"). */
  protected renderLoadingStatus(text = this.t('common.loading'), part?: string): TemplateResult {
    return loadingStatus({ text, ...(part ? { part } : {}) });
  }

  /** The "Demo data" badge (part `demo-badge`), shown while the element falls back to the embedded demo portal. */
  protected renderDemoBadge(): TemplateResult | typeof nothing {
    if (!this.usingDemoClient) return nothing;
    return html`<span part="demo-badge" class="badge badge--warning demo-badge" title=${this.t('kit.demoDataHint')}
      >${this.t('kit.demoData')}</span
    >`;
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
