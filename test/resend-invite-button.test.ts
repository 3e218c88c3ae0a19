import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { MutationOptions } from '../src/client/invite-client.js';
import type { InvitationTarget } from '../src/client/types.js';
import '../src/resend-invite-button/define.js';
import type { InviteResentEvent, ResendInviteButton } from '../src/resend-invite-button/define.js';
import { waitUntil } from './fixtures/wait.js';
import { part, text } from './fixtures/dom.js';

const { flowWorkspaceId, groupWorkspaceId, notJoinedMemberId, expiredMemberId, supportTeamId, pendingUserId } = DEMO_IDS;

const button = (el: ResendInviteButton) => part<HTMLButtonElement>(el, 'button');

/** Records the idempotency key of every resend the element makes. */
function recordKeys(client: MemoryClient): string[] {
  const keys: string[] = [];
  const original = client.resendInvitation.bind(client);
  client.resendInvitation = (target: InvitationTarget, options?: MutationOptions) => {
    keys.push(options?.idempotencyKey ?? '');
    return original(target, options);
  };
  return keys;
}

describe('<resend-invite-button>', () => {
  let client: MemoryClient;
  beforeEach(() => {
    client = createMemoryClient();
  });

  it('is ready with the article’s label and accessible', async () => {
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${flowWorkspaceId} member-id=${notJoinedMemberId} cooldown="0"></resend-invite-button>`,
    );
    expect(el.state).to.equal('ready');
    expect(button(el).textContent).to.contain('Resend Invitation');
    expect(button(el).getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('resends to one member, says when, and fires invite-resent with who received it', async () => {
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${flowWorkspaceId} member-id=${notJoinedMemberId} cooldown="0"></resend-invite-button>`,
    );
    const before = client.sentInvitations.length;
    client.setLatency(30);
    const event = oneEvent(el, 'invite-resent');
    button(el).click();
    await el.updateComplete;
    expect(el.state).to.equal('sending');
    expect(button(el).textContent).to.contain('Sending…');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    const { detail } = (await event) as InviteResentEvent;
    expect(detail.target).to.deep.equal({ type: 'member', workspaceId: flowWorkspaceId, memberId: notJoinedMemberId });
    expect(detail.recipients.map((recipient) => recipient.fullName)).to.deep.equal(['Rahul Mehta']);
    expect(client.sentInvitations.length).to.equal(before + 1);
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.equal('Invitation sent to Rahul Mehta just now.');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('renews an expired invitation', async () => {
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${flowWorkspaceId} member-id=${expiredMemberId} cooldown="0"></resend-invite-button>`,
    );
    const event = oneEvent(el, 'invite-resent');
    button(el).click();
    const { detail } = (await event) as InviteResentEvent;
    expect(Date.parse(detail.expiresAt!)).to.be.greaterThan(Date.now());
  });

  it('resends to every member of a team who has not joined and says how many', async () => {
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${groupWorkspaceId} team-id=${supportTeamId} cooldown="0"></resend-invite-button>`,
    );
    const event = oneEvent(el, 'invite-resent');
    button(el).click();
    const { detail } = (await event) as InviteResentEvent;
    expect(detail.target).to.deep.equal({ type: 'team', workspaceId: groupWorkspaceId, teamId: supportTeamId });
    expect(detail.recipients).to.have.length(2);
    await el.updateComplete;
    expect(text(part(el, 'status'))).to.match(/^Invitations sent to 2 members /u);
  });

  it('resends a portal invitation to an invited internal user (user-id)', async () => {
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} user-id=${pendingUserId} cooldown="0"></resend-invite-button>`,
    );
    const event = oneEvent(el, 'invite-resent');
    button(el).click();
    const { detail } = (await event) as InviteResentEvent;
    expect(detail.target).to.deep.equal({ type: 'internal-user', userId: pendingUserId });
    expect(detail.recipients[0]!.fullName).to.equal('Casey Morgan');
  });

  it('works from the keyboard', async () => {
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${flowWorkspaceId} member-id=${notJoinedMemberId} cooldown="0"></resend-invite-button>`,
    );
    el.focus();
    button(el).focus();
    const event = oneEvent(el, 'invite-resent');
    await sendKeys({ press: 'Enter' });
    await event;
  });

  it('cools down before it can be used again, then is ready', async () => {
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${flowWorkspaceId} member-id="m-flow-casey" cooldown="1"></resend-invite-button>`,
    );
    button(el).click();
    await waitUntil(() => el.state === 'sent');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(text(part(el, 'cooldown'))).to.match(/You can resend in 1 second\./u);
    button(el).click();
    expect(client.callCount('resendInvitation')).to.equal(1);
    await expect(el).to.be.accessible();
    await waitUntil(() => el.state === 'ready', 'cool-down ends', { timeout: 3000 });
    expect(text(part(el, 'status'))).to.contain('Invitation sent to Casey Morgan');
    button(el).click();
    await waitUntil(() => client.callCount('resendInvitation') === 2);
  });

  it('shares the cool-down with every button for the same person', async () => {
    const first = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${groupWorkspaceId} member-id="m-group-lucas" cooldown="30"></resend-invite-button>`,
    );
    button(first).click();
    await waitUntil(() => first.state === 'sent');
    const second = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${groupWorkspaceId} member-id="m-group-lucas"></resend-invite-button>`,
    );
    expect(second.state).to.equal('cooldown');
    button(second).click();
    expect(client.callCount('resendInvitation')).to.equal(1);
  });

  it('fails with a specific message, then retries with the same idempotency key', async () => {
    const keys = recordKeys(client);
    client.failNext('resendInvitation', 'network');
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${flowWorkspaceId} member-id=${notJoinedMemberId} cooldown="0"></resend-invite-button>`,
    );
    button(el).click();
    await waitUntil(() => el.state === 'failed');
    expect(text(part(el, 'error'))).to.contain('Couldn’t reach the server');
    expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('role')).to.equal('alert');
    expect(button(el).textContent).to.contain('Try again');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'invite-resent');
    button(el).click();
    await event;
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
    expect(el.state).to.equal('ready');
  });

  it('respects rate_limited and retryAfter from the client', async () => {
    client.failNext('resendInvitation', 'rate_limited', { retryAfter: 1 });
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${flowWorkspaceId} member-id=${notJoinedMemberId} cooldown="0"></resend-invite-button>`,
    );
    button(el).click();
    await waitUntil(() => el.state === 'cooldown');
    expect(text(part(el, 'error'))).to.contain('Try again in 1 second');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    button(el).click();
    expect(client.callCount('resendInvitation')).to.equal(1);
    await waitUntil(() => el.state === 'failed', 'retry allowed after retryAfter', { timeout: 3000 });
    button(el).click();
    await waitUntil(() => client.callCount('resendInvitation') === 2);
  });

  it('names the permission problem', async () => {
    client.failNext('resendInvitation', 'permission');
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${flowWorkspaceId} member-id=${notJoinedMemberId} cooldown="0"></resend-invite-button>`,
    );
    button(el).click();
    await waitUntil(() => el.state === 'failed');
    expect(text(part(el, 'error'))).to.contain('permission');
  });

  it('never sends twice for a double click', async () => {
    client.setLatency(50);
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${flowWorkspaceId} member-id=${notJoinedMemberId} cooldown="0"></resend-invite-button>`,
    );
    button(el).click();
    button(el).click();
    await waitUntil(() => el.state !== 'sending');
    expect(client.callCount('resendInvitation')).to.equal(1);
  });

  it('throws nothing and emits nothing when removed mid-request', async () => {
    client.setLatency(50);
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} workspace-id=${flowWorkspaceId} member-id=${notJoinedMemberId} cooldown="0"></resend-invite-button>`,
    );
    let fired = false;
    el.addEventListener('invite-resent', () => (fired = true));
    button(el).click();
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(fired).to.equal(false);
  });

  it('is unusable without a target and says so', async () => {
    const el = await fixture<ResendInviteButton>(html`<resend-invite-button .client=${client}></resend-invite-button>`);
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(text(part(el, 'cooldown'))).to.equal('Nobody to send an invitation to.');
    await expect(el).to.be.accessible();
  });

  it('takes a label from its slot', async () => {
    const el = await fixture<ResendInviteButton>(
      html`<resend-invite-button .client=${client} user-id=${pendingUserId}>Resend</resend-invite-button>`,
    );
    expect(el.textContent).to.equal('Resend');
    await expect(el).to.be.accessible();
  });
});
