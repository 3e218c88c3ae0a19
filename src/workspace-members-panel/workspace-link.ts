import { html, nothing } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import { ActionKey } from '../internal/idempotency.js';
import { CopyLinkController } from '../internal/copy-link.js';
import { loadingStatus } from '../internal/status-templates.js';
import { switchButton } from '../internal/switch.js';
import type { PanelContext, PanelPieceHost } from './members-data.js';

/**
 * The "Workspace Link" section at the bottom of a flow workspace's panel: the link with
 * "Copy Link" (the shared copy-link field), and a switch for whether
 * the link includes viewing permissions. Anyone with the link can request to join either way,
 * and the section says so.
 */
export class WorkspaceLinkController {
  private readonly copy = new CopyLinkController(this.host, {
    t: (key, params) => this.context.t(key, params),
    onCopied: (url, method) => this.context.emit('workspace-link-copied', { workspaceId: this.host.workspaceId, url, method }),
  });
  private saveError?: InviteKitError;
  private readonly saveKey = new ActionKey();

  constructor(
    private readonly host: PanelPieceHost,
    private readonly context: PanelContext,
  ) {}

  /** Shows the change at once; puts the switch back if the client refuses it. */
  async setIncludesViewing(includesViewing: boolean): Promise<void> {
    const { data } = this.context;
    const { client, link } = data;
    if (!client || !link) return;
    const idempotencyKey = this.saveKey.for(includesViewing);
    data.link = { ...link, includesViewing };
    this.saveError = undefined;
    this.host.requestUpdate();
    const outcome = await this.context.requests.run('workspace-link', (signal) =>
      client.setWorkspaceLinkViewing(link.workspaceId, includesViewing, { signal, idempotencyKey }),
    );
    if (outcome.status === 'stale') return;
    if (outcome.status === 'error') {
      // The key stays: flipping the switch the same way again is a retry of this change, not a new one.
      data.link = link;
      this.saveError = outcome.error;
    } else {
      this.saveKey.settled();
      data.link = outcome.value;
      this.context.emit('workspace-link-changed', { workspaceId: this.host.workspaceId, link: outcome.value });
    }
    this.host.requestUpdate();
  }

  render() {
    const { link, linkError } = this.context.data;
    const t = (key: string, params?: Record<string, string | number>) => this.context.t(key, params);
    const loadFailure = linkError
      ? this.context.errorAlert(linkError, {
          part: 'workspace-link-load-error',
          sentence: (reason) => t('link.loadFailed', { reason }),
          onRetry: () => void this.context.data.reloadLink(),
        })
      : nothing;
    return html`<section part="workspace-link" class="workspace-link" aria-labelledby="workspace-link-title">
      <h3 id="workspace-link-title" part="workspace-link-title" class="section-title">${t('link.title')}</h3>
      ${
        link
          ? html`${this.copy.render(link.url, {
              id: 'workspace-link-input',
              label: t('link.label'),
              hideLabel: true,
              parts: {
                field: '',
                label: 'workspace-link-label',
                input: 'workspace-link-input',
                copyStatus: 'workspace-link-copy-status',
                alert: 'workspace-link-refused',
              },
            })}
            <div class="viewing">
              <label class="switch-row">
                ${switchButton({
                  part: 'viewing-switch',
                  checked: link.includesViewing,
                  describedBy: 'viewing-hint',
                  onToggle: () => void this.setIncludesViewing(!link.includesViewing),
                })}
                <span class="switch-label">${t('link.includesViewing')}</span>
              </label>
              <p id="viewing-hint" part="viewing-hint" class="hint">${t(link.includesViewing ? 'link.viewingOn' : 'link.viewingOff')}</p>
              ${
                this.saveError
                  ? html`<p part="workspace-link-error" class="error" role="alert">
                    ${t('link.saveFailed', { reason: this.context.describeError(this.saveError) })}
                  </p>`
                  : nothing
              }
              ${loadFailure}
            </div>`
          : // Nothing to share yet: the section keeps its heading while the link loads or after it failed to.
            linkError
            ? loadFailure
            : loadingStatus({ text: t('common.loading') })
      }
    </section>`;
  }
}
