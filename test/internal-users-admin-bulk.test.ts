import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { InviteKitError } from '../src/client/errors.js';
import type { MutationOptions } from '../src/client/invite-client.js';
import { createMemoryClient } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { InviteInternalUserInput } from '../src/client/types.js';
import { assessRows, newRow, signatureOf } from '../src/internal-users-admin/bulk-rows.js';
import type { BulkRow, ExistingCheck } from '../src/internal-users-admin/bulk-rows.js';
import { interpretOutcome, keyFor, runPool } from '../src/internal-users-admin/bulk-sender.js';
import '../src/internal-users-admin/define.js';
import type {
  BulkInviteBeforeSendEvent,
  BulkInviteSentDetail,
  BulkInviteSentEvent,
  InternalUsersAdmin,
} from '../src/internal-users-admin/define.js';
import type { InviteUserForm } from '../src/invite-user-form/define.js';
import { all, deepActive, one, shadow, tabTo, text, typeInto } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';

async function openBulk(client: MemoryClient): Promise<InternalUsersAdmin> {
  const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${client}></internal-users-admin>`);
  await waitUntil(() => shadow(el).querySelector('[part~="bulk-invite-button"]'), 'the admin is checked');
  await el.show('bulk-invite');
  return el;
}

async function paste(el: InternalUsersAdmin, lines: string[]): Promise<void> {
  typeInto(one<HTMLTextAreaElement>(el, '#bulk-paste'), lines.join('\n'), { focus: false });
  one(el, '[part~="add-rows-button"]').click();
  await el.updateComplete;
}

const rows = (el: InternalUsersAdmin) => all(el, '[part~="bulk-row"]');
const statuses = (el: InternalUsersAdmin) => rows(el).map((row) => row.dataset.status);
const rowAt = (el: InternalUsersAdmin, index: number) => rows(el)[index]!;

async function edit(el: InternalUsersAdmin, index: number, field: string, value: string) {
  typeInto(rowAt(el, index).querySelector<HTMLInputElement>(`[data-field="${field}"]`)!, value, { focus: false, change: true });
  await el.updateComplete;
}

async function send(el: InternalUsersAdmin, part = 'send-button'): Promise<BulkInviteSentDetail> {
  const done = oneEvent(el, 'bulk-invite-sent') as Promise<BulkInviteSentEvent>;
  one(el, `[part~="${part}"]`).click();
  return (await done).detail;
}

/** Every idempotency key the element sends each address with. */
function recordKeys(client: MemoryClient): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  const invite = client.inviteInternalUser.bind(client);
  client.inviteInternalUser = (input: InviteInternalUserInput, options?: MutationOptions) => {
    const contact = input.email ?? input.phone ?? '';
    keys.set(contact, [...(keys.get(contact) ?? []), options?.idempotencyKey ?? '']);
    return invite(input, options);
  };
  return keys;
}

/** Invitations the backend actually sent, by address: the record that proves nobody got two. */
function sentTo(client: MemoryClient): string[] {
  return client.sentInvitations.filter((sent) => sent.kind === 'portal').map((sent) => sent.to);
}

describe('bulk rows: the rules', () => {
  const row = (fullName: string, contact: string, extra: Partial<BulkRow> = {}): BulkRow => ({
    ...newRow({ fullName, contact }),
    ...extra,
  });

  it('checks each row with the invite form’s rules and normalises what it can', () => {
    const rows = [row('Ada Lovelace', 'ada@EXAMPLE.com'), row('', '+44 20 7946 0958'), row('Grace Hopper', 'grace@example')];
    const result = assessRows(rows, new Map());
    expect(result.get(rows[0]!.id)).to.include({ status: 'ready', contactKey: 'email:ada@example.com' });
    expect(result.get(rows[0]!.id)!.request).to.include({ fullName: 'Ada Lovelace', email: 'ada@example.com', isAdministrator: false });
    expect(result.get(rows[0]!.id)!.request!.delivery).to.deep.equal({ method: 'contacts' });
    expect(result.get(rows[1]!.id)).to.include({ status: 'invalid' });
    expect(result.get(rows[1]!.id)!.fieldErrors).to.deep.equal({ fullName: 'validation.fullNameRequired' });
    expect(result.get(rows[2]!.id)!.fieldErrors).to.deep.equal({ contact: 'validation.emailInvalidDomain' });
  });

  it('flags later copies of an address or User ID as duplicates, even when their other fields need fixing', () => {
    const rows = [
      row('Ada Lovelace', 'ada@example.com'),
      row('Ada L.', 'ADA@example.com'),
      row('', 'ada@example.com'),
      row('Alan Turing', '+44 20 7946 0958', { userId: 'turing' }),
      row('Alan T', '0044 (0)20 7946 0958'),
      row('Someone', 'someone@example.com', { userId: 'TURING' }),
    ];
    const result = assessRows(rows, new Map());
    expect(rows.map((r) => result.get(r.id)!.status)).to.deep.equal(['ready', 'duplicate', 'duplicate', 'ready', 'duplicate', 'duplicate']);
    expect(result.get(rows[1]!.id)).to.include({ duplicateOf: rows[0]!.id });
    expect(result.get(rows[2]!.id)!.fieldErrors).to.deep.equal({
      fullName: 'validation.fullNameRequired',
      contact: 'usersAdmin.bulk.duplicateContact',
    });
    expect(result.get(rows[4]!.id)).to.include({ duplicateOf: rows[3]!.id });
    expect(result.get(rows[5]!.id)!.fieldErrors).to.deep.equal({ userId: 'usersAdmin.bulk.duplicateUserId' });
  });

  it('lets a sent or sending row keep its address against an earlier copy', () => {
    const sentRow = row('Ada Lovelace', 'ada@example.com');
    const sent: BulkRow = {
      ...sentRow,
      delivery: {
        state: 'sent',
        userId: 'u-1',
        input: { fullName: 'Ada Lovelace', email: 'ada@example.com', userId: undefined, delivery: { method: 'contacts' } },
      },
    };
    const earlier = row('Ada Again', 'ada@example.com');
    const result = assessRows([earlier, sent], new Map());
    expect(result.get(earlier.id)).to.include({ status: 'duplicate', duplicateOf: sent.id });
    expect(result.get(sent.id)).to.include({ status: 'sent' });
  });

  it('marks addresses the portal already holds, and shows failures only for the content that failed', () => {
    const existing = new Map<string, ExistingCheck>([
      ['email:giulia.rossi@example.com', { state: 'exists', name: 'Giulia Rossi' }],
      ['email:pending@example.com', { state: 'checking' }],
    ]);
    const known = row('Giulia', 'giulia.rossi@example.com');
    const pending = row('Pending', 'pending@example.com');
    const failed = row('Failed Once', 'failed@example.com');
    const request = assessRows([failed], new Map()).get(failed.id)!.request!;
    const failedRow: BulkRow = {
      ...failed,
      delivery: { state: 'failed', signature: signatureOf(request), message: 'Down.', fieldErrors: {} },
    };
    let result = assessRows([known, pending, failedRow], existing);
    expect(result.get(known.id)).to.include({ status: 'exists', existingName: 'Giulia Rossi' });
    expect(result.get(pending.id)).to.include({ status: 'ready', checking: true });
    expect(result.get(failed.id)).to.include({ status: 'failed', message: 'Down.' });
    result = assessRows([{ ...failedRow, fullName: 'Failed Twice' }], existing);
    expect(result.get(failed.id)).to.include({ status: 'ready' });
  });

  it('keeps a row’s idempotency key across retries of the same content and makes a new one when it changes', () => {
    const base = row('Ada Lovelace', 'ada@example.com');
    const request = assessRows([base], new Map()).get(base.id)!.request!;
    const first = keyFor(base, request);
    const withKey = { ...base, sendKey: first };
    expect(keyFor(withKey, request)).to.equal(first);
    const changed = assessRows([{ ...withKey, isAdministrator: true }], new Map()).get(base.id)!.request!;
    const second = keyFor(withKey, changed);
    expect(second.key).not.to.equal(first.key);
    expect(second.signature).not.to.equal(first.signature);
  });

  it('runs at most four sends at once, in order', async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    await runPool([1, 2, 3, 4, 5, 6, 7, 8, 9], 4, async (item) => {
      order.push(item);
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5 + (item % 3) * 5));
      running--;
    });
    expect(most).to.equal(4);
    expect(order).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('reads a conflict on the address as “already in the portal” and one on the User ID as the row’s to fix', () => {
    const describe = (error: InviteKitError) => error.message;
    const onAddress = interpretOutcome(
      { status: 'error', error: new InviteKitError('conflict', 'Taken.', { fieldErrors: { contact: 'Taken.' } }) },
      describe,
    );
    expect(onAddress.kind).to.equal('exists');
    const onUserId = interpretOutcome(
      { status: 'error', error: new InviteKitError('conflict', 'ID taken.', { fieldErrors: { userId: 'ID taken.' } }) },
      describe,
    );
    expect(onUserId).to.include({ kind: 'failed', message: 'ID taken.' });
    expect(interpretOutcome({ status: 'stale' }, describe).kind).to.equal('stale');
  });
});

describe('<internal-users-admin>: Bulk Invite', () => {
  it('shows a mixed paste as rows, each validated, with duplicates in the paste and in the portal flagged', async () => {
    const client = createMemoryClient();
    const el = await openBulk(client);
    await paste(el, [
      'Ada Lovelace <ada@example.com>',
      '+44 20 7946 0958 Alan Turing',
      'Grace Hopper <grace@example>',
      'ada@example.com',
      'Giulia Rossi <giulia.rossi@example.com>',
      'Katherine Johnson, katherine@example.com',
    ]);
    expect(rows(el)).to.have.length(6);
    await waitUntil(() => statuses(el)[4] === 'exists', 'the portal check answers');
    expect(statuses(el)).to.deep.equal(['ready', 'ready', 'invalid', 'duplicate', 'exists', 'ready']);
    expect(text(rowAt(el, 2).querySelector('[part~="error"]'))).to.equal('The part after the @ isn’t a valid domain, as in example.com.');
    expect(text(rowAt(el, 3))).to.contain('Row 1 has this email address or phone number too');
    expect(text(rowAt(el, 4))).to.contain('Giulia Rossi already uses this in the portal.');
    expect(text(rowAt(el, 4).querySelector('[part~="bulk-status"]'))).to.equal('Already in the portal');
    expect(text(one(el, '[part~="bulk-summary"]'))).to.equal('6 rows: 3 ready, 1 to fix, 1 duplicate, 1 already in the portal');
    expect(text(one(el, '[part~="send-button"]'))).to.equal('Send 3 Invitations');
    // The paste box empties, and focus goes to the first field needing a fix.
    expect(one<HTMLTextAreaElement>(el, '#bulk-paste').value).to.equal('');
    expect((deepActive() as HTMLInputElement).value).to.equal('grace@example');
    const invalid = rowAt(el, 2).querySelector<HTMLInputElement>('[data-field="contact"]')!;
    expect(invalid.getAttribute('aria-invalid')).to.equal('true');
    expect(invalid.getAttribute('aria-label')).to.equal('Email Address or Phone Number, row 3');
    await expect(el).to.be.accessible();
  });

  it('lets a row be fixed in place: its status follows the edit', async () => {
    const el = await openBulk(createMemoryClient());
    await paste(el, ['Grace Hopper <grace@example>', 'Alan Turing 7946 0958']);
    expect(statuses(el)).to.deep.equal(['invalid', 'invalid']);
    expect(text(rowAt(el, 1).querySelector('[part~="error"]'))).to.contain('Start the phone number with +');
    await edit(el, 0, 'contact', 'grace@example.com');
    await edit(el, 1, 'contact', '+44 20 7946 0958');
    expect(statuses(el)).to.deep.equal(['ready', 'ready']);
    expect(rowAt(el, 0).querySelector('[part~="error"]')).to.equal(null);
  });

  it('invites twenty people from one paste by keyboard alone, two bad lines fixed in place', async function () {
    this.timeout(90_000);
    const client = createMemoryClient();
    const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${client}></internal-users-admin>`);
    const bulkButton = await waitUntil(() => shadow(el).querySelector('[part~="bulk-invite-button"]')).then(() =>
      one(el, '[part~="bulk-invite-button"]'),
    );
    bulkButton.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'bulk-paste', 'focus starts in the paste box');
    const lines = Array.from({ length: 20 }, (_, i) => `P${i + 1} Person <p${i + 1}@example.com>`);
    lines[4] = 'P5 Person <p5@example>';
    lines[13] = 'P14 Person 7946 0958';
    for (const [index, line] of lines.entries()) {
      await sendKeys({ type: line });
      if (index < lines.length - 1) await sendKeys({ press: 'Enter' });
    }
    await tabTo((active) => active?.getAttribute('part')?.includes('add-rows-button') ?? false);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => rows(el).length === 20, 'twenty rows');
    expect(statuses(el).filter((status) => status === 'invalid')).to.have.length(2);

    // Focus is on the first bad field: fix it, then Tab on to the second one and fix that.
    await waitUntil(() => (deepActive() as HTMLInputElement | null)?.value === 'p5@example', 'focus on the first problem');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: '.com' });
    const second = rowAt(el, 13).querySelector<HTMLInputElement>('[data-field="contact"]')!;
    await tabTo((active) => active === second);
    await sendKeys({ press: 'Home' });
    await sendKeys({ type: '+44 20 ' });
    await el.updateComplete;
    expect(statuses(el).every((status) => status === 'ready')).to.equal(true);

    await tabTo((active) => active?.getAttribute('part')?.includes('send-button') ?? false);
    expect(text(deepActive())).to.equal('Send 20 Invitations');
    const done = oneEvent(el, 'bulk-invite-sent') as Promise<BulkInviteSentEvent>;
    await sendKeys({ press: 'Enter' });
    const finished = await done;
    expect(finished.bubbles && finished.composed).to.equal(true);
    const { detail } = finished;
    expect(detail.sent).to.have.length(20);
    expect(detail.failed).to.deep.equal([]);
    expect(sentTo(client)).to.have.members([...lines.map((_, i) => (i === 13 ? '+442079460958' : `p${i + 1}@example.com`))]);
    await el.updateComplete;
    expect(statuses(el).every((status) => status === 'sent')).to.equal(true);
    expect(text(one(el, '[part~="bulk-result"]'))).to.equal('20 invitations sent.');
    await waitUntil(() => deepActive() === one(el, '[part~="bulk-result"]'), 'focus on the outcome');
    await expect(el).to.be.accessible();
  });

  it('reports per row what failed, keeps failed rows for a retry with the same keys, and never sends a row twice', async () => {
    const client = createMemoryClient();
    const keys = recordKeys(client);
    const el = await openBulk(client);
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `Person ${letter.toUpperCase()} <${letter}@example.com>`);
    await paste(el, people);
    await waitUntil(() => statuses(el).every((status) => status === 'ready'));
    client.failNext('inviteInternalUser', 'network', { times: 2 });
    const first = await send(el);
    expect(first.sent).to.have.length(4);
    expect(first.failed.map((failure) => failure.error.code)).to.deep.equal(['network', 'network']);
    await el.updateComplete;
    expect(statuses(el)).to.deep.equal(['failed', 'failed', 'sent', 'sent', 'sent', 'sent']);
    expect(text(rowAt(el, 0).querySelector('[part~="bulk-failure"]'))).to.equal(
      'Couldn’t reach the server. Check your connection and try again.',
    );
    expect(text(one(el, '[part~="bulk-result"]'))).to.contain('4 invitations sent.');
    expect(text(one(el, '[part~="bulk-result"]'))).to.contain('2 failed and stay in the list');
    expect(text(one(el, '[part~="retry-failed-button"]'))).to.equal('Retry 2 Failed');
    // Sent rows are locked: no fields, no remove button.
    expect(rowAt(el, 2).querySelector('input[data-field]')).to.equal(null);
    expect(rowAt(el, 2).querySelector('[part~="remove-row-button"]')).to.equal(null);
    await expect(el).to.be.accessible();

    const retried = await send(el, 'retry-failed-button');
    expect(retried.sent.map((sent) => sent.input.email)).to.deep.equal(['a@example.com', 'b@example.com']);
    expect(statuses(el)).to.deep.equal(['sent', 'sent', 'sent', 'sent', 'sent', 'sent']);
    // Each row's retry reused its key; the backend sent exactly one invitation per person.
    expect(keys.get('a@example.com')).to.have.length(2);
    expect(new Set(keys.get('a@example.com')).size).to.equal(1);
    expect(keys.get('c@example.com')).to.have.length(1);
    expect(sentTo(client).sort()).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `${letter}@example.com`));

    // Nothing is left to send: pressing Send again sends nothing.
    const calls = client.callCount('inviteInternalUser');
    one(el, '[part~="send-button"]').click();
    await el.updateComplete;
    expect(client.callCount('inviteInternalUser')).to.equal(calls);
  });

  it('retries a row whose answer was lost with the same key, so the backend does not invite twice', async () => {
    const client = createMemoryClient();
    const invite = client.inviteInternalUser.bind(client);
    let lost = false;
    client.inviteInternalUser = async (input, options) => {
      const result = await invite(input, options);
      if (!lost && input.email === 'lost@example.com') {
        lost = true;
        throw new InviteKitError('network', 'The connection dropped.');
      }
      return result;
    };
    const el = await openBulk(client);
    await paste(el, ['Lost Answer <lost@example.com>']);
    await waitUntil(() => statuses(el)[0] === 'ready');
    const first = await send(el);
    expect(first.failed).to.have.length(1);
    const retried = await send(el, 'retry-failed-button');
    expect(retried.sent).to.have.length(1);
    expect(sentTo(client).filter((to) => to === 'lost@example.com')).to.have.length(1);
  });

  it('shows per-field errors from a failed row, and sends the edited row as a new invitation', async () => {
    const client = createMemoryClient();
    const keys = recordKeys(client);
    const el = await openBulk(client);
    await paste(el, ['Ada Lovelace <ada@example.com>']);
    await waitUntil(() => statuses(el)[0] === 'ready');
    client.failNext('inviteInternalUser', 'validation', { fieldErrors: { fullName: 'validation.fullNameInvalidCharacters' } });
    await send(el);
    expect(statuses(el)).to.deep.equal(['failed']);
    const nameInput = rowAt(el, 0).querySelector<HTMLInputElement>('[data-field="fullName"]')!;
    expect(nameInput.getAttribute('aria-invalid')).to.equal('true');
    expect(text(rowAt(el, 0).querySelector(`#${nameInput.id}-error`))).to.contain('can’t contain');
    await edit(el, 0, 'fullName', 'Augusta Ada King');
    expect(statuses(el)).to.deep.equal(['ready']);
    await send(el);
    const [firstKey, secondKey] = keys.get('ada@example.com')!;
    expect(secondKey).not.to.equal(firstKey);
    expect(statuses(el)).to.deep.equal(['sent']);
  });

  it('turns a conflict from the backend into “already in the portal”, not a failure to retry', async () => {
    const client = createMemoryClient();
    const el = await openBulk(client);
    // A client's address: the internal-users check can't see it, the backend refuses it.
    await paste(el, ['Olivia Bennett <olivia@bennett-legal.example>', 'New Person <new@example.com>']);
    await waitUntil(() => statuses(el).every((status) => status === 'ready'));
    const detail = await send(el);
    expect(detail.alreadyInPortal).to.equal(1);
    expect(detail.sent).to.have.length(1);
    expect(statuses(el)).to.deep.equal(['exists', 'sent']);
    expect(shadow(el).querySelector('[part~="retry-failed-button"]')).to.equal(null);
    expect(text(one(el, '[part~="bulk-result"]'))).to.contain('1 was already in the portal.');
  });

  it('sends each row once even when Send is pressed twice', async () => {
    const client = createMemoryClient({ latency: 30 });
    const el = await openBulk(client);
    await paste(el, ['One <one@example.com>', 'Two <two@example.com>', 'Three <three@example.com>']);
    await waitUntil(() => statuses(el).every((status) => status === 'ready'));
    const done = oneEvent(el, 'bulk-invite-sent');
    one(el, '[part~="send-button"]').click();
    await el.updateComplete;
    expect(statuses(el)).to.deep.equal(['sending', 'sending', 'sending']);
    expect(one(el, '[part~="send-button"]').getAttribute('aria-disabled')).to.equal('true');
    expect(text(one(el, '[part~="send-button"]'))).to.equal('Sending 3 invitations…');
    one(el, '[part~="send-button"]').click();
    await done;
    expect(client.callCount('inviteInternalUser')).to.equal(3);
    expect(sentTo(client)).to.have.length(3);
  });

  it('lets the host cancel a bulk send', async () => {
    const client = createMemoryClient();
    const el = await openBulk(client);
    await paste(el, ['One <one@example.com>']);
    await waitUntil(() => statuses(el)[0] === 'ready');
    const asked = oneEvent(el, 'bulk-invite-before-send') as Promise<BulkInviteBeforeSendEvent>;
    el.addEventListener('bulk-invite-before-send', (event) => event.preventDefault(), { once: true });
    one(el, '[part~="send-button"]').click();
    const request = await asked;
    expect(request.bubbles && request.composed && request.cancelable).to.equal(true);
    const { detail } = request;
    expect(detail.invitations.map((invitation) => invitation.email)).to.deep.equal(['one@example.com']);
    await el.updateComplete;
    expect(client.callCount('inviteInternalUser')).to.equal(0);
    expect(statuses(el)).to.deep.equal(['ready']);
  });

  it('reads a CSV with a header, with a per-row Administrator flag, and says so once sent', async () => {
    const client = createMemoryClient();
    const el = await openBulk(client);
    await paste(el, [
      'Full Name,Email,User ID,Administrator',
      'Ada Lovelace,ada@example.com,ada-l,yes',
      'Alan Turing,alan@example.com,,no',
    ]);
    await waitUntil(() => statuses(el).every((status) => status === 'ready'));
    const checkboxes = all(el, '[part~="administrator-checkbox"]') as HTMLInputElement[];
    expect(checkboxes.map((box) => box.checked)).to.deep.equal([true, false]);
    const detail = await send(el);
    const ada = detail.sent.find((sent) => sent.input.email === 'ada@example.com')!;
    expect(ada.input).to.include({ isAdministrator: true, userId: 'ada-l' });
    expect(ada.result.user.isAdministrator).to.equal(true);
    expect(detail.sent.find((sent) => sent.input.email === 'alan@example.com')!.result.user.isAdministrator).to.equal(false);
    await el.updateComplete;
    expect(text(rowAt(el, 0).querySelector('[part~="bulk-note"]'))).to.equal('Invited as an Administrator');
    expect(rowAt(el, 1).querySelector('[part~="bulk-note"]')).to.equal(null);
  });

  it('adds the paste to the list with Ctrl+Enter from the paste box', async () => {
    const el = await openBulk(createMemoryClient());
    await waitUntil(() => deepActive()?.id === 'bulk-paste');
    await sendKeys({ type: 'Ada Lovelace <ada@example.com>' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => rows(el).length === 1, 'one row');
    expect(one<HTMLTextAreaElement>(el, '#bulk-paste').value).to.equal('');
  });

  it('says when a paste holds nothing, and adds rows by hand', async () => {
    const el = await openBulk(createMemoryClient());
    await paste(el, ['   ', '']);
    expect(text(one(el, '#bulk-paste-notice'))).to.contain('Nothing to add');
    expect(one(el, '#bulk-paste').getAttribute('aria-invalid')).to.equal('true');
    expect(deepActive()?.id).to.equal('bulk-paste');
    one(el, '[part~="add-row-button"]').click();
    await el.updateComplete;
    await waitUntil(() => (deepActive() as HTMLElement | null)?.dataset.field === 'fullName', 'focus in the new row');
    expect(statuses(el)).to.deep.equal(['invalid']);
  });

  it('removes rows, moving focus to the next one, and clears sent rows', async () => {
    const el = await openBulk(createMemoryClient());
    await paste(el, ['One <one@example.com>', 'Two <two@example.com>', 'Three <three@example.com>']);
    all(el, '[part~="remove-row-button"]')[1]!.click();
    await waitUntil(() => rows(el).length === 2);
    expect(rows(el).map((row) => (row.querySelector('[data-field="fullName"]') as HTMLInputElement).value)).to.deep.equal(['One', 'Three']);
    await waitUntil(() => deepActive() === all(el, '[part~="remove-row-button"]')[1], 'focus on the next row');
    expect(deepActive()!.getAttribute('aria-label')).to.equal('Remove row 2');
    await waitUntil(() => statuses(el).every((status) => status === 'ready'));
    await send(el);
    one(el, '[part~="clear-sent-button"]').click();
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
    expect(text(one(el, '[part~="bulk-empty"]'))).to.contain('No rows yet');
  });

  describe('the portal check stays current', () => {
    const existsNote = (el: InternalUsersAdmin, index: number) => text(rowAt(el, index).querySelector('[part~="error"]'));

    /** Invites through the Invite dialog, as a person does: open it, fill it in, send. */
    async function inviteInDialog(el: InternalUsersAdmin, fullName: string, contact: string): Promise<void> {
      await el.show('invite');
      const form = one<InviteUserForm>(el, 'invite-user-form');
      await waitUntil(() => form.status !== 'checking', 'the form is ready');
      await form.updateComplete;
      for (const [id, value] of Object.entries({ fullName, contact })) {
        const input = form.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
        input.value = value;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      }
      const sent = oneEvent(el, 'invite-sent');
      form.submit();
      await sent;
    }

    it('knows whom this Bulk Invite just invited: pasted again, they are already in the portal', async () => {
      // No live updates: only what this Bulk Invite itself sent can tell it.
      const client = createMemoryClient({ capabilities: { liveUpdates: false } });
      const el = await openBulk(client);
      await paste(el, ['Ada Lovelace <ada@example.com>', 'Alan Turing +44 20 7946 0958']);
      await waitUntil(() => statuses(el).every((status) => status === 'ready'), 'the portal check answers');
      await send(el);
      one(el, '[part~="clear-sent-button"]').click();
      await el.updateComplete;
      await paste(el, ['Ada Lovelace <ADA@example.com>', '+44 20 7946 0958 A. Turing']);
      expect(statuses(el)).to.deep.equal(['exists', 'exists']);
      expect(existsNote(el, 0)).to.equal('Ada Lovelace already uses this in the portal.');
      expect(text(one(el, '[part~="send-button"]'))).to.equal('Send Invitations');
      expect(sentTo(client)).to.have.length(2);
    });

    it('knows whom the Invite dialog invited after Bulk Invite was opened, rows already pasted included', async () => {
      const client = createMemoryClient({ capabilities: { liveUpdates: false } });
      const el = await openBulk(client);
      await paste(el, ['Grace Hopper <grace@example.com>']);
      await waitUntil(() => statuses(el)[0] === 'ready', 'the portal check answers');
      await inviteInDialog(el, 'Grace Hopper', 'grace@example.com');
      await el.show('bulk-invite');
      expect(statuses(el)).to.deep.equal(['exists']);
      expect(existsNote(el, 0)).to.equal('Grace Hopper already uses this in the portal.');
      // And pasted again later, without asking the backend first.
      all(el, '[part~="remove-row-button"]')[0]!.click();
      await el.updateComplete;
      await paste(el, ['G. Hopper <GRACE@example.com>']);
      expect(statuses(el)).to.deep.equal(['exists']);
    });

    it('follows live updates: someone invited elsewhere turns “already in the portal” without a send', async () => {
      const client = createMemoryClient();
      const el = await openBulk(client);
      await paste(el, ['Zed Zimmer <zed@example.com>', 'Yara Young <yara@example.com>']);
      await waitUntil(() => statuses(el).every((status) => status === 'ready'), 'the portal check answers');
      await client
        .asViewer('u-jamal')
        .inviteInternalUser({ fullName: 'Zed Zimmer', email: 'zed@example.com', delivery: { method: 'contacts' } });
      await waitUntil(() => statuses(el)[0] === 'exists', 'the row learns of the invitation');
      expect(statuses(el)).to.deep.equal(['exists', 'ready']);
      expect(existsNote(el, 0)).to.equal('Zed Zimmer already uses this in the portal.');
    });

    it('asks again after being away from the page, when changes went unheard', async () => {
      const client = createMemoryClient();
      const el = await openBulk(client);
      await paste(el, ['Zed Zimmer <zed@example.com>']);
      await waitUntil(() => statuses(el)[0] === 'ready', 'the portal check answers');
      const place = el.parentElement!;
      el.remove();
      await client
        .asViewer('u-jamal')
        .inviteInternalUser({ fullName: 'Zed Zimmer', email: 'zed@example.com', delivery: { method: 'contacts' } });
      place.append(el);
      await el.show('bulk-invite');
      await waitUntil(() => statuses(el)[0] === 'exists', 'the row learns of the invitation');
    });
  });

  it('is accessible in the dark scheme with rows in every state', async () => {
    const client = createMemoryClient();
    const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin color-scheme="dark" .client=${client}></internal-users-admin>`);
    await waitUntil(() => shadow(el).querySelector('[part~="bulk-invite-button"]'));
    await el.show('bulk-invite');
    await paste(el, [
      'Ada <ada@example.com>',
      'Bad <bad@example>',
      'ada@example.com',
      'Giulia Rossi <giulia.rossi@example.com>',
      'Fails <fails@example.com>',
    ]);
    await waitUntil(() => statuses(el)[3] === 'exists');
    client.failNext('inviteInternalUser', 'unavailable');
    await send(el);
    expect(new Set(statuses(el))).to.deep.equal(new Set(['failed', 'invalid', 'duplicate', 'exists', 'sent']));
    await expect(el).to.be.accessible();
  });
});
