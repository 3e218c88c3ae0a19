import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import type { ResendInviteButton } from '../src/resend-invite-button/define.js';
import { waitUntil } from './fixtures/wait.js';
import { deepActive, q, textOf } from './fixtures/dom.js';
import { panelFixture, rowByName, rows } from './fixtures/panel.js';

const { flowWorkspaceId, groupWorkspaceId, nonAdminId } = DEMO_IDS;

describe('<workspace-members-panel>: the list', () => {
  let client: MemoryClient;
  beforeEach(() => {
    client = createMemoryClient();
  });

  it('shows a loading state, then each member with avatar, name, contact, type, role and status', async () => {
    client.setLatency(40);
    const el = await fixture<WorkspaceMembersPanel>(
      html`<workspace-members-panel .client=${client} workspace-id=${flowWorkspaceId}></workspace-members-panel>`,
    );
    expect(textOf(el, '[part~="loading"]')).to.equal('Loading members…');
    await expect(el).to.be.accessible();
    await waitUntil(() => rows(el).length > 0, 'rows render');
    expect(textOf(el, '[part="count"]')).to.equal('Client Onboarding · 7 members');
    const casey = rowByName(el, 'Casey Morgan')!;
    expect(q(casey, '[part~="avatar"]')!.textContent).to.equal('CM');
    expect(textOf(casey, '[part~="type-badge"]')).to.equal('Internal');
    expect(textOf(casey, '[part~="details"]')).to.equal('+14155550123 · Editor');
    expect(textOf(casey, '[part~="status-button"]')).to.equal('Not Joined');
    expect(textOf(casey, '[part~="invitation"]')).to.equal('Invited 3 days ago · Expires in 4 days');
    const olivia = rowByName(el, 'Olivia Bennett')!;
    expect(textOf(olivia, '[part~="type-badge"]')).to.equal('Client');
    expect(textOf(olivia, '[part~="status-badge"]')).to.equal('Joined');
    const sofia = rowByName(el, 'Sofía Ramírez')!;
    expect(textOf(sofia, '[part~="status-button"]')).to.equal('Expired');
    expect(textOf(sofia, '[part~="invitation"]')).to.match(/Expired 2 days ago$/u);
    await expect(el).to.be.accessible();
  });

  it('tells assistive technology each row’s place in the whole list', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const list = q(el, '[role="list"][part="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Workspace members');
    const all = rows(el);
    expect(all[0]!.getAttribute('aria-posinset')).to.equal('1');
    expect(all[0]!.getAttribute('aria-setsize')).to.equal('7');
    expect(all.filter((row) => row.tabIndex === 0)).to.have.length(1);
  });

  it('shows an internal team added as a unit as one row with how many have not joined', async () => {
    const el = await panelFixture(client, groupWorkspaceId);
    const team = rowByName(el, 'Support Team')!;
    expect(textOf(team, '[part~="details"]')).to.equal('6 members · Editor · 2 have not joined');
    expect(textOf(team, '[part~="status-button"]')).to.equal('Not Joined');
    expect(rowByName(el, 'Mei Lin'), 'team members fold into the team row').to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('shows an empty workspace', async () => {
    const seed = createMemoryClient().snapshot();
    seed.members = seed.members.filter((member) => member.workspaceId !== DEMO_IDS.smallWorkspaceId);
    const el = await panelFixture(createMemoryClient({ seed }), DEMO_IDS.smallWorkspaceId);
    expect(textOf(el, '[part="empty"]')).to.contain('Nobody is in this workspace yet');
    await expect(el).to.be.accessible();
  });

  it('filters by name or email and by status, and says when nothing matches', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const filter = q<HTMLInputElement>(el, '[part="filter-input"]')!;
    filter.value = 'bennett-legal';
    filter.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => rows(el).length === 1);
    expect(rowByName(el, 'Olivia Bennett')).to.exist;
    filter.value = '';
    filter.dispatchEvent(new InputEvent('input'));
    const status = q<HTMLSelectElement>(el, '[part="status-filter"]')!;
    status.value = 'expired';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(el).length === 1 && rowByName(el, 'Sofía Ramírez') !== undefined);
    status.value = 'not_joined';
    status.dispatchEvent(new Event('change'));
    await waitUntil(() => rows(el).length === 2);
    filter.value = 'zzz';
    filter.dispatchEvent(new InputEvent('input'));
    await waitUntil(() => q(el, '[part="empty"]') !== null);
    expect(textOf(el, '[part="empty"]')).to.contain('No members match these filters.');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '[part="empty"] button')!.click();
    await waitUntil(() => rows(el).length === 7);
  });

  it('moves between rows with the arrow keys, Home and End (roving tabindex)', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    rows(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === '2');
    await sendKeys({ press: 'End' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === '7');
    await sendKeys({ press: 'Home' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === '1');
    expect(rows(el).filter((row) => row.tabIndex === 0)).to.have.length(1);
    // Tab goes from the row to its "Not Joined" box, not to every box in the list.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => deepActive()?.getAttribute('aria-posinset') === '3');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.contain('status-button');
  });

  it('fails to load with a specific message and recovers on retry', async () => {
    client.failNext('listWorkspaceMembers', 'unavailable');
    const el = await fixture<WorkspaceMembersPanel>(
      html`<workspace-members-panel .client=${client} workspace-id=${flowWorkspaceId}></workspace-members-panel>`,
    );
    await waitUntil(() => q(el, '[part~="error"]'));
    expect(textOf(el, '[part~="error"]')).to.contain('The members couldn’t be loaded. The service is unavailable right now.');
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '[part~="error"] button')!.click();
    await waitUntil(() => rows(el).length === 7);
  });

  it('throws nothing when removed while loading', async () => {
    client.setLatency(40);
    const el = await fixture<WorkspaceMembersPanel>(
      html`<workspace-members-panel .client=${client} workspace-id=${flowWorkspaceId}></workspace-members-panel>`,
    );
    el.remove();
    await aTimeout(100);
    expect(rows(el)).to.have.length(0);
  });

  it('while loading, holds the list’s place: filters disabled, the loading line where the list will be, kept when the members arrive', async () => {
    client.setLatency(60);
    const el = await fixture<WorkspaceMembersPanel>(
      html`<workspace-members-panel .client=${client} workspace-id=${flowWorkspaceId}></workspace-members-panel>`,
    );
    const filter = q<HTMLInputElement>(el, '[part="filter-input"]')!;
    const status = q<HTMLSelectElement>(el, '[part="status-filter"]')!;
    expect(filter.disabled && status.disabled, 'the filters wait for the members').to.equal(true);
    // No count to describe the field yet, and no live region to fill (it would announce the count).
    expect(filter.hasAttribute('aria-describedby')).to.equal(false);
    expect(q(el, '#showing')).to.equal(null);
    const skeleton = q<HTMLElement>(el, '[part="list-skeleton"]')!;
    expect(textOf(skeleton, '[part~="loading"]')).to.equal('Loading members…');
    expect(rows(el)).to.have.length(0);
    const skeletonHeight = skeleton.getBoundingClientRect().height;
    await waitUntil(() => rows(el).length > 0, 'rows render');
    expect(q(el, '[part="list-skeleton"]')).to.equal(null);
    // The same controls, now usable: the body was not built again around the list.
    expect(q(el, '[part="filter-input"]')).to.equal(filter);
    expect(filter.disabled || status.disabled).to.equal(false);
    expect(filter.getAttribute('aria-describedby')).to.equal('showing');
    expect(textOf(el, '#showing')).to.equal('Showing 7 members.');
    // A full list takes the box the skeleton held (28rem): the list arriving doesn't push the page down.
    expect(skeletonHeight).to.be.closeTo(28 * parseFloat(getComputedStyle(document.documentElement).fontSize) + 2, 1);
  });

  it('shows another workspace loading, not the previous one’s people', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    client.setLatency(60);
    el.workspaceId = groupWorkspaceId;
    await el.updateComplete;
    expect(rowByName(el, 'Rahul Mehta')).to.equal(undefined);
    expect(textOf(el, '[part~="loading"]')).to.equal('Loading members…');
    await waitUntil(() => rowByName(el, 'Support Team'));
  });

  it('never lets a slower, older load overwrite a newer workspace', async () => {
    client.setLatency(60);
    const el = await fixture<WorkspaceMembersPanel>(
      html`<workspace-members-panel .client=${client} workspace-id=${flowWorkspaceId}></workspace-members-panel>`,
    );
    el.workspaceId = groupWorkspaceId;
    await waitUntil(() => rows(el).length > 0);
    await aTimeout(100);
    expect(textOf(el, '[part="count"]')).to.match(/^Design Team/u);
  });
});

describe('<workspace-members-panel>: Not Joined, resend and revoke', () => {
  let client: MemoryClient;
  beforeEach(() => {
    client = createMemoryClient();
  });

  async function openMenu(el: WorkspaceMembersPanel, name: string) {
    const trigger = q<HTMLButtonElement>(rowByName(el, name)!, '[part~="status-button"]')!;
    trigger.click();
    await waitUntil(() => q(el, '#invitation-menu')!.matches(':popover-open') && q(el, '#invitation-menu resend-invite-button'));
    await (q(el, 'resend-invite-button') as ResendInviteButton).updateComplete;
    return trigger;
  }

  it('opens a menu from "Not Joined" with "Resend Invitation", closes on Escape and gives focus back', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const trigger = await openMenu(el, 'Rahul Mehta');
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    const menu = q(el, '#invitation-menu')!;
    expect(menu.getAttribute('role')).to.equal('dialog');
    expect(menu.getAttribute('aria-label')).to.equal('Invitation for Rahul Mehta');
    expect(textOf(menu, 'resend-invite-button')).to.equal('');
    expect(q(el, 'resend-invite-button')!.shadowRoot!.textContent).to.contain('Resend Invitation');
    expect(textOf(menu, '[part="revoke-button"]')).to.equal('Revoke Invitation');
    await waitUntil(() => deepActive()?.getAttribute('part') === 'button', 'focus moves into the menu');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !menu.matches(':popover-open'));
    await waitUntil(() => deepActive() === trigger, 'focus returns to the box');
  });

  it('toggles from its box, closes on a click elsewhere, and opens with Enter on a row', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const menu = q(el, '#invitation-menu')!;
    const trigger = await openMenu(el, 'Rahul Mehta');
    trigger.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    trigger.click();
    await waitUntil(() => !menu.matches(':popover-open'), 'a second click on the box closes it');
    await openMenu(el, 'Rahul Mehta');
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    await waitUntil(() => !menu.matches(':popover-open'), 'a click elsewhere closes it');
    rowByName(el, 'Casey Morgan')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => menu.matches(':popover-open') && menu.getAttribute('aria-label') === 'Invitation for Casey Morgan');
    await waitUntil(() => deepActive()?.getAttribute('part') === 'button');
    // Tab through "Resend Invitation" and "Revoke Invitation", then out: the menu closes.
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.getAttribute('part')).to.equal('revoke-button');
    q<HTMLInputElement>(el, '[part="filter-input"]')!.focus();
    await waitUntil(() => !menu.matches(':popover-open'), 'focus leaving the menu closes it');
  });

  it('resends to a member from the menu and renews an expired invitation', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    await openMenu(el, 'Sofía Ramírez');
    const resend = q(el, 'resend-invite-button') as ResendInviteButton;
    const event = oneEvent(el, 'invite-resent');
    resend.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await event;
    await waitUntil(() => textOf(rowByName(el, 'Sofía Ramírez')!, '[part~="status-button"]') === 'Not Joined', 'no longer expired');
    expect(textOf(rowByName(el, 'Sofía Ramírez')!, '[part~="invitation"]')).to.equal('Resent now · Expires in 7 days');
    expect(client.sentInvitations.at(-1)!.fullName).to.equal('Sofía Ramírez');
  });

  it('resends to every member of a team who has not joined and says how many were sent', async () => {
    const el = await panelFixture(client, groupWorkspaceId);
    const { members } = await client.listWorkspaceMembers(groupWorkspaceId);
    const notJoined = members.filter((member) => member.teamId === DEMO_IDS.supportTeamId && member.status !== 'joined');
    expect(notJoined.length, 'the demo team has members who have not joined').to.be.above(0);
    expect(textOf(rowByName(el, 'Support Team')!, '[part~="details"]')).to.contain(`${notJoined.length} have not joined`);
    await openMenu(el, 'Support Team');
    const resend = q(el, 'resend-invite-button') as ResendInviteButton;
    const before = client.sentInvitations.length;
    const event = oneEvent(el, 'invite-resent');
    resend.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    const { detail } = await event;
    await resend.updateComplete;
    // Exactly one new invitation to each member of the team who has not joined, and nobody else.
    const sent = client.sentInvitations.slice(before);
    expect(sent.map((invitation) => invitation.targetId)).to.have.members(notJoined.map((member) => member.id));
    expect(sent.every((invitation) => invitation.kind === 'resend' && invitation.workspaceId === groupWorkspaceId)).to.equal(true);
    expect(detail.target).to.deep.equal({ type: 'team', workspaceId: groupWorkspaceId, teamId: DEMO_IDS.supportTeamId });
    // The count on screen is the count the backend sent.
    expect(textOf(resend, '[part="status"]')).to.match(new RegExp(`^Invitations sent to ${sent.length} members `, 'u'));
    expect(sent).to.have.length(2);
  });

  it('shows a resend failure in the menu and retries', async () => {
    client.failNext('resendInvitation', 'permission');
    const el = await panelFixture(client, flowWorkspaceId);
    await openMenu(el, 'Rahul Mehta');
    const resend = q(el, 'resend-invite-button') as ResendInviteButton;
    resend.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await waitUntil(() => resend.state === 'failed');
    expect(resend.shadowRoot!.querySelector('[part~="error"]')!.textContent).to.contain('permission');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'invite-resent');
    resend.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await event;
  });

  it('revokes an invitation after confirmation', async () => {
    // No pushed changes: the row must leave by the panel's own doing, not the server's change coming back.
    client = createMemoryClient({ capabilities: { liveUpdates: false } });
    const el = await panelFixture(client, flowWorkspaceId);
    await openMenu(el, 'Rahul Mehta');
    q<HTMLButtonElement>(el, '[part="revoke-button"]')!.click();
    await waitUntil(() => q(el, '[part="revoke-confirm-button"]'));
    expect(textOf(el, '.confirm-text')).to.contain('Revoke the invitation for Rahul Mehta?');
    await waitUntil(() => deepActive()?.getAttribute('part') === 'revoke-confirm-button');
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'invitation-revoked');
    q<HTMLButtonElement>(el, '[part="revoke-confirm-button"]')!.click();
    const { detail } = await event;
    expect(detail.target).to.deep.equal({ type: 'member', workspaceId: flowWorkspaceId, memberId: 'm-flow-rahul' });
    await el.updateComplete;
    expect(rowByName(el, 'Rahul Mehta') === undefined, 'the row leaves at once').to.equal(true);
    expect(client.callCount('revokeInvitation')).to.equal(1);
  });

  it('keeps the member and says why when revoking fails, and retries with the same key', async () => {
    client.failNext('revokeInvitation', 'network');
    const el = await panelFixture(client, flowWorkspaceId);
    await openMenu(el, 'Rahul Mehta');
    q<HTMLButtonElement>(el, '[part="revoke-button"]')!.click();
    await waitUntil(() => q(el, '[part="revoke-confirm-button"]'));
    q<HTMLButtonElement>(el, '[part="revoke-confirm-button"]')!.click();
    await waitUntil(() => textOf(el, '[part="menu-error"]') !== '');
    expect(textOf(el, '[part="menu-error"]')).to.contain('The invitation wasn’t revoked. Couldn’t reach the server');
    expect(rowByName(el, 'Rahul Mehta')).to.exist;
    q<HTMLButtonElement>(el, '[part="revoke-confirm-button"]')!.click();
    await waitUntil(() => rowByName(el, 'Rahul Mehta') === undefined);
  });

  it('offers no "Revoke Invitation" where the client can’t revoke', async () => {
    const el = await panelFixture(createMemoryClient({ capabilities: { revokeInvitation: false } }), flowWorkspaceId);
    await openMenu(el, 'Rahul Mehta');
    expect(q(el, '[part="revoke-button"]')).to.equal(null);
  });

  it('works for a viewer who is not a portal admin', async () => {
    const el = await panelFixture(createMemoryClient({ viewerId: nonAdminId }), flowWorkspaceId);
    expect(rows(el)).to.have.length(7);
    await expect(el).to.be.accessible();
  });
});
