import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { MutationOptions } from '../src/client/invite-client.js';
import '../src/invite-user-form/define.js';
import { draftRulesChunk } from '../src/invite-user-form/invite-draft.js';
import type { InviteUserForm } from '../src/invite-user-form/define.js';
import { holdable } from './fixtures/clients.js';
import { deepActive, one, textOf, typeInto } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';

async function renderForm(client: MemoryClient, template = html`<invite-user-form .client=${client}></invite-user-form>`) {
  const el = await fixture<InviteUserForm>(template);
  await waitUntil(() => el.status !== 'checking', 'the viewer is checked');
  await el.updateComplete;
  return el;
}

async function fill(el: InviteUserForm, id: string, value: string) {
  typeInto(one<HTMLInputElement>(el, `#${id}`), value, { focus: false });
  await el.updateComplete;
}

async function chooseDelivery(el: InviteUserForm, method: string) {
  one<HTMLInputElement>(el, `input[name="delivery"][value="${method}"]`).click();
  await el.updateComplete;
}

async function submit(el: InviteUserForm) {
  one<HTMLButtonElement>(el, '[part~="submit-button"]').click();
  await el.updateComplete;
}

/** Records the idempotency key of every invitation the form sends. */
function recordKeys(client: MemoryClient): Array<string | undefined> {
  const keys: Array<string | undefined> = [];
  const send = client.inviteInternalUser;
  client.inviteInternalUser = (input, options?: MutationOptions) => {
    keys.push(options?.idempotencyKey);
    return send(input, options);
  };
  return keys;
}

describe('<invite-user-form>', () => {
  it('shows the empty form with the article’s labels and is accessible', async () => {
    const el = await renderForm(createMemoryClient());
    expect(el.status).to.equal('editing');
    expect(textOf(el, 'label[for="fullName"]')).to.contain('Full Name');
    expect(textOf(el, 'label[for="contact"]')).to.contain('Email Address or Phone Number');
    expect(textOf(el, 'label[for="userId"]')).to.contain('User ID');
    expect(textOf(el, '[part~="submit-button"]')).to.equal('Send Invitation');
    const choices = [...el.shadowRoot!.querySelectorAll('[part~="delivery-label"]')].map((node) => node.textContent!.trim());
    expect(choices).to.deep.equal(['Add to Workspace', 'Add to Contacts', 'Add to Contacts Quietly']);
    const hints = [...el.shadowRoot!.querySelectorAll('[part~="delivery-hint"]')].map((node) => node.textContent!.trim());
    expect(hints[1]).to.contain('send a portal invitation');
    expect(hints[2]).to.contain('without sending an invitation');
    await expect(el).to.be.accessible();
  });

  it('marks the required fields and moves focus to the first invalid one', async () => {
    const el = await renderForm(createMemoryClient());
    await submit(el);
    expect(el.status).to.equal('invalid');
    expect(textOf(el, '#fullName-error')).to.equal('Enter the person’s full name.');
    expect(textOf(el, '#contact-error')).to.equal('Enter an email address or a phone number.');
    expect(one(el, '#fullName').getAttribute('aria-invalid')).to.equal('true');
    expect(one(el, '#fullName').getAttribute('aria-describedby')).to.contain('fullName-error');
    await waitUntil(() => deepActive() === one(el, '#fullName'), 'focus moves to Full Name');
    await expect(el).to.be.accessible();

    await fill(el, 'fullName', 'Ada Lovelace');
    await submit(el);
    expect(textOf(el, '#fullName-error')).to.equal('');
    await waitUntil(() => deepActive() === one(el, '#contact'), 'focus moves to the contact field');
  });

  const contactProblems: Array<[string, string]> = [
    ['ada.example.com', 'An email address needs an @, as in name@example.com.'],
    ['@example.com', 'Add the part before the @, as in name@example.com.'],
    ['ada@example', 'The part after the @ isn’t a valid domain, as in example.com.'],
    ['ada lovelace@example.com', 'This email address contains spaces or characters that aren’t allowed.'],
    ['020 7946 0958', 'Start the phone number with + and the country code, as in +44 20 7946 0958.'],
    ['+44 123', 'This phone number is too short: include the country code and the full number.'],
    ['+44 1234 5678 9012 3456', 'A phone number can have at most 15 digits.'],
    ['hello', 'This is neither an email address nor a phone number.'],
  ];
  for (const [typed, message] of contactProblems) {
    it(`explains what is wrong with “${typed}”`, async () => {
      const el = await renderForm(createMemoryClient());
      await fill(el, 'fullName', 'Ada Lovelace');
      await fill(el, 'contact', typed);
      one(el, '#contact').dispatchEvent(new FocusEvent('blur'));
      await el.updateComplete;
      expect(textOf(el, '#contact-error')).to.equal(message);
    });
  }

  it('checks the User ID', async () => {
    const el = await renderForm(createMemoryClient());
    await fill(el, 'userId', 'has spaces');
    one(el, '#userId').dispatchEvent(new FocusEvent('blur'));
    await el.updateComplete;
    expect(textOf(el, '#userId-error')).to.contain('A User ID can contain only');
    await fill(el, 'userId', 'ada.l');
    expect(textOf(el, '#userId-error'), 'fixing it clears the message').to.equal('');
  });

  it('sends a phone number in E.164 and says so in the confirmation', async () => {
    const client = createMemoryClient();
    const el = await renderForm(client);
    await fill(el, 'fullName', '  Ada   Lovelace ');
    await fill(el, 'contact', '+44 (0)20 7946 0958');
    expect(textOf(el, '#contact-preview')).to.equal('Phone number: +442079460958');
    const sent = oneEvent(el, 'invite-sent');
    await submit(el);
    const { detail } = await sent;
    expect(detail.input).to.include({ fullName: 'Ada Lovelace', phone: '+442079460958' });
    expect(detail.input.delivery).to.deep.equal({ method: 'contacts' });
    expect(detail.result.invitationSent).to.equal(true);
    await el.updateComplete;
    expect(el.status).to.equal('sent');
    expect(textOf(el, '[part~="result-message"]')).to.equal('Invitation sent to Ada Lovelace (+442079460958).');
    expect(client.sentInvitations.at(-1)).to.include({ to: '+442079460958', kind: 'portal' });
    await expect(el).to.be.accessible();
  });

  it('shows an internationalized email address in punycode', async () => {
    const el = await renderForm(createMemoryClient());
    await fill(el, 'fullName', 'Jürgen Weber');
    await fill(el, 'contact', 'jürgen@bücher.de');
    expect(textOf(el, '#contact-preview')).to.equal('Email address: jürgen@xn--bcher-kva.de');
    await submit(el);
    await waitUntil(() => el.status === 'sent');
    expect(textOf(el, '[part~="result-message"]')).to.contain('jürgen@xn--bcher-kva.de');
  });

  it('adds quietly without sending anything, and says so', async () => {
    const client = createMemoryClient();
    const el = await renderForm(client);
    await fill(el, 'fullName', 'Quiet Person');
    await fill(el, 'contact', 'quiet@example.com');
    await chooseDelivery(el, 'contacts-quietly');
    await submit(el);
    await waitUntil(() => el.status === 'sent');
    expect(textOf(el, '[part~="result-message"]')).to.equal('Quiet Person (quiet@example.com) was added quietly, no invitation sent.');
    expect(client.sentInvitations.filter((sent) => sent.to === 'quiet@example.com')).to.have.length(0);
  });

  it('adds to a workspace chosen from the client, and requires the choice', async () => {
    const client = createMemoryClient();
    const el = await renderForm(client);
    await fill(el, 'fullName', 'Wanda Space');
    await fill(el, 'contact', 'wanda@example.com');
    await chooseDelivery(el, 'workspace');
    await waitUntil(() => el.shadowRoot!.querySelector('#workspaceId'), 'the workspaces load');
    const options = [...el.shadowRoot!.querySelectorAll('#workspaceId option')].map((option) => option.textContent!.trim());
    expect(options).to.include('Design Team');
    await expect(el).to.be.accessible();

    await submit(el);
    expect(textOf(el, '#workspaceId-error')).to.equal('Choose the workspace to add them to.');
    await waitUntil(() => deepActive() === one(el, '#workspaceId'));

    const select = one<HTMLSelectElement>(el, '#workspaceId');
    select.value = DEMO_IDS.groupWorkspaceId;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(textOf(el, '#workspaceId-error')).to.equal('');
    await submit(el);
    await waitUntil(() => el.status === 'sent');
    expect(textOf(el, '[part~="result-message"]')).to.equal('Invitation sent to Wanda Space (wanda@example.com) to join Design Team.');
    expect(client.sentInvitations.at(-1)).to.include({
      to: 'wanda@example.com',
      kind: 'workspace',
      workspaceId: DEMO_IDS.groupWorkspaceId,
    });
  });

  it('offers a retry when the workspaces fail to load', async () => {
    const client = createMemoryClient();
    client.failNext('listWorkspaces', 'unavailable');
    const el = await renderForm(client);
    await chooseDelivery(el, 'workspace');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="workspace-error"]'));
    expect(textOf(el, '[part~="workspace-error"]')).to.contain('Couldn’t load the workspaces.');
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[part~="workspace-error"] button').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#workspaceId'));
  });

  it('says when there is no workspace to add them to', async () => {
    const el = await renderForm(createMemoryClient({ seed: 'empty' }));
    await fill(el, 'fullName', 'No Place');
    await fill(el, 'contact', 'noplace@example.com');
    await chooseDelivery(el, 'workspace');
    await waitUntil(() => textOf(el, '[part~="delivery"]').includes('There are no workspaces'));
    await submit(el);
    expect(el.status).to.equal('invalid');
    expect(textOf(el, '[part~="delivery"] [part~="error"]')).to.equal('Choose the workspace to add them to.');
    await expect(el).to.be.accessible();
  });

  it('says so when its checks cannot be fetched, and fetches them again at the next send', async () => {
    const client = createMemoryClient();
    const el = await renderForm(client);
    const { load } = draftRulesChunk;
    draftRulesChunk.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      await fill(el, 'fullName', 'Ada Lovelace');
      await fill(el, 'contact', 'ada@example.com');
      await submit(el);
      await waitUntil(() => el.status === 'failed', 'the failure is shown');
      expect(one(el, '[part~="alert"]')).to.exist;
      expect(client.callCount('inviteInternalUser')).to.equal(0);
    } finally {
      draftRulesChunk.load = load;
    }
    const sent = oneEvent(el, 'invite-sent');
    await submit(el);
    await sent;
    expect(el.status).to.equal('sent');
  });

  it('sends once, however fast clicks and Enter come', async () => {
    const client = createMemoryClient({ latency: 200 });
    const keys = recordKeys(client);
    const el = await renderForm(client);
    await fill(el, 'fullName', 'Fast Clicker');
    await fill(el, 'contact', 'fast@example.com');
    const button = one<HTMLButtonElement>(el, '[part~="submit-button"]');
    button.click();
    button.click();
    one<HTMLFormElement>(el, 'form').requestSubmit();
    await el.updateComplete;
    expect(el.status).to.equal('sending');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent).to.contain('Sending…');
    one<HTMLInputElement>(el, '#fullName').focus();
    await sendKeys({ press: 'Enter' });
    button.click();
    await expect(el).to.be.accessible();
    await waitUntil(() => el.status === 'sent', 'sent', { timeout: 3000 });
    expect(client.callCount('inviteInternalUser')).to.equal(1);
    expect(keys).to.have.length(1);
  });

  it('keeps everything typed after a failure and retries with the same idempotency key', async () => {
    const client = createMemoryClient();
    const keys = recordKeys(client);
    client.failNext('inviteInternalUser', 'network');
    const el = await renderForm(client);
    await fill(el, 'fullName', 'Net Worker');
    await fill(el, 'contact', 'net@example.com');
    await fill(el, 'userId', 'net.w');
    await submit(el);
    await waitUntil(() => el.status === 'failed');
    expect(textOf(el, '[part~="failure"]')).to.contain('The invitation wasn’t sent. Couldn’t reach the server.');
    expect(one<HTMLInputElement>(el, '#fullName').value).to.equal('Net Worker');
    expect(one<HTMLInputElement>(el, '#contact').value).to.equal('net@example.com');
    expect(one<HTMLInputElement>(el, '#userId').value).to.equal('net.w');
    await expect(el).to.be.accessible();

    one<HTMLButtonElement>(el, '[part~="failure"] [part~="retry-button"]').click();
    await waitUntil(() => el.status === 'sent');
    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(client.sentInvitations.at(-1)).to.include({ to: 'net@example.com' });
  });

  it('uses a new idempotency key for a different invitation', async () => {
    const client = createMemoryClient();
    const keys = recordKeys(client);
    client.failNext('inviteInternalUser', 'unavailable');
    const el = await renderForm(client);
    await fill(el, 'fullName', 'First Try');
    await fill(el, 'contact', 'first@example.com');
    await submit(el);
    await waitUntil(() => el.status === 'failed');
    await fill(el, 'contact', 'second@example.com');
    await submit(el);
    await waitUntil(() => el.status === 'sent');
    expect(keys[1]).to.not.equal(keys[0]);
  });

  it('puts the adapter’s field errors on their fields: keys translated, sentences as they are', async () => {
    const client = createMemoryClient();
    client.failNext('inviteInternalUser', 'validation', {
      fieldErrors: { email: 'validation.emailInvalidDomain', userId: 'This User ID is taken by someone else.' },
    });
    const el = await renderForm(client);
    await fill(el, 'fullName', 'Field Errors');
    await fill(el, 'contact', 'fe@example.com');
    await fill(el, 'userId', 'taken');
    await submit(el);
    await waitUntil(() => el.status === 'failed');
    await el.updateComplete;
    expect(textOf(el, '#contact-error')).to.equal('The part after the @ isn’t a valid domain, as in example.com.');
    expect(textOf(el, '#userId-error')).to.equal('This User ID is taken by someone else.');
    await waitUntil(() => deepActive() === one(el, '#contact'), 'focus goes to the first field with an error');
    await expect(el).to.be.accessible();
  });

  it('says what the backend said about the address already in use, and offers to change it or invite another', async () => {
    const el = await renderForm(createMemoryClient());
    await fill(el, 'fullName', 'Blake Again');
    await fill(el, 'contact', 'blake.rivera@example.com');
    await submit(el);
    await waitUntil(() => el.status === 'conflict');
    const said = 'Blake Rivera (internal user) already uses the email address blake.rivera@example.com in this portal.';
    expect(textOf(el, '[part~="conflict"]')).to.contain('Already in use in this portal');
    expect(textOf(el, '[part~="conflict"]')).to.contain(`Email Address or Phone Number: ${said}`);
    expect(textOf(el, '#contact-error')).to.equal(said);
    expect(one(el, '#contact').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();

    one<HTMLButtonElement>(el, '[part~="change-details-button"]').click();
    await waitUntil(() => deepActive() === one(el, '#contact'));
    await fill(el, 'contact', 'blake.new@example.com');
    expect(el.status).to.equal('editing');
    await submit(el);
    await waitUntil(() => el.status === 'sent');
  });

  it('puts a conflict on the User ID where the backend says it is, not on the address', async () => {
    const el = await renderForm(createMemoryClient());
    await fill(el, 'fullName', 'Blake Twin');
    await fill(el, 'contact', 'blake.twin@example.com');
    await fill(el, 'userId', 'blake.r');
    await submit(el);
    await waitUntil(() => el.status === 'conflict');
    const notice = textOf(el, '[part~="conflict"]');
    expect(notice).to.contain('User ID: Blake Rivera already has the User ID blake.r.');
    expect(notice).not.to.contain('already belongs to someone');
    expect(notice).not.to.contain('Already a member');
    expect(textOf(el, '#userId-error')).to.equal('Blake Rivera already has the User ID blake.r.');
    expect(one(el, '#contact').getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.querySelector('#contact-error')).to.equal(null);
    await expect(el).to.be.accessible();

    // Another address doesn't change the User ID that is taken.
    await fill(el, 'contact', 'blake.twin2@example.com');
    expect(el.status).to.equal('conflict');
    one<HTMLButtonElement>(el, '[part~="change-details-button"]').click();
    await waitUntil(() => deepActive() === one(el, '#userId'));
    await fill(el, 'userId', 'blake.twin');
    expect(el.status).to.equal('editing');
    await submit(el);
    await waitUntil(() => el.status === 'sent');
  });

  it('takes a conflict that names no field to be about the address', async () => {
    const client = createMemoryClient();
    client.failNext('inviteInternalUser', 'conflict');
    const el = await renderForm(client);
    await fill(el, 'fullName', 'Ada Lovelace');
    await fill(el, 'contact', 'ada@example.com');
    await submit(el);
    await waitUntil(() => el.status === 'conflict');
    expect(textOf(el, '[part~="conflict"]')).to.contain('Already a member of this portal');
    expect(textOf(el, '[part~="conflict"]')).to.contain('ada@example.com already belongs to someone in this portal');
    expect(textOf(el, '#contact-error')).to.equal('Someone in this portal already uses this.');
    await expect(el).to.be.accessible();
  });

  for (const code of ['conflict', 'validation', 'permission', 'unknown'] as const) {
    it(`puts the fields a ${code} error names on those fields`, async () => {
      const client = createMemoryClient();
      client.failNext('inviteInternalUser', code, {
        fieldErrors: { phone: 'This number can’t take text messages.', fullName: 'validation.fullNameRequired' },
      });
      const el = await renderForm(client);
      await fill(el, 'fullName', 'Ada Lovelace');
      await fill(el, 'contact', '+44 20 7946 0958');
      await submit(el);
      await waitUntil(() => el.status === (code === 'conflict' ? 'conflict' : 'failed'));
      await el.updateComplete;
      expect(textOf(el, '#contact-error')).to.equal('This number can’t take text messages.');
      expect(textOf(el, '#fullName-error')).to.equal('Enter the person’s full name.');
      expect(el.shadowRoot!.querySelector('#userId-error')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('says what the backend said about a field that isn’t showing, in the notice', async () => {
    const client = createMemoryClient();
    client.failNext('inviteInternalUser', 'conflict', { fieldErrors: { 'delivery.workspaceId': 'That workspace is archived.' } });
    const el = await renderForm(client);
    await fill(el, 'fullName', 'Ada Lovelace');
    await fill(el, 'contact', 'ada@example.com');
    await submit(el);
    await waitUntil(() => el.status === 'conflict');
    expect(textOf(el, '[part~="conflict"]')).to.contain('That workspace is archived.');
    expect(textOf(el, '[part~="conflict"]')).not.to.contain('already belongs to someone');
    expect(el.shadowRoot!.querySelector('[aria-invalid="true"]')).to.equal(null);
  });

  it('keeps the backend’s word on a field the person leaves unchanged, and checks it again once they type', async () => {
    const client = createMemoryClient();
    client.failNext('inviteInternalUser', 'validation', { fieldErrors: { email: 'Our mail server turned this address away.' } });
    const el = await renderForm(client);
    await fill(el, 'fullName', 'Ada Lovelace');
    await fill(el, 'contact', 'ada@example.com');
    await submit(el);
    await waitUntil(() => el.status === 'failed');
    await waitUntil(() => deepActive() === one(el, '#contact'));
    one<HTMLInputElement>(el, '#fullName').focus();
    await el.updateComplete;
    expect(textOf(el, '#contact-error')).to.equal('Our mail server turned this address away.');
    expect(textOf(el, '[part~="failure"]')).to.contain('Fix the marked fields, then send again.');

    await fill(el, 'contact', 'ada.lovelace@example.com');
    expect(el.shadowRoot!.querySelector('#contact-error')).to.equal(null);
    one<HTMLInputElement>(el, '#contact').focus();
    await fill(el, 'contact', 'ada.lovelace@');
    one<HTMLInputElement>(el, '#fullName').focus();
    await el.updateComplete;
    expect(textOf(el, '#contact-error'), 'leaving a field still says early what is wrong').to.not.equal('');
  });

  it('clears everything for "Invite another" after a conflict', async () => {
    const el = await renderForm(createMemoryClient());
    await fill(el, 'fullName', 'Blake Again');
    await fill(el, 'contact', 'blake.rivera@example.com');
    await submit(el);
    await waitUntil(() => el.status === 'conflict');
    one<HTMLButtonElement>(el, '[part~="conflict"] [part~="invite-another-button"]').click();
    await el.updateComplete;
    expect(el.getDraft()).to.include({ fullName: '', contact: '' });
    await waitUntil(() => deepActive() === el.shadowRoot!.querySelector('#fullName'));
  });

  it('explains to viewers who are not portal admins, instead of the form', async () => {
    const el = await renderForm(createMemoryClient({ viewerId: DEMO_IDS.nonAdminId }));
    expect(el.status).to.equal('forbidden');
    expect(el.shadowRoot!.querySelector('form')).to.equal(null);
    expect(textOf(el, '[part~="forbidden"]')).to.contain('Only portal admins can invite internal users');
    // A rule, not a temporary error: trying again can't change it, so nothing offers to.
    expect(el.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('offers "Try again" when refused on the first check (a session that expired), and shows the form once allowed', async () => {
    const client = createMemoryClient();
    client.failNext('getViewer', 'permission');
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">Before</button><invite-user-form .client=${client}></invite-user-form></div>`,
    );
    const el = wrapper.querySelector<InviteUserForm>('invite-user-form')!;
    await waitUntil(() => el.status === 'forbidden', 'the refusal shows');
    await el.updateComplete;
    expect(textOf(el, '[part~="forbidden"]')).to.contain('Only portal admins can invite internal users');
    const retry = one<HTMLButtonElement>(el, '[part~="forbidden"] [part~="forbidden-retry-button"]');
    expect(retry.getAttribute('part')!.split(' ')).to.include('retry-button');
    expect(textOf(el, '[part~="forbidden-retry-button"]')).to.equal('Try again');
    const description = retry
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!.textContent)
      .join(' ');
    expect(description).to.contain('Only portal admins can invite internal users');
    await expect(el).to.be.accessible();

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(retry);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.status === 'editing', 'the form shows');
    await waitUntil(() => deepActive() === el.shadowRoot!.querySelector('#fullName'), 'focus moves to the first field');
  });

  it('keeps the refusal and focus on "Try again" while checking, and says so when refused again', async () => {
    const client = createMemoryClient();
    client.failNext('getViewer', 'permission', { times: 2 });
    // The second check is held while the test looks at the state in between (a latency would race the key press).
    const viewer = holdable(client, ['getViewer']);
    const el = await renderForm(viewer.client);
    const retry = one<HTMLButtonElement>(el, '[part~="forbidden-retry-button"]');
    const status = () => textOf(el, '[part~="forbidden"] [role="status"]');
    retry.focus();
    viewer.hold();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.status).to.equal('forbidden');
    expect(retry.getAttribute('aria-disabled')).to.equal('true');
    expect(status()).to.equal('Checking whether you can invite people…');
    viewer.release();
    await waitUntil(() => status() === 'Only portal admins can invite internal users', 'the refusal is announced again');
    expect(client.callCount('getViewer')).to.equal(2);
    expect(retry.isConnected).to.equal(true);
    expect(deepActive()).to.equal(retry);
    await expect(el).to.be.accessible();
  });

  it('keeps "Try again" under a host’s own explanation', async () => {
    const client = createMemoryClient();
    client.failNext('getViewer', 'permission');
    const el = await renderForm(
      client,
      html`<invite-user-form .client=${client}><p slot="forbidden">Sign in again to invite people.</p></invite-user-form>`,
    );
    const slot = one<HTMLSlotElement>(el, 'slot[name="forbidden"]');
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal(['Sign in again to invite people.']);
    // The host's words replace the kit's, and describe "Try again".
    expect(textOf(el, '[part~="forbidden"]')).not.to.contain('Only portal admins');
    const retry = one<HTMLButtonElement>(el, '[part~="forbidden-retry-button"]');
    const described = el.shadowRoot!.getElementById(retry.getAttribute('aria-describedby')!)!;
    expect(described.contains(slot)).to.equal(true);
    retry.click();
    await waitUntil(() => el.status === 'editing', 'the form shows');
  });

  it('offers a retry when checking the viewer fails', async () => {
    const client = createMemoryClient();
    client.failNext('getViewer', 'network');
    const el = await renderForm(client);
    expect(el.status).to.equal('unavailable');
    await expect(el).to.be.accessible();
    one<HTMLButtonElement>(el, '[part~="retry-button"]').click();
    await waitUntil(() => el.status === 'editing');
  });

  it('lets a host veto the invitation in invite-before-send', async () => {
    const client = createMemoryClient();
    const el = await renderForm(client);
    el.addEventListener('invite-before-send', (event) => event.preventDefault(), { once: true });
    await fill(el, 'fullName', 'Vetoed');
    await fill(el, 'contact', 'vetoed@example.com');
    await submit(el);
    expect(client.callCount('inviteInternalUser')).to.equal(0);
    expect(el.status).to.equal('editing');
  });

  it('lets a host adjust the invitation in invite-before-send', async () => {
    const client = createMemoryClient();
    const el = await renderForm(client);
    el.addEventListener('invite-before-send', (event) => {
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      event.detail.input.userId = 'hr-4711';
    });
    await fill(el, 'fullName', 'Adjusted');
    await fill(el, 'contact', 'adjusted@example.com');
    const sent = oneEvent(el, 'invite-sent');
    await submit(el);
    const { detail } = await sent;
    expect(detail.input.userId).to.equal('hr-4711');
    expect(detail.result.user.userId).to.equal('hr-4711');
  });

  it('keeps a draft until it is sent, and takes one to prefill', async () => {
    const el = await renderForm(createMemoryClient());
    el.draft = { ...el.draft, fullName: 'Pre Filled', contact: 'pre@example.com' };
    await el.updateComplete;
    expect(one<HTMLInputElement>(el, '#fullName').value).to.equal('Pre Filled');
    await fill(el, 'userId', 'pre');
    expect(el.getDraft()).to.include({ fullName: 'Pre Filled', contact: 'pre@example.com', userId: 'pre' });
    await submit(el);
    await waitUntil(() => el.status === 'sent');
    expect(el.getDraft()).to.include({ fullName: '', contact: '', userId: '' });
  });

  it('starts again with "Invite another", focusing Full Name', async () => {
    const el = await renderForm(createMemoryClient());
    await fill(el, 'fullName', 'Once');
    await fill(el, 'contact', 'once@example.com');
    one<HTMLInputElement>(el, '#contact').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.status === 'sent');
    await waitUntil(() => deepActive() === one(el, '#result-title'), 'focus moves to the confirmation');
    one<HTMLButtonElement>(el, '[part~="invite-another-button"]').click();
    await waitUntil(() => deepActive() === el.shadowRoot!.querySelector('#fullName'));
    expect(one<HTMLInputElement>(el, '#fullName').value).to.equal('');
  });

  it('grants Administrator from "+ Advanced Options" and says so when sent', async () => {
    const client = createMemoryClient();
    const el = await renderForm(client, html`<invite-user-form administrator-option .client=${client}></invite-user-form>`);
    const toggle = one<HTMLButtonElement>(el, '[part~="advanced-toggle"]');
    expect(toggle.textContent).to.contain('Advanced Options');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const toggleSwitch = one<HTMLButtonElement>(el, '[role="switch"]');
    expect(textOf(el, '#administrator-hint')).to.contain('Admin Portal');
    toggleSwitch.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(toggleSwitch.getAttribute('aria-checked')).to.equal('true');
    await expect(el).to.be.accessible();

    await fill(el, 'fullName', 'New Admin');
    await fill(el, 'contact', 'admin2@example.com');
    const sent = oneEvent(el, 'invite-sent');
    await submit(el);
    const { detail } = await sent;
    expect(detail.input.isAdministrator).to.equal(true);
    await el.updateComplete;
    expect(textOf(el, '[part~="result-administrator"]')).to.contain('Admin Portal');
  });

  it('sends a plain portal invitation without delivery choices', async () => {
    const client = createMemoryClient();
    const el = await renderForm(
      client,
      html`<invite-user-form delivery-options="false" submit-label="Invite" .client=${client}></invite-user-form>`,
    );
    expect(el.shadowRoot!.querySelector('[part~="delivery"]')).to.equal(null);
    expect(textOf(el, '[part~="submit-button"]')).to.equal('Invite');
    el.draft = { ...el.draft, method: 'contacts-quietly' };
    await fill(el, 'fullName', 'Plain');
    await fill(el, 'contact', 'plain@example.com');
    const sent = oneEvent(el, 'invite-sent');
    await submit(el);
    expect((await sent).detail.input.delivery).to.deep.equal({ method: 'contacts' });
  });

  it('can be filled in and sent with the keyboard alone', async () => {
    const client = createMemoryClient();
    const el = await renderForm(client);
    one<HTMLInputElement>(el, '#fullName').focus();
    await sendKeys({ type: 'Kay Board' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'kay@example.com' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(one(el, '#userId'));
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(one(el, 'input[value="contacts"]'), 'the checked delivery choice takes focus');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.getDraft().method).to.equal('contacts-quietly');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(one(el, '[part~="submit-button"]'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.status === 'sent');
    expect(textOf(el, '[part~="result-message"]')).to.contain('Kay Board (kay@example.com) was added quietly');
  });

  it('throws nothing and sends no event when removed mid-request', async () => {
    const client = createMemoryClient({ latency: 100 });
    const el = await renderForm(client);
    let events = 0;
    el.addEventListener('invite-sent', () => events++);
    await fill(el, 'fullName', 'Gone Away');
    await fill(el, 'contact', 'gone@example.com');
    await submit(el);
    expect(el.status).to.equal('sending');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(events).to.equal(0);
    expect(el.status).to.equal('editing');
    expect(el.getDraft().fullName, 'the draft survives').to.equal('Gone Away');
  });
});
