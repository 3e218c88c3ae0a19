import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import '../src/accept-invitation/define.js';
import '../src/i18n/locales/ar.js';
import type { AcceptInvitation } from '../src/accept-invitation/define.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import '../src/internal-users-admin/define.js';
import type { InternalUsersAdmin } from '../src/internal-users-admin/define.js';
import { deepActive, deepText, q, text } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';
import { gated } from './fixtures/clients.js';

const DAY = 24 * 60 * 60 * 1000;

/** A portal with a clock the test moves, a new person invited by email, and the signed-out visitor they are. */
async function invited(delivery: 'contacts' | 'workspace' = 'contacts', fullName = 'Ines Invitee', liveUpdates = true) {
  let now = Date.now();
  const admin = createMemoryClient({ now: () => new Date(now), capabilities: { liveUpdates } });
  const result = await admin.inviteInternalUser({
    fullName,
    email: 'ines@example.com',
    delivery: delivery === 'workspace' ? { method: 'workspace', workspaceId: DEMO_IDS.groupWorkspaceId } : { method: 'contacts' },
  });
  const visitor = admin.asViewer('nobody');
  return { admin, visitor, result, token: result.token!, advance: (ms: number) => void (now += ms) };
}

async function render(client: MemoryClient, token: string | undefined) {
  const el = await fixture<AcceptInvitation>(html`<accept-invitation .client=${client} token=${token ?? ''}></accept-invitation>`);
  await waitUntil(() => el.status !== 'loading', 'the invitation loads');
  await el.updateComplete;
  return el;
}

const headingText = (el: Element) => text(q(el, '[part~="heading"]'));
const nameInput = (el: Element) => q<HTMLInputElement>(el, '#fullName')!;
const acceptButton = (el: Element) => q<HTMLButtonElement>(el, '[part~="accept-button"]')!;

describe('<accept-invitation>', () => {
  it('shows who invited the person, to the portal by name, and when it expires', async function () {
    this.timeout(20_000); // the first test also waits for axe and the modules to load
    const { visitor, token } = await invited();
    const el = await render(visitor, token);
    expect(el.status).to.equal('pending');
    expect(headingText(el)).to.equal('Join Acme Portal');
    expect(text(q(el, '[part~="invited-by"]'))).to.equal('Avery Chen invited you to join Acme Portal.');
    expect(text(q(el, '[part~="sent-to"]'))).to.equal('Sent to ines@example.com');
    expect(text(q(el, '[part~="expiry"]'))).to.equal('This invitation expires in 7 days.');
    expect(nameInput(el).value).to.equal('Ines Invitee');
    await expect(el).to.be.accessible();
  });

  it('names the workspace of a workspace invitation', async () => {
    const { visitor, token } = await invited('workspace');
    const el = await render(visitor, token);
    expect(headingText(el)).to.equal('Join Design Team on Acme Portal');
    expect(text(q(el, '[part~="invited-by"]'))).to.equal('Avery Chen invited you to join the workspace Design Team on Acme Portal.');
  });

  it('says an invitation that never expires does not', async () => {
    const admin = createMemoryClient({ invitationTtlDays: null });
    const { token } = await admin.inviteInternalUser({ fullName: 'Nev Er', email: 'never@example.com', delivery: { method: 'contacts' } });
    const el = await render(admin.asViewer('nobody'), token);
    expect(text(q(el, '[part~="expiry"]'))).to.equal('This invitation doesn’t expire.');
  });

  it('reads the token from the page’s address by default, and through fromLocation when the host says how', async () => {
    const { visitor, token } = await invited();
    const original = window.location.href;
    history.replaceState(null, '', `?token=${encodeURIComponent(token)}`);
    try {
      const el = await fixture<AcceptInvitation>(html`<accept-invitation .client=${visitor}></accept-invitation>`);
      await waitUntil(() => el.status !== 'loading', 'the invitation loads');
      expect(el.status).to.equal('pending');
      history.replaceState(null, '', `#/invitations/${token}`);
      const custom = await fixture<AcceptInvitation>(
        html`<accept-invitation .client=${visitor} .fromLocation=${(location: Location) => location.hash.split('/').at(-1)}></accept-invitation>`,
      );
      await waitUntil(() => custom.status !== 'loading', 'the invitation loads');
      expect(custom.resolvedToken).to.equal(token);
      expect(custom.status).to.equal('pending');
    } finally {
      history.replaceState(null, '', original);
    }
  });

  it('accepts with the edited name, once per attempt, fires invitation-accepted and says what happens next', async () => {
    const { admin, visitor, token, result } = await invited();
    const el = await render(visitor, token);
    nameInput(el).focus();
    nameInput(el).select();
    await sendKeys({ type: 'Inés Accepted' });
    const event = oneEvent(el, 'invitation-accepted');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.user).to.include({ id: result.user.id, fullName: 'Inés Accepted', status: 'active' });
    expect(detail.invitation.token).to.equal(token);
    await el.updateComplete;
    expect(el.status).to.equal('accepted-now');
    expect(headingText(el)).to.equal('Welcome to Acme Portal');
    expect(deepText(q(el, '[part~="next"]'))).to.equal('Next, sign in with ines@example.com to get started.');
    expect(deepActive()).to.equal(q(el, '#heading'));
    expect(admin.callCount('acceptInvitation')).to.equal(1);
    expect((await admin.listInternalUsers({ query: 'ines@' })).items[0]!.status).to.equal('active');
    await expect(el).to.be.accessible();
  });

  it('checks the name with the shared rule before sending', async () => {
    const { admin, visitor, token } = await invited();
    const el = await render(visitor, token);
    nameInput(el).value = '   ';
    nameInput(el).dispatchEvent(new InputEvent('input'));
    acceptButton(el).click();
    await waitUntil(() => q(el, '[part~="error"]'), 'the name error shows');
    expect(text(q(el, '[part~="error"]'))).to.equal('Enter the person’s full name.');
    expect(nameInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive()).to.equal(nameInput(el));
    expect(admin.callCount('acceptInvitation')).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('puts the backend’s field error on the name, whatever its code', async () => {
    const { admin, visitor, token } = await invited();
    admin.failNext('acceptInvitation', 'permission', { fieldErrors: { fullName: 'That name is taken here.' } });
    const el = await render(visitor, token);
    acceptButton(el).click();
    await waitUntil(() => q(el, '[part~="error"]'), 'the name error shows');
    expect(text(q(el, '[part~="error"]'))).to.equal('That name is taken here.');
    expect(el.status).to.equal('pending');
  });

  it('a failure offers Try again, which reuses the attempt’s idempotency key', async () => {
    const { visitor, token } = await invited();
    const keys: Array<string | undefined> = [];
    const original = visitor.acceptInvitation.bind(visitor);
    visitor.acceptInvitation = (input, options) => {
      keys.push(options?.idempotencyKey);
      return original(input, options);
    };
    visitor.failNext('acceptInvitation', 'network');
    const el = await render(visitor, token);
    acceptButton(el).click();
    await waitUntil(() => q(el, '[part~="retry-button"]'), 'the failure shows');
    expect(text(q(el, '[part~="alert"] .alert-message'))).to.match(/^Your invitation wasn’t accepted\./u);
    expect(deepActive()).to.equal(q(el, '[part~="retry-button"]'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.status === 'accepted-now', 'the retry accepts');
    expect(keys).to.have.length(2);
    expect(keys[0]).to.be.a('string');
    expect(keys[1]).to.equal(keys[0]);
  });

  it('sends nothing twice while accepting', async () => {
    const { admin, visitor, token } = await invited();
    const held = gated(visitor, ['acceptInvitation']);
    const el = await render(held.client, token);
    acceptButton(el).click();
    await el.updateComplete;
    expect(el.status).to.equal('accepting');
    expect(acceptButton(el).getAttribute('aria-disabled')).to.equal('true');
    acceptButton(el).click();
    held.releaseAll();
    await waitUntil(() => el.status === 'accepted-now', 'it accepts');
    expect(admin.callCount('acceptInvitation')).to.equal(1);
  });

  for (const [name, arrange, title, sentence] of [
    [
      'expired',
      async (s: Awaited<ReturnType<typeof invited>>) => s.advance(8 * DAY),
      'This invitation has expired',
      'Invitations work for a limited time. Ask the person who invited you to send a new one.',
    ],
    [
      'revoked',
      async (s: Awaited<ReturnType<typeof invited>>) => s.admin.revokeInvitation({ type: 'internal-user', userId: s.result.user.id }),
      'This invitation was withdrawn',
      'The person who invited you withdrew it. If you still need access, ask them to invite you again.',
    ],
    [
      'replaced',
      async (s: Awaited<ReturnType<typeof invited>>) =>
        void (await s.admin.resendInvitation({ type: 'internal-user', userId: s.result.user.id })),
      'This invitation was replaced',
      'A newer invitation was sent to you. Use the link in the latest message.',
    ],
    [
      'accepted',
      async (s: Awaited<ReturnType<typeof invited>>) => void (await s.visitor.acceptInvitation({ token: s.token, fullName: 'Ines' })),
      'You’ve already accepted this invitation',
      'You’re in Acme Portal already. Sign in to continue.',
    ],
  ] as const) {
    it(`says so when the invitation was ${name}`, async () => {
      const setup = await invited();
      await arrange(setup);
      const el = await render(setup.visitor, setup.token);
      expect(el.status).to.equal(name);
      expect(headingText(el)).to.equal(title);
      expect(text(q(el, '[part~="message"]'))).to.equal(sentence);
      expect(q(el, '#fullName')).to.equal(null);
      expect(Boolean(q(el, '[part~="sign-in-button"]'))).to.equal(name === 'accepted');
      await expect(el).to.be.accessible();
    });
  }

  for (const token of ['no-such-token', '', 'x'.repeat(300), '<img src=x onerror=alert(1)>']) {
    it(`says a link isn’t valid for the token ${JSON.stringify(token.slice(0, 24))}`, async () => {
      const { visitor } = await invited();
      const el = await render(visitor, token);
      expect(el.status).to.equal('unknown');
      expect(text(q(el, '[part~="message"]'))).to.equal('This link isn’t valid. Check that you copied all of it.');
      expect(q(el, 'img')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('a failed look offers Try again, then shows the invitation', async () => {
    const { visitor, token } = await invited();
    visitor.failNext('getInvitation', 'unavailable');
    const el = await render(visitor, token);
    expect(el.status).to.equal('load-failed');
    expect(text(q(el, '[part~="alert"] .alert-message'))).to.match(/^Couldn’t check your invitation\./u);
    await expect(el).to.be.accessible();
    q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => el.status === 'pending', 'the retry loads it');
    expect(deepActive()).to.equal(q(el, '#heading'));
  });

  it('a conflict on accepting says the person is in the portal already, with Sign in', async () => {
    const { visitor, token } = await invited();
    visitor.failNext('acceptInvitation', 'conflict');
    const el = await render(visitor, token);
    acceptButton(el).click();
    await waitUntil(() => el.status === 'in-portal', 'the conflict shows');
    expect(headingText(el)).to.equal('You’re already in this portal');
    const event = oneEvent(el, 'sign-in-requested');
    q<HTMLButtonElement>(el, '[part~="sign-in-button"]')!.click();
    expect((await event).detail).to.deep.equal({ email: 'ines@example.com' });
  });

  it('a host’s own sign-in link replaces the button through the sign-in slot', async () => {
    const { visitor, token } = await invited();
    await visitor.acceptInvitation({ token, fullName: 'Ines' });
    const el = await fixture<AcceptInvitation>(
      html`<accept-invitation .client=${visitor} token=${token}><a slot="sign-in" href="/sign-in">Sign in to Acme</a></accept-invitation>`,
    );
    await waitUntil(() => el.status === 'accepted', 'the state shows');
    const slot = q<HTMLSlotElement>(el, 'slot[name="sign-in"]')!;
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Sign in to Acme']);
  });

  it('refused because the invitation changed meanwhile: looks again and says what happened', async () => {
    // Without live updates the page learns of the resend only from the refusal.
    const { admin, visitor, token, result } = await invited('contacts', 'Ines Invitee', false);
    const el = await render(visitor, token);
    await admin.resendInvitation({ type: 'internal-user', userId: result.user.id });
    acceptButton(el).click();
    await waitUntil(() => el.status === 'replaced', 'the refusal turns into the replaced state');
    expect(deepActive()).to.equal(q(el, '#heading'));
  });

  it('turns live into "replaced" when the invitation is resent while the page is open', async () => {
    const { admin, visitor, token, result } = await invited();
    const el = await render(visitor, token);
    await admin.resendInvitation({ type: 'internal-user', userId: result.user.id });
    await waitUntil(() => el.status === 'replaced', 'the page turns to replaced');
  });

  it('after accepting, the person is Joined in the members panel and active in the Admin Portal, live', async () => {
    const { admin, visitor, token, result } = await invited('workspace');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <workspace-members-panel .client=${admin} workspace-id=${DEMO_IDS.groupWorkspaceId}></workspace-members-panel>
      <internal-users-admin .client=${admin}></internal-users-admin>
      <accept-invitation .client=${visitor} token=${token}></accept-invitation>
    </div>`);
    const panel = wrapper.querySelector<WorkspaceMembersPanel>('workspace-members-panel')!;
    const users = wrapper.querySelector<InternalUsersAdmin>('internal-users-admin')!;
    const page = wrapper.querySelector<AcceptInvitation>('accept-invitation')!;
    const count = (root: Element, word: RegExp) => deepText(root).match(word)?.length ?? 0;
    await waitUntil(() => deepText(panel).includes('Ines Invitee') && deepText(users).includes('Ines Invitee'), 'both list the invitee');
    await waitUntil(() => page.status === 'pending', 'the page loads');
    const notJoined = count(panel, /Not Joined/gu);
    const invitedBadges = count(users, /\bInvited\b/gu);
    acceptButton(page).click();
    await waitUntil(() => page.status === 'accepted-now', 'accepted');
    const { members } = await admin.listWorkspaceMembers(DEMO_IDS.groupWorkspaceId);
    expect(members.find((found) => found.person.id === result.user.id)?.status).to.equal('joined');
    await waitUntil(() => count(panel, /Not Joined/gu) < notJoined, 'the panel shows them Joined without a reload');
    await waitUntil(() => count(users, /\bInvited\b/gu) < invitedBadges, 'the Admin Portal shows them active without a reload');
  });

  it('speaks the page’s language, names in isolates', async () => {
    const admin = createMemoryClient({ seed: { ...createMemoryClient().snapshot(), portalName: 'בוגרים\u202E' } });
    const { token } = await admin.inviteInternalUser({ fullName: 'سارة', email: 'sara@example.com', delivery: { method: 'contacts' } });
    const el = await fixture<AcceptInvitation>(
      html`<accept-invitation lang="ar" .client=${admin.asViewer('x')} token=${token!}></accept-invitation>`,
    );
    await waitUntil(() => el.status === 'pending', 'loads');
    expect(text(acceptButton(el))).to.equal('قبول الدعوة');
    const bdi = q(el, '[part~="heading"] bdi')!;
    expect(bdi.textContent).to.equal('בוגרים\u202E');
    await expect(el).to.be.accessible();
  });
});
