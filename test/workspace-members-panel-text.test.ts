/**
 * What the panel says about how many are in it, and client data next to its own words: the
 * header and the filter status count alike (a team row stands for several people), in every
 * locale; a right-to-left override in a name never turns the kit's words around.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import { translate } from '../src/i18n/format.js';
import '../src/i18n/locales/all.js';
import '../src/workspace-members-panel/define.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { describeHostile, hostileOf } from './fixtures/hostile-strings.js';
import { wordReadsLeftToRight } from './fixtures/layout.js';
import { q, textOf, typeInto } from './fixtures/dom.js';
import { panelFixture, rows } from './fixtures/panel.js';
import { waitUntil } from './fixtures/wait.js';

const { flowWorkspaceId, groupWorkspaceId } = DEMO_IDS;

function filterBy(el: WorkspaceMembersPanel, query: string, status = 'all'): void {
  typeInto(q<HTMLInputElement>(el, '[part="filter-input"]')!, query, { focus: false });
  const select = q<HTMLSelectElement>(el, '[part="status-filter"]')!;
  select.value = status;
  select.dispatchEvent(new Event('change'));
}

/** What the filter status (the field's description, read out as it changes) says. */
const showing = (el: WorkspaceMembersPanel) => textOf(el, '#showing');

describe('<workspace-members-panel>: counts', () => {
  let client: MemoryClient;
  beforeEach(() => {
    client = createMemoryClient();
  });

  it('counts people where every row is one person: "7 members", "Showing 7 members."', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    expect(textOf(el, '[part="count"]')).to.equal('Client Onboarding · 7 members');
    expect(showing(el)).to.equal('Showing 7 members.');
    filterBy(el, 'bennett-legal');
    await waitUntil(() => rows(el).length === 1);
    expect(showing(el)).to.equal('Showing 1 member.');
  });

  it('says entries and people alike in the header and the filter status where a team row stands for several', async () => {
    const el = await panelFixture(client, groupWorkspaceId);
    // 6 people and the Support Team (6 more) are 7 rows and 12 people.
    expect(rows(el)).to.have.length(7);
    expect(textOf(el, '[part="count"]')).to.equal('Design Team · 7 entries · 12 people');
    expect(showing(el)).to.equal('Showing 7 entries · 12 people.');
    filterBy(el, 'support');
    await waitUntil(() => rows(el).length === 1);
    expect(showing(el)).to.equal('Showing 1 entry · 6 people.');
    filterBy(el, '', 'not_joined');
    // The team (2 of its 6 have not joined) and two people.
    await waitUntil(() => rows(el).length === 3);
    expect(showing(el)).to.equal('Showing 3 entries · 8 people.');
    filterBy(el, 'rossi', 'not_joined');
    await waitUntil(() => rows(el).length === 1);
    expect(showing(el)).to.equal('Showing 1 entry · 1 person.');
    filterBy(el, 'nobody-at-all');
    await waitUntil(() => q(el, '[part="empty"]'));
    expect(showing(el)).to.equal('Showing 0 members.');
    expect(textOf(el, '[part="count"]'), 'the header counts the whole workspace').to.equal('Design Team · 7 entries · 12 people');
    await expect(el).to.be.accessible();
  });

  for (const locale of ['es', 'de', 'ja', 'ar']) {
    it(`counts entries and people in ${locale}`, async () => {
      const el = await fixture<WorkspaceMembersPanel>(
        html`<workspace-members-panel lang=${locale} .client=${client} workspace-id=${groupWorkspaceId}></workspace-members-panel>`,
      );
      await waitUntil(() => rows(el).length === 7, 'rows render');
      const t = (key: string, params: Record<string, string | number>) => translate(locale, key, params);
      const both = (entries: number, people: number) => ({
        entries: t('members.entries', { count: entries }),
        people: t('members.people', { count: people }),
      });
      expect(textOf(el, '[part="count"]')).to.equal(`Design Team · ${t('members.countWithTeams', both(7, 12))}`.replace(/\s+/gu, ' '));
      expect(showing(el)).to.equal(t('members.showingWithTeams', both(7, 12)).replace(/\s+/gu, ' '));
      expect(showing(el), 'not the English words').not.to.contain('entries');
      filterBy(el, 'support');
      await waitUntil(() => rows(el).length === 1);
      expect(showing(el)).to.equal(t('members.showingWithTeams', both(1, 6)).replace(/\s+/gu, ' '));
    });
  }

  it('speaks German and Spanish in their own words', async () => {
    expect(
      translate('de', 'members.countWithTeams', {
        entries: translate('de', 'members.entries', { count: 7 }),
        people: translate('de', 'members.people', { count: 12 }),
      }),
    ).to.equal('7 Einträge · 12 Personen');
    expect(
      translate('es', 'members.showingWithTeams', {
        entries: translate('es', 'members.entries', { count: 1 }),
        people: translate('es', 'members.people', { count: 6 }),
      }),
    ).to.equal('Mostrando 1 entrada · 6 personas.');
  });
});

describe('<workspace-members-panel>: client data next to the kit’s words', () => {
  /** Every string of the hostile corpus with a right-to-left override in it. */
  const OVERRIDES = hostileOf('bidi-and-invisible').filter((value) => value.includes('\u202E'));

  it('has right-to-left overrides to try', () => {
    expect(OVERRIDES.length).to.be.above(1);
  });

  for (const spoof of OVERRIDES) {
    const name = `Client Onboarding ${spoof}`;

    async function spoofedPanel(): Promise<WorkspaceMembersPanel> {
      const seed = createMemoryClient().snapshot();
      seed.workspaces = seed.workspaces.map((workspace) => ({
        ...workspace,
        name: workspace.id === flowWorkspaceId ? name : workspace.name,
      }));
      seed.joinRequests = seed.joinRequests.map((request) => ({ ...request, fullName: spoof, ...(request.email ? { email: spoof } : {}) }));
      seed.internalUsers = seed.internalUsers.map((user) => (user.id === DEMO_IDS.activeUserId ? { ...user, fullName: spoof } : user));
      return panelFixture(createMemoryClient({ seed }), flowWorkspaceId);
    }

    it(`${describeHostile(spoof)} in the workspace's name leaves the header's count reading as written`, async () => {
      const el = await spoofedPanel();
      const count = q(el, '[part="count"]')!;
      expect(wordReadsLeftToRight(count, 'members')).to.equal(true);
      expect(wordReadsLeftToRight(count, 'Client')).to.equal(true);
      expect(q(el, '[part="workspace-name"]')?.textContent, 'the name as given').to.equal(name);
    });

    it(`${describeHostile(spoof)} in a join request leaves its words and labels as written`, async () => {
      const el = await spoofedPanel();
      const requests = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="join-request"]')];
      expect(requests).to.have.length(2);
      for (const request of requests) {
        expect(wordReadsLeftToRight(request, 'Asked')).to.equal(true);
        expect(wordReadsLeftToRight(request, 'Decline')).to.equal(true);
        // Plain strings for assistive technology carry the name in an isolate (FSI … PDI).
        const label = request.querySelector('[role="group"]')!.getAttribute('aria-label')!;
        expect(label.startsWith('\u2068') && label.endsWith('\u2069'), JSON.stringify(label)).to.equal(true);
        for (const piece of request.querySelectorAll('[part="name"], .contact'))
          expect(piece.localName, 'client data in a <bdi>').to.equal('bdi');
      }
    });

    it(`${describeHostile(spoof)} in a chosen person's name stays inside the picker's chip and its label`, async () => {
      const el = await spoofedPanel();
      q<HTMLButtonElement>(el, '[part="invite-members-button"]')!.click();
      await waitUntil(() => q(el, 'workspace-members-picker')?.shadowRoot?.querySelector('#search'));
      const picker = q(el, 'workspace-members-picker')!;
      typeInto(picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!, 'farid.haddad');
      await waitUntil(() => picker.shadowRoot!.querySelector('[part="option"]'), 'the person is found');
      const option = picker.shadowRoot!.querySelector<HTMLElement>('[part="option"]')!;
      expect(wordReadsLeftToRight(option, 'Internal')).to.equal(true);
      option.click();
      await waitUntil(() => picker.shadowRoot!.querySelector('[part="chip"]'), 'a chip');
      const chip = picker.shadowRoot!.querySelector<HTMLElement>('[part="chip"]')!;
      expect(chip.querySelector('bdi')?.textContent, 'the name in a <bdi>').to.equal(spoof);
      const remove = chip.querySelector('[part="chip-remove-button"]')!.getAttribute('aria-label')!;
      expect(remove).to.equal(`Remove \u2068${spoof}\u2069`);
    });
  }
});
