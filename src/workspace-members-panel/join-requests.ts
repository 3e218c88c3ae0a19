import { html, nothing } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { JoinRequest, MemberType } from '../client/types.js';
import { isolateBidi } from '../i18n/format.js';
import { ActionKey } from '../internal/idempotency.js';
import type { PanelContext, PanelPieceHost } from './members-data.js';

type Decision = MemberType | 'decline';

/**
 * Pending requests to join (from the Workspace Link), shown at the top of the panel while any
 * are waiting: "Approve as Internal User", "Approve as Client", "Decline". The request leaves
 * the list at once; if the client fails it comes back where it was, with a message saying why.
 *
 * Approving makes the person an internal user or a client of the portal, so only portal admins
 * may (the adapter contract rejects anyone else with `permission`). Other viewers still see who
 * is waiting — they may be the ones who shared the link — with one line saying a portal admin
 * approves them, and "Decline", which the contract lets any member of the portal do.
 */
export class JoinRequestsController {
  /** One key per intended decision, reused when the viewer tries the same decision again. */
  private readonly keys = new Map<string, ActionKey>();
  private failure?: { request: JoinRequest; decision: Decision; error: InviteKitError };

  constructor(
    private readonly host: PanelPieceHost,
    private readonly context: PanelContext,
  ) {}

  /** Whether the viewer may approve: portal admins only. */
  get canApprove(): boolean {
    return this.context.data.viewer?.isPortalAdmin === true;
  }

  async decide(request: JoinRequest, decision: Decision): Promise<void> {
    const { data } = this.context;
    const client = data.client;
    if (!client || data.settlingRequests.has(request.id)) return;
    if (decision !== 'decline' && !this.canApprove) return;
    const key = this.keys.get(request.id) ?? new ActionKey();
    this.keys.set(request.id, key);
    const idempotencyKey = key.for(decision);
    const index = data.joinRequests.findIndex((candidate) => candidate.id === request.id);
    const hadFocus = this.host.shadowRoot?.activeElement?.closest('[part="join-request"]') != null;
    data.settlingRequests.add(request.id);
    data.joinRequests = data.joinRequests.filter((candidate) => candidate.id !== request.id);
    if (this.failure?.request.id === request.id) this.failure = undefined;
    this.host.requestUpdate();
    if (hadFocus) void this.focusNextRequest();

    const outcome = await this.context.requests.run(`join-request:${request.id}`, (signal) =>
      decision === 'decline'
        ? client.declineJoinRequest(request.workspaceId, request.id, { signal, idempotencyKey }).then(() => undefined)
        : client.approveJoinRequest(request.workspaceId, request.id, decision, { signal, idempotencyKey }),
    );
    data.settlingRequests.delete(request.id);
    if (outcome.status === 'stale') return;
    const name = request.fullName;
    if (outcome.status === 'error') {
      // Put it back where it was, unless a refresh already did.
      if (!data.joinRequests.some((candidate) => candidate.id === request.id)) {
        data.joinRequests = data.joinRequests.toSpliced(Math.max(index, 0), 0, request);
      }
      this.failure = { request, decision, error: outcome.error };
      this.host.requestUpdate();
      return;
    }
    this.keys.delete(request.id);
    if (outcome.value) {
      const member = outcome.value;
      data.addMembers([member]);
      this.context.announce(this.context.t(decision === 'internal' ? 'requests.approvedInternal' : 'requests.approvedClient', { name }));
      this.context.emit('join-request-approved', { workspaceId: this.host.workspaceId, request, as: decision as MemberType, member });
    } else {
      this.context.announce(this.context.t('requests.declined', { name }));
      this.context.emit('join-request-declined', { workspaceId: this.host.workspaceId, request });
    }
    this.host.requestUpdate();
  }

  /** Focus was on a request that left: it goes to the first action of the one now on top, else to "+ Invite Members". */
  private async focusNextRequest(): Promise<void> {
    await this.host.updateComplete;
    const root = this.host.shadowRoot;
    const next = root?.querySelector<HTMLElement>('[part="join-request"] button');
    (next ?? root?.querySelector<HTMLElement>('[part="invite-members-button"]'))?.focus();
  }

  render() {
    const { joinRequests } = this.context.data;
    const t = (key: string, params?: Record<string, string | number>) => this.context.t(key, params);
    const failure = this.failure;
    const canApprove = this.canApprove;
    if (joinRequests.length === 0 && !failure) return nothing;
    return html`<section part="join-requests" class="join-requests" aria-labelledby="join-requests-title">
      <h3 id="join-requests-title" part="join-requests-title" class="section-title">${t('requests.title')}</h3>
      ${canApprove ? nothing : html`<p part="join-requests-note" class="requests-note">${t('requests.adminsOnly')}</p>`}
      ${
        failure
          ? html`<div part="join-request-error" class="alert alert--danger" role="alert">
            ${t(failure.decision === 'decline' ? 'requests.declineFailed' : 'requests.approveFailed', {
              name: failure.request.fullName,
              reason: this.context.describeError(failure.error),
            })}
          </div>`
          : nothing
      }
      <ul class="requests" role="list">
        ${joinRequests.map(
          (request) => html`<li part="join-request" class="request">
            <span class="who">
              <bdi part="name" class="name truncate">${request.fullName}</bdi>
              <span part="details" class="details">${
                (request.email ?? request.phone) ? html`<bdi class="contact">${request.email ?? request.phone}</bdi>\u00A0· ` : nothing
              }<span class="asked">${t('requests.requestedAt', { time: this.context.relativeTime(request.requestedAt) })}</span></span>
            </span>
            <span class="request-actions" role="group" aria-label=${isolateBidi(request.fullName)}>
              ${
                canApprove
                  ? html`<button part="approve-internal-button" class="button button--small button--primary" type="button" @click=${() => void this.decide(request, 'internal')}>
                      ${t('requests.approveInternal')}
                    </button>
                    <button part="approve-client-button" class="button button--small" type="button" @click=${() => void this.decide(request, 'client')}>
                      ${t('requests.approveClient')}
                    </button>`
                  : nothing
              }
              <button part="decline-button" class="button button--small button--quiet" type="button" @click=${() => void this.decide(request, 'decline')}>
                ${t('requests.decline')}
              </button>
            </span>
          </li>`,
        )}
      </ul>
    </section>`;
  }
}
