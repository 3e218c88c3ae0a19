/**
 * Guarantee: whatever a person types into any input of any element — and whatever a host
 * puts in an attribute — no script runs, nothing throws, what was typed stays in the field,
 * a rejection says specifically what is wrong, and an accepted value reaches the backend
 * exactly as normalised (and is shown normalised where it differs from what was typed).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nameProblem, normaliseDomain, normaliseName, parseContact, userIdProblem } from '../../src/client/contact.js';
import { createMemoryClient, DEMO_IDS } from '../../src/client/memory/memory-client.js';
import type { MemoryClient } from '../../src/client/memory/memory-client.js';
import { translate } from '../../src/i18n/format.js';
import '../../src/index.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { InternalUsersAdmin } from '../../src/internal-users-admin/internal-users-admin.js';
import type { InviteLinkSignUp } from '../../src/invite-link-sign-up/invite-link-sign-up.js';
import type { InviteUserForm } from '../../src/invite-user-form/invite-user-form.js';
import type { ShareInviteLink } from '../../src/share-invite-link/share-invite-link.js';
import type { WorkspaceJoinRequest } from '../../src/workspace-join-request/workspace-join-request.js';
import type { WorkspaceMembersPanel } from '../../src/workspace-members-panel/workspace-members-panel.js';
import { deepQuery, deepQueryAll, deepText, q, settle, textOf, typeInto } from '../fixtures/dom.js';
import type { StatusElement } from '../fixtures/dom.js';
import { HOSTILE_VALUES, describeHostile, hostileSample } from '../fixtures/hostile-strings.js';
import { scriptTrapForEachTest } from '../fixtures/script-trap.js';
import { tick, waitUntil } from '../fixtures/wait.js';

/** What an `<input>` holds after being given `value` (browsers drop line breaks from single-line fields). */
function asTyped(value: string): string {
  const probe = document.createElement('input');
  probe.value = value;
  return probe.value;
}

/** A row of the invitee pages' table of links and tokens (see `PAGES` there). */
interface InviteeLinkPage {
  name: string;
  /** Renders the page on the real link or token of `admin`'s portal, as a signed-out visitor; `real` is that link or token. */
  open(admin: MemoryClient): Promise<{ el: StatusElement; real: string }>;
  /** Puts a link or token into the page, as a host would. */
  give(el: StatusElement, value: string): void;
  /** The status while it looks the candidate up, and the one once it has opened it. */
  loading: string;
  opened: string;
  /** Where it says the candidate isn't valid, and the message it says it with. */
  says: { selector: string; key: string };
  /** What it must not offer for a candidate that isn't valid. */
  withholds: string;
  /** Whether the real one is given again at the end, and must open again. */
  reopens?: boolean;
}

describe('reliability: hostile input', () => {
  const trap = scriptTrapForEachTest();
  afterEach(function () {
    if ((this.currentTest?.duration ?? 0) > 2000)
      console.log(`slow: ${this.currentTest?.title.slice(0, 40)} ${this.currentTest?.duration} ms`);
  });

  describe('<invite-user-form>', () => {
    async function formFixture(client: MemoryClient) {
      const el = await fixture<InviteUserForm>(html`<invite-user-form .client=${client}></invite-user-form>`);
      await waitUntil(() => q(el, '#fullName'), 'the form is ready');
      return el;
    }

    async function fill(el: InviteUserForm, values: { fullName: string; contact: string; userId?: string }) {
      for (const [field, value] of Object.entries(values)) typeInto(q<HTMLInputElement>(el, `#${field}`)!, value, { blur: true });
      await el.updateComplete;
    }

    async function submit(el: InviteUserForm) {
      el.submit();
      await el.updateComplete;
      await waitUntil(() => el.status !== 'sending', 'the send finishes');
      await el.updateComplete;
    }

    /**
     * Hands every hostile string, with its label and index, to `check` on one form over an
     * empty portal, reset before each string; then no script may have run.
     */
    async function eachHostileValue(
      check: (el: InviteUserForm, client: MemoryClient, value: string, label: string, index: number) => Promise<void>,
    ) {
      const client = createMemoryClient({ seed: 'empty' });
      const el = await formFixture(client);
      for (const [index, value] of HOSTILE_VALUES.entries()) {
        el.reset();
        await el.updateComplete;
        await check(el, client, value, describeHostile(value), index);
      }
      expect(trap.check(el)).to.deep.equal([]);
    }

    it('every string as the contact: kept as typed, a specific message or the normalised address — and exactly that reaches the backend', async function () {
      this.timeout(60_000);
      const invited = new Set<string>();
      await eachHostileValue(async (el, client, value, label) => {
        await fill(el, { fullName: 'Ada Lovelace', contact: value });
        const input = q<HTMLInputElement>(el, '#contact')!;
        expect(input.value, label).to.equal(asTyped(value));
        expect(el.getDraft().contact, label).to.equal(asTyped(value));
        const parsed = parseContact(asTyped(value));
        const error = textOf(el, '[part~="field-contact"] [part~="error"]');
        if (!parsed.ok) {
          // Nothing typed is not wrong yet: "required" waits for the send.
          expect(error, label).to.equal(asTyped(value).trim() ? translate('en', parsed.error) : '');
          const before = client.callCount('inviteInternalUser');
          await submit(el);
          expect(client.callCount('inviteInternalUser'), `${label}: nothing sent`).to.equal(before);
          expect(q<HTMLInputElement>(el, '#contact')!.value, `${label}: still as typed`).to.equal(asTyped(value));
          expect(textOf(el, '[part~="field-contact"] [part~="error"]'), label).to.equal(
            translate('en', asTyped(value).trim() ? parsed.error : 'validation.contactRequired'),
          );
          return;
        }
        expect(error, label).to.equal('');
        if (parsed.value !== asTyped(value).trim())
          expect(textOf(el, '#contact-preview'), `${label}: normalised visibly`).to.include(parsed.value);
        const sentBefore = client.sentInvitations.length;
        await submit(el);
        if (invited.has(parsed.value)) {
          // Another spelling of an address already invited: the portal says so, and the field keeps what was typed.
          expect(el.status, label).to.equal('conflict');
          expect(q<HTMLInputElement>(el, '#contact')!.value, label).to.equal(asTyped(value));
          expect(client.sentInvitations.length).to.equal(sentBefore);
          return;
        }
        invited.add(parsed.value);
        expect(el.status, label).to.equal('sent');
        expect(client.sentInvitations.length, label).to.equal(sentBefore + 1);
        expect(client.sentInvitations.at(-1)!.to, label).to.equal(parsed.value);
        expect(textOf(el, '[part~="result-message"]'), label).to.include(parsed.value);
      });
    });

    it('every string as the full name: kept as typed, a specific message or sent normalised', async function () {
      this.timeout(60_000);
      await eachHostileValue(async (el, client, value, label, index) => {
        await fill(el, { fullName: value, contact: `person${index}@example.com` });
        expect(q<HTMLInputElement>(el, '#fullName')!.value, label).to.equal(asTyped(value));
        const name = normaliseName(asTyped(value));
        const problem = nameProblem(name);
        const sentBefore = client.sentInvitations.length;
        await submit(el);
        if (problem) {
          expect(client.sentInvitations.length, label).to.equal(sentBefore);
          expect(textOf(el, '[part~="field-fullName"] [part~="error"]'), label).to.equal(translate('en', problem));
          expect(q<HTMLInputElement>(el, '#fullName')!.value, label).to.equal(asTyped(value));
          return;
        }
        expect(el.status, label).to.equal('sent');
        expect(client.sentInvitations.at(-1)!.fullName, label).to.equal(name);
        expect(textOf(el, '[part~="result-message"]'), label).to.include(name.replace(/\s+/gu, ' '));
      });
    });

    it('every string as the User ID: kept as typed, a specific message or sent trimmed', async function () {
      this.timeout(60_000);
      await eachHostileValue(async (el, client, value, label, index) => {
        await fill(el, { fullName: 'Ada Lovelace', contact: `user${index}@example.com`, userId: value });
        expect(q<HTMLInputElement>(el, '#userId')!.value, label).to.equal(asTyped(value));
        const trimmed = asTyped(value).trim();
        const problem = trimmed ? userIdProblem(trimmed) : null;
        await submit(el);
        if (problem) {
          expect(textOf(el, '[part~="field-userId"] [part~="error"]'), label).to.equal(translate('en', problem));
          return;
        }
        // A User ID someone already has is a conflict the portal reports; otherwise it is stored trimmed.
        expect(['sent', 'conflict', 'failed'], label).to.include(el.status);
        if (el.status === 'sent') {
          const stored = (await client.listInternalUsers({ limit: 500 })).items.find((user) => user.email === `user${index}@example.com`);
          expect(stored?.userId, label).to.equal(trimmed || undefined);
        } else {
          expect(deepText(el), label).to.match(/already|conflict|exists|taken|use/iu);
        }
      });
    });
  });

  describe('<workspace-members-panel>', () => {
    it('the filter takes every string: kept as typed, nothing breaks, an empty result offers to clear', async function () {
      this.timeout(60_000);
      const client = createMemoryClient();
      const el = await fixture<WorkspaceMembersPanel>(
        html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.groupWorkspaceId}></workspace-members-panel>`,
      );
      // The filter is there while the members load, disabled: usable once they are in.
      await waitUntil(() => q(el, '#filter:enabled'), 'the panel loads');
      let matchedNobody = 0;
      for (const value of HOSTILE_VALUES) {
        const filter = q<HTMLInputElement>(el, '#filter')!;
        typeInto(filter, value);
        await el.updateComplete;
        expect(q<HTMLInputElement>(el, '#filter')!.value, describeHostile(value)).to.equal(asTyped(value));
        // Either some members match and the list shows, or the empty result offers to clear the filter.
        if (q(el, '[part="empty"]')) {
          matchedNobody++;
          expect(textOf(el, '[part="empty"]'), describeHostile(value)).to.include('Clear');
        } else {
          expect(q(el, '.list'), `${describeHostile(value)}: the list`).to.exist;
        }
      }
      expect(matchedNobody, 'strings that match nobody').to.be.above(0);
      await tick(50);
      expect(trap.check(el)).to.deep.equal([]);
    });

    it('the "+ Invite Members" search and new-client form take hostile strings: the backend gets exactly what is shown', async function () {
      this.timeout(60_000);
      const client = createMemoryClient();
      const el = await fixture<WorkspaceMembersPanel>(
        html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.groupWorkspaceId}></workspace-members-panel>`,
      );
      await waitUntil(() => q(el, '[part="invite-members-button"]'), 'the panel loads');
      q<HTMLButtonElement>(el, '[part="invite-members-button"]')!.click();
      const picker = await waitUntil(() => q(el, 'workspace-members-picker')).then(() => q(el, 'workspace-members-picker')!);
      await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const searched: string[] = [];
      const search = client.searchDirectory.bind(client);
      (client as { searchDirectory: MemoryClient['searchDirectory'] }).searchDirectory = (query, options) => {
        searched.push(query.query);
        return search(query, options);
      };
      for (const value of hostileSample(2)) {
        const searchedBefore = searched.length;
        const input = picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
        typeInto(input, value);
        await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await waitUntil(() => !deepText(picker).includes('Searching'), `the search for ${describeHostile(value)} settles`, {
          timeout: 3000,
        });
        expect(picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!.value, describeHostile(value)).to.equal(asTyped(value));
        // The backend is asked for what was typed, trimmed; nothing typed asks for nothing else.
        const asked = searched.slice(searchedBefore);
        if (asTyped(value).trim()) expect(asked.at(-1), describeHostile(value)).to.equal(asTyped(value).trim());
        else
          expect(
            asked.filter((query) => query !== ''),
            describeHostile(value),
          ).to.deep.equal([]);
      }
      // A query nobody matches offers a new client, prefilled with it.
      const offerNewClient = async () => {
        typeInto(picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!, 'Nobody Here At All');
        await (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await waitUntil(
          () => !deepText(picker).includes('Searching') && picker.shadowRoot!.querySelector('[part~="option-action"]'),
          'the new-client action appears',
          { timeout: 3000 },
        );
        picker.shadowRoot!.querySelector<HTMLElement>('[part~="option-action"]')!.click();
        await waitUntil(() => picker.shadowRoot!.querySelector('#new-contact'));
      };
      await offerNewClient();
      const pickerUpdate = () => (picker as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const chips = () => picker.shadowRoot!.querySelectorAll('[part~="chip"]').length;
      let n = 0;
      let accepted = 0;
      const acceptedContacts: string[] = [];
      // Each string as the name (with a good address), then as the address (with a good name).
      for (const [fullNameValue, contactValue] of hostileSample(2).flatMap((value) => [
        [value, `new${n++}@example.com`],
        ['Grace Hopper', value],
      ])) {
        const label = `${describeHostile(fullNameValue!)} / ${describeHostile(contactValue!)}`;
        typeInto(picker.shadowRoot!.querySelector<HTMLInputElement>('#new-fullName')!, fullNameValue!);
        typeInto(picker.shadowRoot!.querySelector<HTMLInputElement>('#new-contact')!, contactValue!);
        await pickerUpdate();
        picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="form-submit"]')!.click();
        await pickerUpdate();
        const nameProblemKey = nameProblem(normaliseName(asTyped(fullNameValue!)));
        const contactResult = parseContact(asTyped(contactValue!));
        if (!nameProblemKey && contactResult.ok) {
          // Became a chip, named as normalised; back to the search, then on to a new form for the next string.
          accepted++;
          acceptedContacts.push(contactResult.value);
          expect(chips(), label).to.equal(accepted);
          expect(picker.shadowRoot!.querySelectorAll('[part~="chip"]')[accepted - 1]!.textContent, label).to.include(
            normaliseName(asTyped(fullNameValue!)),
          );
          await offerNewClient();
          continue;
        }
        expect(picker.shadowRoot!.querySelector<HTMLInputElement>('#new-fullName')!.value, label).to.equal(asTyped(fullNameValue!));
        expect(picker.shadowRoot!.querySelector<HTMLInputElement>('#new-contact')!.value, label).to.equal(asTyped(contactValue!));
        const errors = [...picker.shadowRoot!.querySelectorAll('[part~="form-error"]')].map((node) => node.textContent!.trim());
        const expected = [nameProblemKey ?? undefined, contactResult.ok ? undefined : contactResult.error]
          .filter(Boolean)
          .map((key) => translate('en', key!));
        expect(errors, label).to.deep.equal(expected);
      }
      expect(accepted, 'some new clients were accepted').to.be.greaterThan(5);
      typeInto(picker.shadowRoot!.querySelector<HTMLInputElement>('#new-fullName')!, '');
      picker
        .shadowRoot!.querySelector<HTMLButtonElement>('[part~="form-submit"]')!
        .nextElementSibling!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await pickerUpdate();
      expect(chips()).to.equal(accepted);
      // Inviting the chips sends exactly the normalised people.
      const before = client.sentInvitations.length;
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="invite-button"]')!.click();
      await pickerUpdate();
      await waitUntil(
        () => picker.shadowRoot!.querySelector('[part~="picker-error"]') || client.sentInvitations.length > before,
        'the invitation answers',
        { timeout: 3000 },
      );
      // "+1 (415) 555-0123" is someone already in the demo portal: nobody is invited, every chip stays, the reason is given.
      expect(client.sentInvitations.length).to.equal(before);
      expect(chips()).to.equal(accepted);
      expect(deepText(picker)).to.include('already uses the phone number +14155550123');
      const taken = acceptedContacts.indexOf('+14155550123');
      const takenChip = picker.shadowRoot!.querySelectorAll('[part~="chip"]')[taken]!;
      takenChip.querySelector<HTMLButtonElement>('[part~="chip-remove-button"]')!.click();
      await pickerUpdate();
      picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="invite-button"]')!.click();
      const chosen = accepted - 1;
      await waitUntil(() => client.sentInvitations.length >= before + chosen, 'the invitations go out', { timeout: 3000 }).catch(() => {
        throw new Error(`the invitations did not go out (${client.sentInvitations.length - before} of ${chosen}): ${deepText(picker)}`);
      });
      expect(client.sentInvitations.length).to.equal(before + chosen);
      for (const sent of client.sentInvitations.slice(before)) {
        expect(nameProblem(sent.fullName)).to.equal(null);
        expect(parseContact(sent.to)).to.deep.include({ ok: true, value: sent.to });
      }
      await tick(50);
      expect(trap.check(el)).to.deep.equal([]);
    });
  });

  describe('<internal-users-admin>', () => {
    it('the search takes hostile strings: sent trimmed, shown verbatim as text', async () => {
      const client = createMemoryClient();
      const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${client}></internal-users-admin>`);
      await waitUntil(() => q(el, '#search') && q(el, '[part~="table"]'), 'the list loads');
      for (const value of hostileSample(2)) {
        typeInto(q<HTMLInputElement>(el, '#search')!, value);
        (el as unknown as { list: { search(value: string, now: boolean): void } }).list.search(
          q<HTMLInputElement>(el, '#search')!.value,
          true,
        );
        const list = (el as unknown as { list: { busy: boolean; shownQuery: string } }).list;
        await waitUntil(() => !list.busy && list.shownQuery === asTyped(value).trim(), describeHostile(value), { timeout: 3000 });
        await el.updateComplete;
        expect(q<HTMLInputElement>(el, '#search')!.value, describeHostile(value)).to.equal(asTyped(value));
        const query = asTyped(value).trim();
        if (query && q(el, '[part="empty"]'))
          expect(textOf(el, '[part="empty"]'), describeHostile(value)).to.include(query.replace(/\s+/gu, ' '));
      }
      expect(trap.check(el)).to.deep.equal([]);
    });

    it('Bulk Invite takes the whole corpus as one paste: every row is ready or says what is wrong, and only ready rows are sent, normalised', async function () {
      this.timeout(60_000);
      const client = createMemoryClient();
      const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${client}></internal-users-admin>`);
      await waitUntil(() => q(el, '[part~="bulk-invite-button"]'), 'the admin loads');
      await el.show('bulk-invite');
      await settle(el);
      const paste = q<HTMLTextAreaElement>(el, '#bulk-paste')!;
      const lines = HOSTILE_VALUES.map((value, index) => `${value.replace(/[\r\n]+/gu, ' ')} person${index}@example.com`);
      paste.value = lines.join('\n');
      paste.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      q<HTMLButtonElement>(el, '[part~="add-rows-button"]')!.click();
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="bulk-row"]').length > 0, 'rows appear', { timeout: 5000 });
      await waitUntil(() => !deepText(el).includes('Checking'), 'the portal checks finish', { timeout: 10_000 });
      await el.updateComplete;
      const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="bulk-row"]')];
      expect(rows.length).to.be.greaterThan(200);
      for (const row of rows) {
        const status = row.dataset.status!;
        const errors = [...row.querySelectorAll('[part~="error"]')].map((node) => node.textContent!.trim());
        if (status === 'ready') continue;
        expect(
          errors.length || row.querySelector('[part~="bulk-note"]'),
          `row ${row.querySelector('[part~="bulk-row-number"]')?.textContent?.trim()} (${status}) says why`,
        ).to.be.ok;
        for (const error of errors) expect(error, 'a message, not a key').not.to.match(/^[a-z]+\.[a-zA-Z.]+$/u);
      }
      const ready = rows.filter((row) => row.dataset.status === 'ready').length;
      expect(ready).to.be.greaterThan(50);
      const before = client.sentInvitations.length;
      q<HTMLButtonElement>(el, '[part~="send-button"]')!.click();
      await waitUntil(() => client.sentInvitations.length >= before + ready, 'every ready row is sent', { timeout: 20_000 });
      await tick(100);
      expect(client.sentInvitations.length).to.equal(before + ready);
      for (const sent of client.sentInvitations.slice(before)) {
        expect(nameProblem(sent.fullName), sent.fullName).to.equal(null);
        expect(parseContact(sent.to), sent.to).to.deep.include({ ok: true, value: sent.to });
      }
      expect(trap.check(el)).to.deep.equal([]);
    });
    it('Bulk Invite’s row fields take hostile strings typed into them: kept as typed, ready or a specific message', async function () {
      this.timeout(30_000);
      const client = createMemoryClient();
      const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${client}></internal-users-admin>`);
      await waitUntil(() => q(el, '[part~="bulk-invite-button"]'), 'the admin loads');
      await el.show('bulk-invite');
      await settle(el);
      q<HTMLButtonElement>(el, '[part~="add-row-button"]')!.click();
      await waitUntil(() => q(el, '[part~="bulk-row"]'), 'a row');
      const row = () => q<HTMLElement>(el, '[part~="bulk-row"]')!;
      for (const value of hostileSample(2)) {
        for (const field of ['fullName', 'contact', 'userId'] as const) {
          const label = `${field} ${describeHostile(value)}`;
          typeInto(q<HTMLInputElement>(el, '[part~="bulk-row"] [data-field="fullName"]')!, field === 'fullName' ? value : 'Ada Lovelace');
          typeInto(
            q<HTMLInputElement>(el, '[part~="bulk-row"] [data-field="contact"]')!,
            field === 'contact' ? value : 'ada.bulk@example.com',
          );
          typeInto(q<HTMLInputElement>(el, '[part~="bulk-row"] [data-field="userId"]')!, field === 'userId' ? value : '');
          await el.updateComplete;
          await waitUntil(() => row().dataset.status !== 'checking' && !deepText(row()).includes('Checking'), label, { timeout: 3000 });
          expect(q<HTMLInputElement>(el, `[part~="bulk-row"] [data-field="${field}"]`)!.value, label).to.equal(asTyped(value));
          if (row().dataset.status !== 'ready') {
            const errors = [...row().querySelectorAll('[part~="error"]')].map((node) => node.textContent!.trim());
            expect(errors.length, `${label} (${row().dataset.status}) says why`).to.be.greaterThan(0);
            for (const error of errors) expect(error, label).not.to.match(/^[a-z]+\.[a-zA-Z.]+$/u);
          }
        }
      }
      expect(trap.check(el)).to.deep.equal([]);
    });
  });

  describe('<share-invite-link>', () => {
    it('the allowed-domain field takes hostile strings: added normalised, or a specific message with the text kept', async () => {
      const client = createMemoryClient();
      const el = await fixture<ShareInviteLink>(html`<share-invite-link .client=${client}></share-invite-link>`);
      await waitUntil(() => q(el, '#domain-input'), 'the settings load');
      q<HTMLDetailsElement>(el, '[part~="settings"]')!.open = true;
      for (const value of [...hostileSample(3), 'bücher.de', '@Example.COM', 'xn--bcher-kva.de']) {
        const label = describeHostile(value);
        typeInto(q<HTMLInputElement>(el, '#domain-input')!, value);
        await el.updateComplete;
        const before = (await client.getInviteLink()).allowedDomains;
        q<HTMLButtonElement>(el, '[part~="add-domain-button"]')!.click();
        await el.updateComplete;
        await tick(10);
        await el.updateComplete;
        const domain = normaliseDomain(asTyped(value));
        const after = (await client.getInviteLink()).allowedDomains;
        if (domain && !before.includes(domain)) {
          expect(after, `${label} → ${domain}: ${JSON.stringify(after)} / ${textOf(el, '[part~="settings"]')}`).to.include(domain);
          expect(
            deepQueryAll(el, '[part~="domain"] > span').map((node) => node.textContent!.trim()),
            label,
          ).to.include(domain);
        } else {
          expect(after, label).to.deep.equal(before);
          expect(q<HTMLInputElement>(el, '#domain-input')!.value, label).to.equal(asTyped(value));
          expect(textOf(el, '#domain-error'), label).to.have.length.greaterThan(10);
        }
      }
      expect(trap.check(el)).to.deep.equal([]);
    });
  });

  describe('the invitee pages: whatever link or token a page is opened with', () => {
    /** Every hostile string, and each glued onto a real link or token (what a mangled paste or a tampered address gives). */
    async function candidates(real: string): Promise<string[]> {
      return [...HOSTILE_VALUES, ...hostileSample(1).map((value) => `${real}${value}`), `${real}/../../admin`, real.slice(0, -1)];
    }
    /** The real one with spaces around, or with a query, fragment or trailing path after it: what a page may still open. */
    const benign = (candidate: string, real: string) => {
      const trimmed = candidate.trim();
      return trimmed === real || (trimmed.startsWith(real) && /^[?#/]/u.test(trimmed.slice(real.length)));
    };

    /**
     * One row per page: how it opens on the real link or token, how a candidate is put in,
     * the statuses it passes through, and where it says the candidate isn't valid (and what it must
     * then not offer). Every row goes through the same candidates in `it` below.
     */
    const PAGES: InviteeLinkPage[] = [
      {
        name: '<invite-link-sign-up> says the link isn’t valid, never throws, never shows a form',
        async open(admin) {
          const real = (await admin.getInviteLink()).url;
          const el = await fixture<InviteLinkSignUp>(
            html`<invite-link-sign-up .client=${admin.asViewer('signed-out')}></invite-link-sign-up>`,
          );
          return { el, real };
        },
        give: (el, link) => ((el as InviteLinkSignUp).link = link),
        loading: 'checking',
        // A tracking parameter or a trailing slash on the real link still opens it; anything else is unknown.
        opened: 'ready',
        says: { selector: '[part~="link-problem"]', key: 'signUp.unknown' },
        withholds: 'form',
      },
      {
        name: '<workspace-join-request> says the link isn’t valid, never throws, never shows a form',
        async open(admin) {
          const real = (await admin.getWorkspaceLink(DEMO_IDS.groupWorkspaceId)).url;
          const el = await fixture<WorkspaceJoinRequest>(
            html`<workspace-join-request .client=${admin.asViewer('signed-out')} link=${real}></workspace-join-request>`,
          );
          await waitUntil(() => el.status === 'editing', 'the real link opens');
          return { el, real };
        },
        give: (el, link) => ((el as WorkspaceJoinRequest).link = link),
        loading: 'loading',
        opened: 'editing',
        says: { selector: '[part~="heading"]', key: 'joinRequest.unknownTitle' },
        withholds: 'form',
      },
      {
        name: '<accept-invitation> says the invitation link isn’t valid, never throws, never offers to accept',
        async open(admin) {
          const { token } = await admin.inviteInternalUser({
            fullName: 'Ines Invitee',
            email: 'ines.input@example.com',
            delivery: { method: 'contacts' },
          });
          const el = await fixture<AcceptInvitation>(
            html`<accept-invitation .client=${admin.asViewer('signed-out')} token=${token!}></accept-invitation>`,
          );
          await waitUntil(() => el.status === 'pending', 'the real token opens');
          return { el, real: token! };
        },
        give: (el, token) => ((el as AcceptInvitation).token = token),
        loading: 'loading',
        opened: 'pending',
        says: { selector: '[part~="heading"]', key: 'acceptInvitation.unknownTitle' },
        withholds: '[part~="accept-button"]',
        // Given the real token again, it is the invitation again.
        reopens: true,
      },
    ];

    for (const row of PAGES) {
      it(row.name, async function () {
        this.timeout(120_000);
        const admin = createMemoryClient({ capabilities: { liveUpdates: false } });
        const { el, real } = await row.open(admin);
        for (const candidate of await candidates(real)) {
          const label = describeHostile(candidate);
          row.give(el, candidate);
          await el.updateComplete;
          await waitUntil(() => el.status !== row.loading, label);
          await el.updateComplete;
          if (el.status === row.opened) {
            expect(benign(candidate, real), `${label}: opened`).to.equal(true);
            continue;
          }
          expect(el.status, label).to.equal('unknown');
          expect(textOf(el, row.says.selector), label).to.equal(translate('en', row.says.key));
          expect(q(el, row.withholds), label).to.equal(null);
        }
        if (row.reopens) {
          row.give(el, real);
          await waitUntil(() => el.status === row.opened, 'back to the real one');
        }
        expect(trap.check(el)).to.deep.equal([]);
      });
    }
  });

  describe('attributes and properties a host sets', () => {
    it('hostile ids and labels are text, never markup, and unknown ids fail cleanly', async () => {
      const client = createMemoryClient();
      for (const value of hostileSample(1)) {
        const label = describeHostile(value);
        const host = await fixture<HTMLElement>(html`<div>
          <workspace-members-panel .client=${client} workspace-id=${value}></workspace-members-panel>
          <resend-invite-button .client=${client} workspace-id=${value} member-id=${value}></resend-invite-button>
          <resend-invite-button .client=${client} user-id=${value}></resend-invite-button>
          <share-invite-link .client=${client} heading=${value} label=${value}></share-invite-link>
          <invite-user-form .client=${client} submit-label=${value}></invite-user-form>
          <internal-users-admin .client=${client} heading=${value}></internal-users-admin>
          <invite-user-dialog .client=${client} heading=${value}></invite-user-dialog>
        </div>`);
        await settle(host);
        for (const button of deepQueryAll<HTMLButtonElement>(host, 'resend-invite-button'))
          button.shadowRoot!.querySelector('button')!.click();
        await tick(20);
        await settle(host);
        const panel = host.querySelector<WorkspaceMembersPanel>('workspace-members-panel')!;
        if (value.trim()) await waitUntil(() => q(panel, '[part~="error"]') || q(panel, '[part~="loading"]'), label);
        expect(trap.check(host), label).to.deep.equal([]);
        expect(deepQuery(host, 'script, iframe, object, embed'), label).to.equal(null);
      }
    });
  });
});
