import { LitElement, css, html } from 'lit';
import { provide } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { clientContext, localeContext, viewerContext } from '../client/context.js';
import type { InviteClient } from '../client/invite-client.js';
import type { Viewer } from '../client/types.js';
import { isAbortError } from '../client/errors.js';
import { defineElement } from '../internal/define.js';
import { errorDescriberContext } from '../internal/error-description.js';
import type { ErrorDescriber } from '../internal/error-description.js';
import { requestViewer } from '../internal/viewer-requests.js';

/**
 * Gives every kit element inside it the same client, viewer and locale, so a page sets
 * them once.
 *
 * @tag invite-kit-provider
 * @summary Provides the client adapter, viewer and locale to the kit elements inside it.
 *
 * @slot - The page content holding kit elements.
 *
 * @attr lang - The locale for every kit element inside, e.g. `es` or `ar` (an element's own `lang` still wins);
 *   by default the page's language. Elements also take its direction unless the page sets `dir` on them.
 *
 * @fires invite-kit-viewer-loaded - When the viewer has been loaded from the client (detail: the viewer).
 */
export class InviteKitProvider extends LitElement {
  /** Registers the provider as `tagName` (it renders no kit element of its own). */
  static define(tagName: string, registry: CustomElementRegistry = customElements): void {
    defineElement(tagName, this, registry);
  }

  static override styles = css`
    :host {
      display: contents;
    }
    :host([color-scheme='dark']) {
      --invite-kit-color-scheme: dark;
    }
    :host([color-scheme='light']) {
      --invite-kit-color-scheme: light;
    }
  `;

  /** The adapter every element inside uses (unless an element has its own `client`). */
  @provide({ context: clientContext })
  @property({ attribute: false })
  client?: InviteClient;

  /** The viewer, loaded from the client; set it yourself to skip the request. */
  @provide({ context: viewerContext })
  @property({ attribute: false })
  viewer?: Viewer;

  /**
   * Describes adapter errors your way, for every element inside: return a sentence,
   * `{ message, detail }`, or `undefined` to keep the kit's. (By default the kit leads with its
   * own sentence in the page's language, and shows the backend's message as a detail when the
   * backend writes in another language — see the README's "Errors and languages".)
   */
  @provide({ context: errorDescriberContext })
  @property({ attribute: false })
  errorDescriber?: ErrorDescriber;

  /** Forces a colour scheme on every element inside: `light` or `dark`. */
  @property({ attribute: 'color-scheme', reflect: true }) colorScheme?: 'light' | 'dark';

  @provide({ context: localeContext })
  @state()
  protected locale?: string;

  private viewerRequest?: AbortController;
  private viewerLoadedFor?: InviteClient;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.viewerRequest?.abort();
    this.viewerLoadedFor = undefined;
  }

  /**
   * `lang` stays the platform's own attribute (no empty `lang=""` on a provider that has none,
   * which would make the page inside it a language of unknown kind); the provider follows it.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.locale = value || undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('client') && changed.get('client') !== undefined && !changed.has('viewer')) {
      // A new client means a new viewer: forget the one loaded from the old client.
      if (this.viewerLoadedFor) this.viewer = undefined;
    }
  }

  protected override updated(): void {
    if (this.client && !this.viewer && this.viewerLoadedFor !== this.client) void this.loadViewer(this.client);
  }

  /** Loads the viewer again (after signing in as someone else, say). */
  async reloadViewer(): Promise<void> {
    if (!this.client) return;
    this.viewer = undefined;
    await this.loadViewer(this.client);
  }

  private async loadViewer(client: InviteClient): Promise<void> {
    this.viewerRequest?.abort();
    const request = (this.viewerRequest = new AbortController());
    this.viewerLoadedFor = client;
    try {
      // Shared with elements asking at the same time: one request per page load.
      const viewer = await requestViewer(client, request.signal);
      if (request.signal.aborted || client !== this.client) return;
      this.viewer = viewer;
      this.dispatchEvent(new CustomEvent('invite-kit-viewer-loaded', { detail: viewer, bubbles: true, composed: true }));
    } catch (error) {
      // Elements fetch the viewer themselves when the provider could not; they show the error.
      if (!isAbortError(error)) this.viewerLoadedFor = undefined;
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementEventMap {
    'invite-kit-viewer-loaded': CustomEvent<Viewer>;
  }
}
