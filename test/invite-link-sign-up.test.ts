import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { InviteLinkCheck } from '../src/client/types.js';
import '../src/invite-link-sign-up/define.js';
import { InviteLinkSignUp } from '../src/invite-link-sign-up/define.js';
import { deepActive, one, q, textOf, typeInto } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';
import { gated, recording, withOverrides } from './fixtures/clients.js';

const DAY = 24 * 60 * 60 * 1000;
/** Someone who is not signed in: the memory client treats an unknown viewer as signed out. */
const SIGNED_OUT = 'signed-out-visitor';

function visitor(client: MemoryClient): MemoryClient {
  return client.asViewer(SIGNED_OUT);
}

async function currentLink(admin: MemoryClient): Promise<string> {
  return (await admin.getInviteLink()).url;
}

async function render(client: MemoryClient | ReturnType<typeof withOverrides>, link: string | undefined) {
  const el = await fixture<InviteLinkSignUp>(html`<invite-link-sign-up .client=${client} .link=${link}></invite-link-sign-up>`);
  await waitUntil(() => el.status !== 'checking', 'the link is checked');
  await el.updateComplete;
  return el;
}

function fill(el: InviteLinkSignUp, fullName: string, contact: string): void {
  typeInto(one<HTMLInputElement>(el, '#fullName'), fullName);
  typeInto(one<HTMLInputElement>(el, '#contact'), contact);
}

async function submit(el: InviteLinkSignUp): Promise<void> {
  one<HTMLButtonElement>(el, '[part~="submit-button"]').click();
  await el.updateComplete;
}

describe('<invite-link-sign-up>', () => {
  it('checks the link first, with a loading line', async () => {
    const admin = createMemoryClient();
    const held = gated(visitor(admin), ['checkInviteLink']);
    const url = await currentLink(admin);
    const el = await fixture<InviteLinkSignUp>(html`<invite-link-sign-up .client=${held.client} link=${url}></invite-link-sign-up>`);
    expect(textOf(el, '[part~="status"]')).to.equal('Checking your invite link…');
    expect(el.status).to.equal('checking');
    expect(q(el, 'form')).to.equal(null);
    await expect(el).to.be.accessible();
    await waitUntil(() => held.calls('checkInviteLink').length === 1, 'the link is asked about');
    held.releaseAll();
    await waitUntil(() => el.status === 'ready');
  });

  it('then offers to join the portal by name: Full Name, Email Address or Phone Number, Sign Up', async () => {
    const admin = createMemoryClient();
    const el = await render(visitor(admin), await currentLink(admin));
    expect(textOf(el, '[part~="heading"]')).to.equal('Join Acme Portal');
    expect(textOf(el, 'label[for="fullName"]')).to.contain('Full Name');
    expect(textOf(el, 'label[for="contact"]')).to.contain('Email Address or Phone Number');
    expect(textOf(el, '[part~="submit-button"]')).to.equal('Sign Up');
    expect(q(el, '[part~="domain-rule"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('signs a signed-out visitor up by email: the event carries the new user, the page says what next', async () => {
    const admin = createMemoryClient();
    const el = await render(visitor(admin), await currentLink(admin));
    fill(el, '  Mae   Jemison ', 'mae@example.com');
    const event = oneEvent(el, 'invite-link-signed-up');
    await submit(el);
    const { detail } = await event;
    expect(detail.user).to.include({ fullName: 'Mae Jemison', email: 'mae@example.com', status: 'active' });
    await waitUntil(() => el.status === 'signed-up');
    await el.updateComplete;
    expect(textOf(el, '[part~="result-title"]')).to.contain('You’re in');
    expect(textOf(el, '[part~="result-message"]')).to.equal(
      'Welcome to Acme Portal, Mae Jemison. You can now sign in with mae@example.com.',
    );
    const users = await admin.listInternalUsers({ query: 'mae@example.com' });
    expect(users.items.map((user) => user.fullName)).to.deep.equal(['Mae Jemison']);
    await expect(el).to.be.accessible();
  });

  it('signs up by phone number, normalised like the invite form’s contact field', async () => {
    const admin = createMemoryClient();
    const el = await render(visitor(admin), await currentLink(admin));
    fill(el, 'Valentina Tereshkova', '+44 20 7946 0123');
    await el.updateComplete;
    expect(textOf(el, '#contact-preview')).to.equal('You’ll sign up with +442079460123.');
    const event = oneEvent(el, 'invite-link-signed-up');
    await submit(el);
    expect((await event).detail.user).to.include({ phone: '+442079460123' });
  });

  it('says a replaced, an expired and an unknown link each in their own words', async () => {
    let now = Date.now();
    const admin = createMemoryClient({ now: () => new Date(now) });
    const old = await currentLink(admin);
    await admin.refreshInviteLink();
    const replaced = await render(visitor(admin), old);
    expect(replaced.status).to.equal('replaced');
    expect(textOf(replaced, '[part~="link-problem"]')).to.equal(
      'This link is no longer active. Ask the person who shared it for a new one.',
    );
    expect(q(replaced, 'form')).to.equal(null);
    await expect(replaced).to.be.accessible();

    const expiring = (await admin.updateInviteLinkSettings({ expiresInDays: 1 })).url;
    now += 2 * DAY;
    const expired = await render(visitor(admin), expiring);
    expect(expired.status).to.equal('expired');
    expect(textOf(expired, '[part~="link-problem"]')).to.equal('This link has expired. Ask the person who shared it for a new one.');

    const unknown = await render(visitor(admin), 'https://portal.example.com/join/not-a-token');
    expect(unknown.status).to.equal('unknown');
    expect(textOf(unknown, '[part~="link-problem"]')).to.equal('This link isn’t valid. Check that you copied all of it.');
    expect(textOf(unknown, '[part~="heading"]')).to.equal('Sign up');
    await expect(unknown).to.be.accessible();
  });

  it('treats a missing or malformed link as not valid, never as an error', async () => {
    const admin = createMemoryClient();
    const empty = await render(visitor(admin), '   ');
    expect(empty.status).to.equal('unknown');
    const malformed = await render(visitor(admin), '<script>alert(1)</script>');
    expect(malformed.status).to.equal('unknown');
    expect(textOf(malformed, '[part~="link-problem"]')).to.contain('isn’t valid');
  });

  describe('reading the link from the page’s address', () => {
    const original = location.href;
    afterEach(() => {
      history.replaceState(null, '', original);
      InviteLinkSignUp.fromLocation = defaultRule;
    });
    const defaultRule = InviteLinkSignUp.fromLocation;

    it('takes ?link= by default, and the address itself without one', async () => {
      const admin = createMemoryClient();
      const url = await currentLink(admin);
      history.replaceState(null, '', `${location.pathname}?link=${encodeURIComponent(url)}`);
      const el = await render(visitor(admin), undefined);
      expect(el.effectiveLink).to.equal(url);
      expect(el.status).to.equal('ready');

      history.replaceState(null, '', location.pathname);
      const bare = await render(visitor(admin), undefined);
      expect(bare.effectiveLink).to.equal(location.href);
      expect(bare.status).to.equal('unknown');
    });

    it('follows the host’s rule, for every instance or for one', async () => {
      const admin = createMemoryClient();
      const url = await currentLink(admin);
      const token = url.slice(url.lastIndexOf('/') + 1);
      history.replaceState(null, '', `${location.pathname}?t=${token}`);
      InviteLinkSignUp.fromLocation = (where) => `https://portal.example.com/join/${new URLSearchParams(where.search).get('t')}`;
      const everyOne = await render(visitor(admin), undefined);
      expect(everyOne.status).to.equal('ready');

      const one = await fixture<InviteLinkSignUp>(
        html`<invite-link-sign-up .client=${visitor(admin)} .fromLocation=${() => 'https://portal.example.com/join/other'}></invite-link-sign-up>`,
      );
      await waitUntil(() => one.status !== 'checking');
      expect(one.effectiveLink).to.equal('https://portal.example.com/join/other');
      expect(one.status).to.equal('unknown');
    });

    it('prefers the link attribute over the address', async () => {
      const admin = createMemoryClient();
      history.replaceState(null, '', `${location.pathname}?link=nope`);
      const el = await render(visitor(admin), await currentLink(admin));
      expect(el.status).to.equal('ready');
    });
  });

  describe('a portal that limits sign-up to some email domains', () => {
    async function limited() {
      const admin = createMemoryClient();
      const { url } = await admin.updateInviteLinkSettings({ allowedDomains: ['example.org'] });
      return { admin, url };
    }

    it('says the rule before the person types', async () => {
      const { admin, url } = await limited();
      const el = await render(visitor(admin), url);
      expect(textOf(el, '[part~="domain-rule"]')).to.contain('Use an email address at example.org.');
      expect(q(el, '#contact-hint')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('refuses a phone number and another domain on the field, without asking the backend', async () => {
      const { admin, url } = await limited();
      const calls = recording(visitor(admin));
      const el = await render(calls.client, url);
      fill(el, 'Phone Person', '+1 202 555 0199');
      await submit(el);
      expect(textOf(el, '#contact-error')).to.equal('A phone number can’t be used here. Use an email address at example.org.');
      expect(deepActive()).to.equal(one(el, '#contact'));
      typeInto(one<HTMLInputElement>(el, '#contact'), 'me@example.com');
      await el.updateComplete;
      expect(textOf(el, '#contact-error')).to.equal('This email address can’t be used here. Use an email address at example.org.');
      expect(calls.keysOf('signUpWithInviteLink')).to.have.length(0);
      typeInto(one<HTMLInputElement>(el, '#contact'), 'me@example.org');
      await el.updateComplete;
      expect(q(el, '#contact-error')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('puts the backend’s refusal (fieldErrors.email) on the contact field', async () => {
      const { admin, url } = await limited();
      // A check that doesn't tell the rule: only the backend's answer can.
      const quiet = withOverrides(visitor(admin), {
        checkInviteLink: async (): Promise<InviteLinkCheck> => ({ valid: true, portalName: 'Acme Portal' }),
      });
      const el = await render(quiet, url);
      fill(el, 'Wrong Domain', 'wrong@example.com');
      await submit(el);
      await waitUntil(() => el.status === 'failed');
      await el.updateComplete;
      expect(textOf(el, '#contact-error')).to.contain('example.org');
      expect(one(el, '#contact').getAttribute('aria-invalid')).to.equal('true');
      expect(one<HTMLInputElement>(el, '#fullName').value).to.equal('Wrong Domain');
      await expect(el).to.be.accessible();
    });
  });

  it('checks the fields with the invite form’s rules and focuses the first problem', async () => {
    const admin = createMemoryClient();
    const calls = recording(visitor(admin));
    const el = await render(calls.client, await currentLink(admin));
    await submit(el);
    expect(textOf(el, '#fullName-error')).to.equal('Enter the person’s full name.');
    expect(textOf(el, '#contact-error')).to.equal('Enter an email address or a phone number.');
    expect(deepActive()).to.equal(one(el, '#fullName'));
    typeInto(one<HTMLInputElement>(el, '#contact'), 'ada@');
    await el.updateComplete;
    expect(textOf(el, '#contact-error')).to.equal('The part after the @ isn’t a valid domain, as in example.com.');
    expect(calls.keysOf('signUpWithInviteLink')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('someone already in the portal: says so, "Sign in" fires sign-in-requested, and the host may put its own link', async () => {
    const admin = createMemoryClient();
    const url = await currentLink(admin);
    const el = await fixture<InviteLinkSignUp>(html`<invite-link-sign-up .client=${visitor(admin)} link=${url}></invite-link-sign-up>`);
    await waitUntil(() => el.status === 'ready');
    fill(el, 'Avery Again', 'Avery.Chen@example.com');
    await submit(el);
    await waitUntil(() => el.status === 'conflict');
    await el.updateComplete;
    expect(textOf(el, '[part~="conflict"]')).to.contain('An account with this email address already exists in Acme Portal.');
    expect(deepActive()).to.equal(one(el, '[part~="sign-in-button"]'));
    await expect(el).to.be.accessible();
    const asked = oneEvent(el, 'sign-in-requested');
    one<HTMLButtonElement>(el, '[part~="sign-in-button"]').click();
    expect((await asked).detail).to.deep.equal({ email: 'Avery.Chen@example.com' });

    one<HTMLButtonElement>(el, '[part~="change-details-button"]').click();
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(deepActive()).to.equal(one(el, '#contact'));
    expect(one<HTMLInputElement>(el, '#contact').value).to.equal('Avery.Chen@example.com');

    const hosted = await fixture<InviteLinkSignUp>(
      html`<invite-link-sign-up .client=${visitor(admin)} link=${url}><a slot="sign-in" href="/login">Sign in here</a></invite-link-sign-up>`,
    );
    await waitUntil(() => hosted.status === 'ready');
    fill(hosted, 'Avery Again', '+14155550142');
    await submit(hosted);
    await waitUntil(() => hosted.status === 'conflict');
    await hosted.updateComplete;
    expect(textOf(hosted, '[part~="conflict"]')).to.contain('An account with this phone number already exists');
    const slot = one<HTMLSlotElement>(hosted, 'slot[name="sign-in"]');
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Sign in here']);
  });

  it('a failed sign-up keeps what was typed; Try again reuses the idempotency key and signs up once', async () => {
    const admin = createMemoryClient();
    const person = visitor(admin);
    person.failNext('signUpWithInviteLink', 'unavailable');
    const calls = recording(person);
    const el = await render(calls.client, await currentLink(admin));
    fill(el, 'Retry Person', 'retry@example.com');
    await submit(el);
    await waitUntil(() => el.status === 'failed');
    await el.updateComplete;
    expect(textOf(el, '[part~="failure"]')).to.contain('You weren’t signed up.');
    expect(textOf(el, '[part~="form"]')).to.contain('What you typed is kept');
    expect(one<HTMLInputElement>(el, '#fullName').value).to.equal('Retry Person');
    expect(one<HTMLInputElement>(el, '#contact').value).to.equal('retry@example.com');
    await expect(el).to.be.accessible();
    const signedUp = oneEvent(el, 'invite-link-signed-up');
    one<HTMLButtonElement>(el, '[part~="retry-button"]').click();
    await signedUp;
    const [first, second] = calls.keysOf('signUpWithInviteLink');
    expect(first).to.be.a('string');
    expect(second).to.equal(first);
    expect((await admin.listInternalUsers({ query: 'retry@example.com' })).items).to.have.length(1);
  });

  it('another sign-up after changing the details gets a new key; pressing twice sends once', async () => {
    const admin = createMemoryClient();
    const person = visitor(admin);
    person.failNext('signUpWithInviteLink', 'unavailable');
    const calls = recording(person);
    const held = gated(calls.client, ['signUpWithInviteLink']);
    const el = await render(held.client, await currentLink(admin));
    fill(el, 'Twice Pressed', 'twice@example.com');
    await submit(el);
    await submit(el);
    expect(el.status).to.equal('sending');
    expect(one(el, '[part~="submit-button"]').getAttribute('aria-disabled')).to.equal('true');
    await waitUntil(() => held.calls('signUpWithInviteLink').length === 1, 'the sign-up reaches the client');
    held.releaseAll();
    await waitUntil(() => el.status === 'failed');
    expect(calls.keysOf('signUpWithInviteLink')).to.have.length(1);
    typeInto(one<HTMLInputElement>(el, '#contact'), 'other@example.com');
    await submit(el);
    await waitUntil(() => held.calls('signUpWithInviteLink').length === 2, 'the second sign-up reaches the client');
    held.releaseAll();
    await waitUntil(() => el.status === 'signed-up');
    const [first, second] = calls.keysOf('signUpWithInviteLink');
    expect(second).to.not.equal(first);
  });

  it('a failed check shows an error with Try again, which checks again', async () => {
    const admin = createMemoryClient();
    const person = visitor(admin);
    person.failNext('checkInviteLink', 'network');
    const el = await render(person, await currentLink(admin));
    expect(el.status).to.equal('check-failed');
    expect(textOf(el, '[part~="alert"]')).to.contain('Couldn’t check your invite link.');
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[part~="retry-button"]').click();
    await waitUntil(() => el.status === 'ready');
  });

  it('turns live into "no longer active" when the link is refreshed while the person is on the page', async () => {
    const admin = createMemoryClient();
    const el = await render(visitor(admin), await currentLink(admin));
    fill(el, 'Slow Typer', 'slow@example.com');
    one<HTMLInputElement>(el, '#contact').focus();
    await admin.refreshInviteLink();
    await waitUntil(() => el.status === 'replaced', 'the page turns without a reload');
    await el.updateComplete;
    expect(textOf(el, '[part~="link-problem"]')).to.equal('This link is no longer active. Ask the person who shared it for a new one.');
    expect(deepActive()).to.equal(one(el, '#heading'));
    await expect(el).to.be.accessible();
  });

  it('a sign-up refused because the link was replaced meanwhile (no live updates) turns the page to "no longer active"', async () => {
    const admin = createMemoryClient({ capabilities: { liveUpdates: false } });
    const el = await render(visitor(admin), await currentLink(admin));
    await admin.refreshInviteLink();
    fill(el, 'Late Comer', 'late@example.com');
    await submit(el);
    await waitUntil(() => el.status === 'replaced');
  });

  it('is usable by keyboard alone: type, Enter signs up, focus goes to the welcome', async () => {
    const admin = createMemoryClient();
    const el = await render(visitor(admin), await currentLink(admin));
    one<HTMLInputElement>(el, '#fullName').focus();
    await sendKeys({ type: 'Key Board' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(one(el, '#contact'));
    await sendKeys({ type: 'keys@example.com' });
    const signedUp = oneEvent(el, 'invite-link-signed-up');
    await sendKeys({ press: 'Enter' });
    await signedUp;
    await waitUntil(() => deepActive() === q(el, '#result-title'), 'focus moves to the welcome');
  });

  it('checks no field on its way off the page: the welcome’s render, blurring the focused input, schedules no other update', async () => {
    const admin = createMemoryClient();
    const el = await render(visitor(admin), await currentLink(admin));
    fill(el, 'Focus Kept', 'focus@example.com');
    one<HTMLInputElement>(el, '#contact').focus();
    // Taken as the welcome is about to render: true when that render set nothing that needs another.
    const alone = new Promise<boolean>((resolve) => {
      el.addEventListener('invite-link-signed-up', () => resolve(el.updateComplete), { once: true });
    });
    el.submit();
    expect(await alone).to.equal(true);
    expect(el.status).to.equal('signed-up');
  });

  it('keeps client text as text: a right-to-left portal name is isolated in the heading', async () => {
    const admin = createMemoryClient({ seed: { ...createMemoryClient().snapshot(), portalName: 'بوابة‮ Acme' } });
    const el = await render(visitor(admin), await currentLink(admin));
    const heading = textOf(el, '[part~="heading"]');
    expect(heading).to.contain('بوابة');
    expect(heading.startsWith('Join \u2068')).to.equal(true);
  });
});
