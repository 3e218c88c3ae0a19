import { html, nothing } from 'lit';
import type { ReactiveController } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { WorkspaceLink } from '../client/types.js';
import { newIdempotencyKey } from '../internal/idempotency.js';
import type { RequestController } from '../internal/request-controller.js';
import type { MembersData } from './members-data.js';

/** What the Workspace Link section needs from the panel. */
export interface WorkspaceLinkHost extends HTMLElement {
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly data: MembersData;
  readonly menuRequests: RequestController;
  menuText(key: string, params?: Record<string, string | number>): string;
  menuError(error: InviteKitError): string;
  announce(message: string): void;
  workspaceLinkCopied(url: string): void;
  workspaceLinkChanged(link: WorkspaceLink): void;
}

/**
 * The "Workspace Link" section at the bottom of a flow workspace's panel: the link with
 * "Copy Link", and a switch for whether the link includes viewing permissions. Anyone with
 * the link can request to join either way, and the section says so.
 */
export class WorkspaceLinkController implements ReactiveController {
  private copyState: 'idle' | 'copied' | 'failed' = 'idle';
  private saveError?: InviteKitError;
  private saving?: { includesViewing: boolean; key: string };
  private copiedTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: WorkspaceLinkHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.copiedTimer);
  }

  private get input(): HTMLInputElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLInputElement>('#workspace-link');
  }

  async copy(): Promise<void> {
    const link = this.host.data.link;
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link.url);
      this.copyState = 'copied';
      this.host.workspaceLinkCopied(link.url);
      clearTimeout(this.copiedTimer);
      this.copiedTimer = setTimeout(() => {
        this.copyState = 'idle';
        this.host.requestUpdate();
      }, 4000);
    } catch {
      // No clipboard access (an insecure page, a denied permission): select the text for a manual copy.
      this.copyState = 'failed';
      this.input?.focus();
      this.input?.select();
    }
    this.host.announce(this.host.menuText(this.copyState === 'copied' ? 'link.copied' : 'link.copyFailed'));
    this.host.requestUpdate();
  }

  /** Shows the change at once; puts the switch back if the client refuses it. */
  async setIncludesViewing(includesViewing: boolean): Promise<void> {
    const { data } = this.host;
    const { client, link } = data;
    if (!client || !link) return;
    if (this.saving?.includesViewing !== includesViewing) this.saving = { includesViewing, key: newIdempotencyKey() };
    const idempotencyKey = this.saving.key;
    const previous = link;
    data.link = { ...link, includesViewing };
    this.saveError = undefined;
    this.host.requestUpdate();
    const outcome = await this.host.menuRequests.run('workspace-link', (signal) =>
      client.setWorkspaceLinkViewing(link.workspaceId, includesViewing, { signal, idempotencyKey }),
    );
    if (outcome.status === 'stale') return;
    this.saving = undefined;
    if (outcome.status === 'error') {
      data.link = previous;
      this.saveError = outcome.error;
    } else {
      data.link = outcome.value;
      this.host.workspaceLinkChanged(outcome.value);
    }
    this.host.requestUpdate();
  }

  render() {
    const { link, linkError } = this.host.data;
    const t = (key: string, params?: Record<string, string | number>) => this.host.menuText(key, params);
    return html`<section part="workspace-link" class="workspace-link" aria-labelledby="workspace-link-title">
      <h3 id="workspace-link-title" part="workspace-link-title" class="section-title">${t('link.title')}</h3>
      ${linkError
        ? html`<div class="alert alert--danger" role="alert">
            ${t('link.loadFailed', { reason: this.host.menuError(linkError) })}
            <button class="button button--small" type="button" @click=${() => void this.host.data.reloadLink()}>${t('common.retry')}</button>
          </div>`
        : nothing}
      ${link
        ? html`
            <div class="link-row">
              <label class="visually-hidden" for="workspace-link">${t('link.label')}</label>
              <input
                id="workspace-link"
                part="workspace-link-input"
                class="input"
                type="text"
                readonly
                .value=${link.url}
                @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
              />
              <button part="copy-button" class="button" type="button" @click=${() => void this.copy()}>
                ${this.copyState === 'copied' ? t('common.copied') : t('link.copy')}
              </button>
            </div>
            ${this.copyState === 'failed' ? html`<p class="hint">${t('link.copyFailed')}</p>` : nothing}
            <label class="switch-row">
              <button
                part="viewing-switch"
                class="switch"
                type="button"
                role="switch"
                aria-checked=${link.includesViewing ? 'true' : 'false'}
                aria-describedby="viewing-hint"
                @click=${() => void this.setIncludesViewing(!link.includesViewing)}
              ><span class="switch-thumb" aria-hidden="true"></span></button>
              <span class="switch-label">${t('link.includesViewing')}</span>
            </label>
            <p id="viewing-hint" part="viewing-hint" class="hint">${t(link.includesViewing ? 'link.viewingOn' : 'link.viewingOff')}</p>
            ${this.saveError
              ? html`<p part="workspace-link-error" class="error" role="alert">${t('link.saveFailed', { reason: this.host.menuError(this.saveError) })}</p>`
              : nothing}
          `
        : linkError
          ? nothing
          : html`<p class="hint">${t('common.loading')}</p>`}
    </section>`;
  }
}
