/**
 * Guarantee: whatever the client returns — names, emails, phone numbers, User IDs, workspace
 * and team names, portal and inviter names on the invitee pages, allowed domains, recipients,
 * the backend's own error messages — is shown as
 * text: no script runs, nothing throws, every value is there in full (for assistive technology
 * and copying) while long text is cut off on screen, and nothing sticks out of the element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { InviteKitError } from '../../src/client/errors.js';
import { createMemoryClient, DEMO_IDS } from '../../src/client/memory/memory-client.js';
import type { MemoryClient } from '../../src/client/memory/memory-client.js';
import type { InviteClientOperation } from '../../src/client/invite-client.js';
import type { InternalUser, InvitationDetails, InviteLink, Workspace, WorkspaceLinkDetails } from '../../src/client/types.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { InviteLinkSignUp } from '../../src/invite-link-sign-up/invite-link-sign-up.js';
import type { WorkspaceJoinRequest } from '../../src/workspace-join-request/workspace-join-request.js';
import '../../src/index.js';
import type { InternalUsersAdmin } from '../../src/internal-users-admin/internal-users-admin.js';
import type { InviteProfileMenu } from '../../src/invite-profile-menu/invite-profile-menu.js';
import type { InviteUserForm } from '../../src/invite-user-form/invite-user-form.js';
import type { ResendInviteButton } from '../../src/resend-invite-button/resend-invite-button.js';
import type { ShareInviteLink } from '../../src/share-invite-link/share-invite-link.js';
import type { WorkspaceMembersPanel } from '../../src/workspace-members-panel/workspace-members-panel.js';
import { rewritingResults, withOverrides } from '../fixtures/clients.js';
import { deepQuery, deepQueryAll, deepText, q, settle, typeInto } from '../fixtures/dom.js';
import type { StatusElement } from '../fixtures/dom.js';
import { HOSTILE_VALUES, describeHostile, hostileOf, hostileSample } from '../fixtures/hostile-strings.js';
import { isCutOff, overflowingElements, wordReadsLeftToRight } from '../fixtures/layout.js';
import { scriptTrapForEachTest } from '../fixtures/script-trap.js';
import { tick, waitUntil } from '../fixtures/wait.js';

const WIDTH = 720;
const pick = (index: number) => HOSTILE_VALUES[index % HOSTILE_VALUES.length]!;
const UNSAFE_IMAGES = [
  'javascript:__pwned("avatar")',
  'x" onerror="__pwned(\'avatar-attr\')',
  'data:text/html,<script>__pwned("avatar-data")</script>',
];

/** A page region of a fixed width to hold the element under test. */
async function inBox<T extends HTMLElement>(template: unknown, width = WIDTH): Promise<T> {
  const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  return box.firstElementChild as T;
}

function expectIntact(el: HTMLElement, label = el.localName): void {
  expect(overflowingElements(el), `${label}: something sticks out`).to.deep.equal([]);
  const box = el.parentElement!;
  expect(el.getBoundingClientRect().width, `${label}: wider than its box`).to.be.at.most(box.getBoundingClientRect().width + 1);
}

/** Every text a hostile value went into is there in full, and cut off on screen when it needs more room than there is. */
function expectShownInFull(element: Element | null | undefined, value: string, label: string, options: { oneLine?: boolean } = {}): void {
  expect(element, `${label}: rendered`).to.exist;
  if (options.oneLine) {
    const lineHeight = parseFloat(getComputedStyle(element!).lineHeight) || parseFloat(getComputedStyle(element!).fontSize) * 1.6;
    expect(element!.getBoundingClientRect().height, `${label}: one line, not a wall of text`).to.be.at.most(lineHeight * 2.5);
  }
  expect(element!.textContent, `${label}: in full`).to.include(value.replace(/^\s+|\s+$/gu, ''));
  expect(element!.getBoundingClientRect().width, `${label}: no wider than the page region`).to.be.at.most(WIDTH + 1);
  if (isCutOff(element!)) expect(['hidden', 'clip'], `${label}: cut off, not spilling`).to.include(getComputedStyle(element!).overflowX);
}

/** A row of the invitee pages' table (see `PAGES`). */
interface InviteePage<E extends StatusElement = StatusElement> {
  name: string;
  /** Renders the page over a client whose answers carry `value`; `base` is the backend behind it. */
  open(value: string, index: number): Promise<{ el: E; base: MemoryClient }>;
  /** The status once the page shows what the client answered. */
  opened: string;
  expectOpened(el: E, value: string, label: string): void;
  /** What the backend refuses the first send with; `quoted` when the page shows the backend's own words. */
  refusal: { operation: InviteClientOperation; error: (value: string) => InviteKitError; quoted: boolean };
  /** What is typed before sending, by field id. */
  fields(index: number): Record<string, string>;
  send(el: E): void;
  refused(el: E): boolean;
  retry(el: E): void;
  /** The status once the retry took. */
  done: string;
  expectDone(el: E, value: string, label: string): void;
}

/** Types a row by its element, for the table of all pages. */
const page = <E extends StatusElement>(row: InviteePage<E>) => row as unknown as InviteePage;

describe('reliability: hostile data from the client', () => {
  const trap = scriptTrapForEachTest();

  it('<internal-users-admin> shows every string of the corpus as names, emails, phones and User IDs', async function () {
    this.timeout(60_000);
    const base = createMemoryClient();
    const now = Date.now();
    const users: InternalUser[] = HOSTILE_VALUES.map((value, index) => ({
      id: `u-hostile-${index}`,
      fullName: value,
      email: pick(index + 1),
      ...(index % 5 === 0 ? { phone: pick(index + 2) } : {}),
      ...(index % 3 === 0 ? { userId: pick(index + 3) } : {}),
      ...(index % 7 === 0 ? { avatarUrl: UNSAFE_IMAGES[index % UNSAFE_IMAGES.length] } : {}),
      isAdministrator: index % 11 === 0,
      status: index % 4 === 0 ? 'invited' : 'active',
      ...(index % 4 === 0
        ? {
            invitation: {
              sentAt: new Date(now - 3_600_000).toISOString(),
              lastSentAt: new Date(now - 3_600_000).toISOString(),
              expiresAt: null,
            },
          }
        : {}),
    }));
    const client = withOverrides(base, {
      listInternalUsers: async () => ({ items: users, total: users.length }),
    });
    const el = await inBox<InternalUsersAdmin>(html`<internal-users-admin .client=${client} page-size="500"></internal-users-admin>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="row"]').length === users.length, 'every user is listed', {
      timeout: 10_000,
    });
    await settle(el);
    const rows = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="row"]')];
    rows.forEach((row, index) => {
      const user = users[index]!;
      const label = `row ${index} ${describeHostile(user.fullName)}`;
      expect(row.querySelector('[part~="name"]')!.textContent, label).to.equal(user.fullName);
      expect(row.querySelector('[part~="contact"]')!.textContent, label).to.include(user.email!.trim());
      if (user.userId) expect(row.querySelector('[part~="user-id"]')!.textContent, label).to.include(user.userId.trim());
    });
    // Long values are cut off, not stretched across (or off) the page.
    for (const [index, user] of users.entries()) {
      if (user.fullName.trim())
        expectShownInFull(rows[index]!.querySelector('[part~="name"]'), user.fullName, `name ${describeHostile(user.fullName)}`, {
          oneLine: true,
        });
    }
    expect(
      el.shadowRoot!.querySelector<HTMLElement>('[part~="table"]')!.getBoundingClientRect().width,
      'the table fits its region',
    ).to.be.at.most(WIDTH * 2);
    expectIntact(el);
    expect(trap.check(el)).to.deep.equal([]);
  });

  it('<workspace-members-panel> shows hostile member, team, request and workspace names as text, cut off when long, with no override leaking', async function () {
    this.timeout(60_000);
    const strings = [...hostileSample(3), ...hostileOf('bidi-and-invisible'), ...hostileOf('very-long')];
    for (let start = 0; start < strings.length; start += 8) {
      const chunk = strings.slice(start, start + 8);
      let n = 0;
      const next = () => chunk[n++ % chunk.length]!;
      const client = rewritingResults(createMemoryClient(), (key) => {
        if (key === 'fullName' || key === 'email' || key === 'name') return next();
        if (key === 'avatarUrl') return UNSAFE_IMAGES[0];
        return undefined;
      });
      const el = await inBox<WorkspaceMembersPanel>(
        html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.groupWorkspaceId}></workspace-members-panel>`,
      );
      // Whatever sits above the list (a long join request, say), the rows render once it is on screen.
      await waitUntil(() => q(el, '.list'), 'the list renders', { timeout: 5000 });
      q(el, '.list')!.scrollIntoView();
      await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="listitem"]').length > 0, 'rows render', { timeout: 5000 }).catch(() => {
        throw new Error(
          `no rows for ${chunk.map((value) => describeHostile(value)).join(', ')}: ${overflowingElements(el).slice(0, 8).join('\n')} list=${JSON.stringify(q(el, '.list')?.getBoundingClientRect())} host=${JSON.stringify(el.getBoundingClientRect())} vh=${innerHeight} text=${deepText(el).slice(0, 100)}`,
        );
      });
      await settle(el);
      for (const row of el.shadowRoot!.querySelectorAll<HTMLElement>('[role="listitem"]')) {
        const name = row.querySelector<HTMLElement>('[part~="name"]')!;
        const label = `row ${describeHostile(name.textContent ?? '')}`;
        expect(
          chunk.some((value) => name.textContent === value),
          `${label}: the name as given`,
        ).to.equal(true);
        expectShownInFull(name, name.textContent ?? '', label, { oneLine: true });
        expectShownInFull(row.querySelector('[part~="details"]'), '', `${label} details`, { oneLine: true });
        // The role after a name or address that carries a right-to-left override still reads as written.
        // Every row shows one role and one type badge: each must be found (and laid out) to be checked.
        const details = row.querySelector<HTMLElement>('[part~="details"]')!;
        const roles = ['Editor', 'Viewer', 'Owner'].filter((role) => wordReadsLeftToRight(details, role) !== undefined);
        expect(roles, `${label}: its role is shown`).to.have.lengthOf.at.least(1);
        for (const role of roles) expect(wordReadsLeftToRight(details, role), `${label}: "${role}" reads left to right`).to.equal(true);
        const badge = row.querySelector<HTMLElement>('[part~="type-badge"]');
        expect(badge, `${label}: its type badge`).to.exist;
        const types = ['Internal', 'Client', 'Team'].filter((type) => wordReadsLeftToRight(badge!, type) !== undefined);
        expect(types, `${label}: its type is shown`).to.have.lengthOf.at.least(1);
        for (const type of types)
          expect(wordReadsLeftToRight(badge!, type), `${label}: the "${type}" badge reads left to right`).to.equal(true);
      }
      // The group workspace has one join request: its name is hostile too.
      expect(el.shadowRoot!.querySelectorAll('[part~="join-request"]'), 'the join request').to.have.lengthOf(1);
      for (const request of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="join-request"]')) {
        const name = request.querySelector<HTMLElement>('[part~="name"]')!;
        expect(
          chunk.some((value) => name.textContent === value),
          describeHostile(name.textContent ?? ''),
        ).to.equal(true);
        expectShownInFull(name, name.textContent ?? '', `join request ${describeHostile(name.textContent ?? '')}`, { oneLine: true });
        expectShownInFull(
          request.querySelector('[part~="details"]'),
          '',
          `join request details ${describeHostile(name.textContent ?? '')}`,
          { oneLine: true },
        );
      }
      expectIntact(el, `panel with ${chunk.map((value) => describeHostile(value)).join(', ')}`);
      expect(trap.check(el)).to.deep.equal([]);
      el.parentElement!.remove();
    }
  });

  describe('a right-to-left override in client data never turns the words around it', () => {
    /** Overrides and embeddings, unterminated, and one with a stray isolate closer trying to escape first. */
    const SPOOFS = ['Bob\u202Egnp.exe', '\u202Eadmin@example.com', '\u202Bright to left', '\u2069\u202Eescaped@example.com'];

    for (const spoof of SPOOFS) {
      it(`${describeHostile(spoof)} in member names and addresses, requests, search results and messages`, async function () {
        this.timeout(20_000);
        const base = createMemoryClient({ capabilities: { liveUpdates: false } });
        const client = rewritingResults(base, (key) => (key === 'fullName' || key === 'email' ? spoof : undefined));
        const el = await inBox<WorkspaceMembersPanel>(
          html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.flowWorkspaceId} resend-cooldown="0"></workspace-members-panel>`,
        );
        await waitUntil(() => el.shadowRoot!.querySelectorAll('[role="listitem"]').length > 0, 'rows render');
        await settle(el);
        const problems: string[] = [];
        // Each place is checked only where one of its words is found and laid out: a place where none is
        // (the words changed, the node is missing) is a problem too, not a check that silently passes.
        const check = (root: Element | null | undefined, words: string[], where: string) => {
          const found = root ? words.filter((word) => wordReadsLeftToRight(root, word) !== undefined) : [];
          if (!found.length) problems.push(`none of ${words.join(', ')} shown in ${where}`);
          for (const word of found) if (!wordReadsLeftToRight(root!, word)) problems.push(`"${word}" in ${where}`);
        };
        expect(el.shadowRoot!.querySelectorAll('[part~="join-request"]'), 'the join requests').to.have.lengthOf(2);
        for (const row of el.shadowRoot!.querySelectorAll('[role="listitem"]')) {
          check(row.querySelector('[part~="details"]'), ['Editor', 'Viewer', 'Owner'], 'a member row');
          check(row.querySelector('[part~="type-badge"]'), ['Internal', 'Client'], 'a type badge');
        }
        for (const request of el.shadowRoot!.querySelectorAll('[part~="join-request"]'))
          check(request, ['Asked', 'Approve', 'Decline'], 'a join request');
        // A resend names the person in a sentence.
        const trigger = el.shadowRoot!.querySelector<HTMLElement>(`[data-key="member:${DEMO_IDS.notJoinedMemberId}"] [data-menu-trigger]`)!;
        trigger.click();
        await waitUntil(() => q(el, '#invitation-menu resend-invite-button'), 'the menu opens');
        const resend = q<ResendInviteButton>(el, '#invitation-menu resend-invite-button')!;
        await resend.resend();
        await resend.updateComplete;
        check(resend.shadowRoot!.querySelector('[part~="status"]'), ['Invitation', 'just'], 'the resend status');
        trigger.click();
        // Search results: an address followed by the person's type.
        q<HTMLButtonElement>(el, '[part="invite-members-button"]')!.click();
        await settle(el);
        const picker = q(el, 'workspace-members-picker')!;
        typeInto(picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!, 'a');
        await tick(260);
        await waitUntil(() => picker.shadowRoot!.querySelector('[part~="option"]:not([part~="option-action"])'), 'results');
        for (const option of picker.shadowRoot!.querySelectorAll('[part~="option"]'))
          check(option, ['Internal', 'Client'], 'a search result');
        expect(problems).to.deep.equal([]);
        expect(trap.check(el)).to.deep.equal([]);
      });
    }
  });

  it('<invite-profile-menu> shows a hostile viewer as text, cut off when long', async () => {
    for (const value of [...hostileSample(2), ...hostileOf('very-long').slice(0, 4)]) {
      const label = describeHostile(value);
      const base = createMemoryClient();
      const viewer = await base.getViewer();
      const client = withOverrides(base, {
        getViewer: async () => ({ ...viewer, fullName: value, email: value, avatarUrl: UNSAFE_IMAGES[1] }),
      });
      const el = await inBox<InviteProfileMenu>(html`<invite-profile-menu .client=${client}></invite-profile-menu>`, 320);
      await settle(el);
      el.show();
      await el.updateComplete;
      await waitUntil(() => q(el, '[part~="viewer-name"]'), label);
      const name = q(el, '[part~="viewer-name"]')!;
      expect(name.textContent, label).to.equal(value);
      if (value.trim()) {
        expectShownInFull(name, value, label);
        expect(q(el, '[part~="panel"]')!.getBoundingClientRect().right, `${label}: the menu stays on screen`).to.be.at.most(innerWidth + 1);
      }
      expect(trap.check(el), label).to.deep.equal([]);
      el.close(false);
      el.parentElement!.remove();
    }
  });

  it('<invite-user-form> shows hostile workspace names, results and backend messages as text', async function () {
    this.timeout(30_000);
    for (const value of [...hostileSample(2), ...hostileOf('very-long').slice(0, 3)]) {
      const label = describeHostile(value);
      const base = createMemoryClient();
      const workspaces: Workspace[] = [{ id: 'ws-hostile', name: value, kind: 'group' }, ...(await base.listWorkspaces())];
      let n = 0;
      const client = rewritingResults(withOverrides(base, { listWorkspaces: async () => workspaces }), (key) =>
        key === 'fullName' || key === 'name' ? value : undefined,
      );
      const el = await inBox<InviteUserForm>(html`<invite-user-form .client=${client}></invite-user-form>`);
      await waitUntil(() => q(el, '#fullName'), label);
      // The backend refuses with its own words, twice: a message about a field and one about no field.
      base.failNext(
        'inviteInternalUser',
        new InviteKitError('validation', value || 'refused', { fieldErrors: { contact: value || 'bad', somethingElse: value || 'other' } }),
      );
      typeInto(q<HTMLInputElement>(el, '#fullName')!, 'Ada Lovelace');
      typeInto(q<HTMLInputElement>(el, '#contact')!, `ada${n++}@example.com`);
      q<HTMLInputElement>(el, 'input[value="workspace"]')!.click();
      await waitUntil(() => q(el, '#workspaceId'), `${label}: workspaces`);
      const option = [...q<HTMLSelectElement>(el, '#workspaceId')!.options].find((candidate) => candidate.value === 'ws-hostile')!;
      expect(option.textContent, label).to.equal(value);
      q<HTMLSelectElement>(el, '#workspaceId')!.value = 'ws-hostile';
      q<HTMLSelectElement>(el, '#workspaceId')!.dispatchEvent(new Event('change'));
      el.submit();
      await waitUntil(() => el.status === 'failed', `${label}: the refusal`);
      await el.updateComplete;
      if (value.trim()) expect(deepText(el), label).to.include(value.replace(/\s+/gu, ' ').trim().slice(0, 50));
      expectIntact(el, label);
      expect(trap.check(el), label).to.deep.equal([]);
      el.parentElement!.remove();
    }
  });

  it('<resend-invite-button> shows hostile recipients and messages as text', async () => {
    for (const value of hostileSample(2)) {
      const label = describeHostile(value);
      const base = createMemoryClient();
      const client = rewritingResults(base, (key) => (key === 'fullName' ? value : undefined));
      const el = await inBox<ResendInviteButton>(
        html`<resend-invite-button .client=${client} user-id=${DEMO_IDS.pendingUserId} cooldown="0"></resend-invite-button>`,
        320,
      );
      base.failNext('resendInvitation', new InviteKitError('permission', value || 'no'));
      await el.resend();
      await el.updateComplete;
      if (value.trim())
        expect(q(el, '[part~="error"]')!.textContent, label).to.include(
          value.trim().replace(/\s+/gu, ' ').slice(0, 30).trim() ? value.trim().slice(0, 20).trim() : '',
        );
      await el.resend();
      await el.updateComplete;
      expect(q(el, '[part~="status"]')!.textContent, label).to.include(value.trim().slice(0, 20).trim());
      expect(trap.check(el), label).to.deep.equal([]);
      el.parentElement!.remove();
    }
  });

  it('<share-invite-link> shows hostile allowed domains and messages as text', async () => {
    const base = createMemoryClient();
    const link = await base.getInviteLink();
    const domains = hostileSample(2);
    const client = withOverrides(base, { getInviteLink: async (): Promise<InviteLink> => ({ ...link, allowedDomains: domains }) });
    const el = await inBox<ShareInviteLink>(html`<share-invite-link .client=${client}></share-invite-link>`);
    await waitUntil(() => q(el, '[part~="domain-list"]'), 'the settings show');
    q<HTMLDetailsElement>(el, '[part~="settings"]')!.open = true;
    await el.updateComplete;
    const shown = [...el.shadowRoot!.querySelectorAll('[part~="domain"] > span')].map((node) => node.textContent);
    expect(shown).to.deep.equal(domains);
    expectIntact(el);
    expect(trap.check(el)).to.deep.equal([]);
  });

  it('the "+ Invite Members" picker shows hostile directory results as text', async function () {
    this.timeout(30_000);
    const strings = hostileSample(2);
    let n = 0;
    const client = rewritingResults(createMemoryClient(), (key, _value, path) =>
      path.startsWith('searchDirectory') && (key === 'fullName' || key === 'email') ? strings[n++ % strings.length] : undefined,
    );
    const el = await inBox<WorkspaceMembersPanel>(
      html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.groupWorkspaceId}></workspace-members-panel>`,
    );
    await waitUntil(() => q(el, '[part="invite-members-button"]'), 'the panel loads');
    q<HTMLButtonElement>(el, '[part="invite-members-button"]')!.click();
    await settle(el);
    const picker = q(el, 'workspace-members-picker')!;
    for (const query of ['a', 'e', 'o']) {
      typeInto(picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!, query);
      await tick(260);
      await settle(el);
      await waitUntil(() => !deepText(picker).includes('Searching'), query);
      for (const option of picker.shadowRoot!.querySelectorAll('[part~="option"]:not([part~="option-action"])')) {
        expect(
          strings.some((value) => option.textContent!.includes(value.trim().slice(0, 20))),
          describeHostile(option.textContent ?? ''),
        ).to.equal(true);
      }
    }
    expect(deepQueryAll(picker, '[part~="option"]').length).to.be.greaterThan(0);
    expect(trap.check(el)).to.deep.equal([]);
    expect(deepQuery(el, 'script')).to.equal(null);
  });
});

describe('reliability: hostile data on the invitee pages', () => {
  const trap = scriptTrapForEachTest();
  /** Someone who opened the link signed out. */
  const VISITOR = 'signed-out-visitor';
  const VALUES = [...hostileSample(2), ...hostileOf('bidi-and-invisible').slice(0, 6), ...hostileOf('very-long').slice(0, 3)];
  /** What the text of a sentence keeps of a value: all of it, short of the stray isolate closers the catalogue drops. */
  const inSentence = (value: string) => value.replace(/^\s+|\s+$/gu, '').replace(/\u2069/gu, '');
  /** What an `<input>` holds after being given `value` (single-line fields drop line breaks). */
  const asTyped = (value: string) => Object.assign(document.createElement('input'), { value }).value;

  /** Client data became text only: no element it could have smuggled in, no event-handler attribute anywhere. */
  function expectNoInjection(el: Element, label: string): void {
    const nodes = deepQueryAll(el, '*');
    expect(
      nodes
        .filter((node) =>
          ['script', 'img', 'iframe', 'object', 'embed', 'svg', 'math', 'video', 'audio', 'link', 'meta', 'base'].includes(node.localName),
        )
        .map((node) => node.localName),
      `${label}: elements from data`,
    ).to.deep.equal([]);
    expect(
      nodes.flatMap((node) => node.getAttributeNames().filter((name) => name.startsWith('on'))),
      `${label}: event-handler attributes`,
    ).to.deep.equal([]);
  }

  async function type(el: StatusElement, fields: Record<string, string>) {
    for (const [id, value] of Object.entries(fields)) typeInto(q<HTMLInputElement>(el, `#${id}`)!, value);
    await el.updateComplete;
  }

  /** The backend refuses in its own words, about a field and about none. */
  const refusedInItsWords = (value: string) =>
    new InviteKitError('validation', value || 'refused', { fieldErrors: { email: value || 'bad', somethingElse: value || 'other' } });

  /**
   * One row per invitee page: how hostile values get into its client's answers, where they show
   * once the page is open, how the page is sent and refused and retried, and where they show at
   * the end. Every row goes through the same steps in `it` below.
   */
  const PAGES: InviteePage[] = [
    page<InviteLinkSignUp>({
      name: '<invite-link-sign-up>: hostile portal names, allowed domains, backend messages and new names are text',
      async open(value) {
        const base = createMemoryClient();
        const url = (await base.getInviteLink()).url;
        const visitor = base.asViewer(VISITOR);
        const client = withOverrides(visitor, {
          checkInviteLink: async () => ({ valid: true as const, portalName: value, allowedDomains: [value, 'example.com'] }),
          // The backend answers with the person's name as it stored it: hostile too.
          signUpWithInviteLink: async (...args: Parameters<typeof visitor.signUpWithInviteLink>) => ({
            ...(await visitor.signUpWithInviteLink(...args)),
            fullName: value,
          }),
        });
        const el = await inBox<InviteLinkSignUp>(html`<invite-link-sign-up .client=${client} link=${url}></invite-link-sign-up>`);
        return { el, base };
      },
      opened: 'ready',
      expectOpened(el, value, label) {
        if (!inSentence(value)) return;
        expect(q(el, '[part~="heading"]')!.textContent, `${label}: the heading`).to.include(inSentence(value));
        expect(q(el, '[part~="domain-rule"]')!.textContent, `${label}: the domain rule`).to.include(inSentence(value));
      },
      refusal: { operation: 'signUpWithInviteLink', error: refusedInItsWords, quoted: true },
      fields: (index) => ({ fullName: 'Ada Lovelace', contact: `ada.hostile${index}@example.com` }),
      send: (el) => el.submit(),
      refused: (el) => el.status === 'failed',
      retry: (el) => el.submit(),
      done: 'signed-up',
      expectDone(el, value, label) {
        // The portal and the person's name, both as the backend gave them.
        if (inSentence(value))
          expect(q(el, '[part~="result-message"]')!.textContent!.split(inSentence(value)).length, `${label}: the welcome`).to.be.at.least(
            3,
          );
      },
    }),
    page<WorkspaceJoinRequest>({
      name: '<workspace-join-request>: hostile workspace and portal names and backend messages are text',
      async open(value) {
        const base = createMemoryClient();
        const url = (await base.getWorkspaceLink(DEMO_IDS.groupWorkspaceId)).url;
        const details: WorkspaceLinkDetails = {
          valid: true,
          portalName: value,
          workspace: { id: DEMO_IDS.groupWorkspaceId, name: value, kind: 'group' },
          includesViewing: false,
        };
        const visitor = base.asViewer(VISITOR);
        const client = withOverrides(visitor, {
          getWorkspaceLinkDetails: async () => details,
          requestToJoinWorkspace: async (...args: Parameters<typeof visitor.requestToJoinWorkspace>) => ({
            ...(await visitor.requestToJoinWorkspace(...args)),
            workspaceName: value,
          }),
        });
        const el = await inBox<WorkspaceJoinRequest>(html`<workspace-join-request .client=${client} link=${url}></workspace-join-request>`);
        return { el, base };
      },
      opened: 'editing',
      expectOpened(el, value, label) {
        // The name is the `<bdi>`'s text, exactly as given; the form's label carries it as an attribute value, nothing more.
        expect(q(el, '[part~="heading"] [part~="workspace-name"]')!.textContent, label).to.equal(value);
        if (inSentence(value)) {
          expect(q(el, '[part~="workspace-kind"]')!.textContent, `${label}: the kind line`).to.include(inSentence(value));
          expect(q(el, 'form')!.getAttribute('aria-label'), `${label}: the form’s name`).to.include(inSentence(value));
        }
        expect(q(el, 'form')!.getAttributeNames().sort(), `${label}: the form’s attributes`).to.deep.equal([
          'aria-label',
          'class',
          'novalidate',
          'part',
        ]);
      },
      refusal: { operation: 'requestToJoinWorkspace', error: refusedInItsWords, quoted: true },
      fields: (index) => ({ fullName: 'Ada Lovelace', contact: `ada.join${index}@example.com` }),
      send: (el) => q<HTMLButtonElement>(el, '[part~="submit-button"]')!.click(),
      refused: (el) => el.status === 'failed',
      retry: (el) => q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click(),
      done: 'pending',
      expectDone(el, value, label) {
        expect(q(el, '[part~="pending"] [part~="workspace-name"]')!.textContent, `${label}: the pending request`).to.equal(value);
      },
    }),
    page<AcceptInvitation>({
      name: '<accept-invitation>: hostile portal, inviter and workspace names, addresses and backend messages are text',
      async open(value, index) {
        const base = createMemoryClient();
        const { token } = await base.inviteInternalUser({
          fullName: 'Ines Invitee',
          email: `ines.hostile${index}@example.com`,
          delivery: { method: 'workspace', workspaceId: DEMO_IDS.groupWorkspaceId },
        });
        const visitor = base.asViewer(VISITOR);
        const real = await visitor.getInvitation(token!);
        const invitation: InvitationDetails = {
          ...real,
          portalName: value,
          invitedBy: { fullName: value },
          workspace: { ...real.workspace!, name: value },
          fullName: value,
          email: value,
        };
        const client = withOverrides(visitor, { getInvitation: async () => invitation });
        const el = await inBox<AcceptInvitation>(html`<accept-invitation .client=${client} token=${token!}></accept-invitation>`);
        return { el, base };
      },
      opened: 'pending',
      expectOpened(el, value, label) {
        // Each name is a `<bdi>`'s text, exactly as given.
        const names = [...el.shadowRoot!.querySelectorAll('[part~="heading"] bdi, [part~="invited-by"] bdi, [part~="sent-to"] bdi')];
        // Portal and workspace in the heading; inviter, workspace and portal in the summary; the address (when there is one).
        expect(names.length, label).to.equal(value ? 6 : 5);
        for (const name of names) expect(name.textContent, label).to.equal(value);
        expect(q<HTMLInputElement>(el, '#fullName')!.value, `${label}: the name to accept with`).to.equal(asTyped(value));
        expectNoInjection(el, label);
      },
      // An outage: the kit's own sentence, not the backend's words.
      refusal: { operation: 'acceptInvitation', error: (value) => new InviteKitError('unavailable', value || 'refused'), quoted: false },
      fields: () => ({ fullName: 'Ada Lovelace' }),
      send: (el) => q<HTMLButtonElement>(el, '[part~="accept-button"]')!.click(),
      refused: (el) => el.status === 'pending' && q(el, '[part~="alert"]') !== null,
      retry: (el) => q<HTMLButtonElement>(el, '[part~="retry-button"]')!.click(),
      done: 'accepted-now',
      expectDone(el, value, label) {
        for (const name of el.shadowRoot!.querySelectorAll('[part~="heading"] bdi, [part~="message"] bdi'))
          expect(name.textContent, `${label}: the welcome`).to.equal(value);
      },
    }),
  ];

  for (const row of PAGES) {
    it(row.name, async function () {
      this.timeout(60_000);
      for (const [index, value] of VALUES.entries()) {
        const label = describeHostile(value);
        const { el, base } = await row.open(value, index);
        await waitUntil(() => el.status === row.opened, `${label}: ${row.opened}`);
        await el.updateComplete;
        row.expectOpened(el, value, label);
        base.failNext(row.refusal.operation, row.refusal.error(value));
        await type(el, row.fields(index));
        row.send(el);
        await waitUntil(() => row.refused(el), `${label}: the refusal`);
        await el.updateComplete;
        if (row.refusal.quoted && value.trim())
          expect(deepText(el), label).to.include(
            value
              .replace(/\s+/gu, ' ')
              .trim()
              .replace(/\u2069/gu, '')
              .slice(0, 50),
          );
        expectNoInjection(el, label);
        // Then it takes.
        row.retry(el);
        await waitUntil(() => el.status === row.done, `${label}: ${row.done}`);
        await el.updateComplete;
        row.expectDone(el, value, label);
        expectNoInjection(el, label);
        expectIntact(el, label);
        expect(trap.check(el), label).to.deep.equal([]);
        el.parentElement!.remove();
      }
    });
  }
});
