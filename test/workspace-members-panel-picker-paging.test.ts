/**
 * "+ Invite Members" on a large directory: the picker's combobox pages through the matches
 * with a "Load more results" option, says how many are shown, never mixes one query's pages
 * with another's, and keeps what it shows when a page fails.
 */
import { aTimeout, expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createMemoryClient, DEMO_IDS, seedManyInternalUsers } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { RequestOptions } from '../src/client/invite-client.js';
import type { DirectoryQuery } from '../src/client/types.js';
import '../src/workspace-members-panel/define.js';
import '../src/i18n/locales/es.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';
import { waitUntil } from './fixtures/wait.js';
import { all, deepActive, q, textOf, typeInto } from './fixtures/dom.js';
import { panelFixture } from './fixtures/panel.js';

const { flowWorkspaceId } = DEMO_IDS;
/** Matches the generated people's addresses (and a few of the demo's): more than two pages. */
const QUERY = 'example.org';

interface Call {
  query: DirectoryQuery;
  signal: AbortSignal | undefined;
}

describe('<workspace-members-panel>: + Invite Members on a large directory', () => {
  let client: MemoryClient;
  let calls: Call[];
  /** Everyone the directory has for QUERY, in its order. */
  let everyone: string[];

  beforeEach(async () => {
    client = createMemoryClient({ seed: seedManyInternalUsers(createMemoryClient().snapshot(), 60) });
    const all = await client.searchDirectory({ query: QUERY, excludeWorkspaceId: flowWorkspaceId, limit: 100 });
    everyone = all.items.map((person) => person.fullName);
    expect(everyone.length, 'the directory has more than two pages for the query').to.be.above(40);
    calls = [];
    const search = client.searchDirectory.bind(client);
    client.searchDirectory = (query: DirectoryQuery, options?: RequestOptions) => {
      calls.push({ query, signal: options?.signal });
      return search(query, options);
    };
  });

  async function openPicker(el: WorkspaceMembersPanel) {
    q<HTMLButtonElement>(el, '[part="invite-members-button"]')!.click();
    await waitUntil(() => q<HTMLDialogElement>(el, '[part="picker-dialog"]')!.open);
    const picker = q(el, 'workspace-members-picker')!;
    const search = picker.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    await waitUntil(() => deepActive() === search, 'focus starts in the search');
    return { picker, search };
  }
  const type = (input: HTMLInputElement, value: string) => typeInto(input, value, { focus: false });
  const options = (picker: Element) => all(picker, '[role="option"]');
  const people = (picker: Element) =>
    options(picker)
      .filter((option) => option.id !== 'option-more')
      .map((option) => textOf(option, '.truncate'));
  const more = (picker: Element) => q(picker, '#option-more');
  const status = (picker: Element) => textOf(picker, '#search-status');
  const pageCalls = () => calls.filter((call) => call.query.cursor !== undefined);

  async function firstPage(picker: Element, search: HTMLInputElement) {
    type(search, QUERY);
    await waitUntil(() => more(picker) !== null, 'the first page shows');
  }

  it('ends the listbox with a "Load more results" option and says how many are shown', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    await firstPage(picker, search);
    expect(people(picker)).to.deep.equal(everyone.slice(0, 20));
    const option = options(picker).at(-1)!;
    expect(option.id).to.equal('option-more');
    expect(option.getAttribute('role')).to.equal('option');
    expect(option.parentElement!.getAttribute('role')).to.equal('listbox');
    expect(option.textContent!.trim()).to.equal('Load more results');
    expect(status(picker)).to.equal(`20 of ${everyone.length} people shown. More are available.`);
    expect(picker.shadowRoot!.querySelector('#search-status')!.getAttribute('role')).to.equal('status');
    expect(search.getAttribute('aria-describedby')).to.equal('search-status');
    await expect(el).to.be.accessible();
  });

  it('loads the next page from the keyboard: the active option becomes the first new person', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    await firstPage(picker, search);
    // Up from nothing wraps to the last option: "Load more results".
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => search.getAttribute('aria-activedescendant') === 'option-more');
    expect(more(picker)!.getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => people(picker).length === 40, 'the second page is appended');
    expect(people(picker)).to.deep.equal(everyone.slice(0, 40));
    expect(search.getAttribute('aria-activedescendant')).to.equal('option-20');
    const active = picker.shadowRoot!.querySelector<HTMLElement>('#option-20')!;
    expect(active.getAttribute('aria-selected')).to.equal('true');
    expect(textOf(active, '.truncate')).to.equal(everyone[20]);
    expect(status(picker)).to.equal(`40 of ${everyone.length} people shown. More are available.`);
    expect(deepActive(), 'focus stays in the combobox').to.equal(search);
    // The listbox scrolled the active option into sight.
    const listbox = picker.shadowRoot!.querySelector<HTMLElement>('#listbox')!;
    const box = listbox.getBoundingClientRect();
    const row = active.getBoundingClientRect();
    expect(row.top >= box.top - 1 && row.bottom <= box.bottom + 1, 'the active option is in view').to.equal(true);
    expect(pageCalls().map((call) => call.query.query)).to.deep.equal([QUERY]);

    // Until the last page: then everyone is there once, the option goes and the total is said.
    while (more(picker)) {
      const before = people(picker).length;
      more(picker)!.click();
      await waitUntil(() => people(picker).length > before, 'another page is appended');
    }
    expect(people(picker)).to.deep.equal(everyone);
    expect(status(picker)).to.equal(`${everyone.length} people found.`);
    await expect(el).to.be.accessible();
  });

  it('loads the next page on a click and keeps focus in the combobox', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    await firstPage(picker, search);
    more(picker)!.click();
    await waitUntil(() => people(picker).length === 40);
    expect(deepActive()).to.equal(search);
    expect(pageCalls()).to.have.length(1);
    expect(pageCalls()[0]!.query).to.include({ query: QUERY, limit: 20, excludeWorkspaceId: flowWorkspaceId });
  });

  it('says a page is loading, and ignores the option until it has arrived', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    await firstPage(picker, search);
    client.setLatency(150);
    more(picker)!.click();
    await waitUntil(() => more(picker)!.getAttribute('aria-disabled') === 'true');
    expect(more(picker)!.textContent!.trim()).to.equal('Loading more results…');
    expect(status(picker)).to.equal('Loading more results…');
    more(picker)!.click();
    await waitUntil(() => people(picker).length === 40);
    expect(pageCalls(), 'one request for one page').to.have.length(1);
    expect(more(picker)!.hasAttribute('aria-disabled')).to.equal(false);
  });

  it('aborts the page when a new query is typed, and never mixes its people into the new results', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    await firstPage(picker, search);
    client.setLatency(200);
    more(picker)!.click();
    await waitUntil(() => pageCalls().length === 1);
    type(search, 'Farid');
    expect(pageCalls()[0]!.signal!.aborted, 'typing aborts the page request').to.equal(true);
    await waitUntil(() => status(picker) === '1 person found.', 'the new search answers');
    await aTimeout(300);
    expect(people(picker)).to.deep.equal(['Farid Haddad']);
    expect(more(picker)).to.equal(null);
    expect(status(picker)).to.equal('1 person found.');
  });

  it('keeps the people shown when a page fails, says why, and retries', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    await firstPage(picker, search);
    client.failNext('searchDirectory', 'unavailable');
    more(picker)!.click();
    await waitUntil(() => status(picker).startsWith('More results couldn’t be loaded.'));
    expect(status(picker)).to.contain('The service is unavailable right now.');
    expect(people(picker)).to.deep.equal(everyone.slice(0, 20));
    expect(more(picker)!.textContent!.trim(), 'the option stays, to try again').to.equal('Load more results');
    await expect(el).to.be.accessible();
    picker.shadowRoot!.querySelector<HTMLButtonElement>('#search-status button')!.click();
    await waitUntil(() => people(picker).length === 40);
    expect(people(picker)).to.deep.equal(everyone.slice(0, 40));
    expect(status(picker)).to.equal(`40 of ${everyone.length} people shown. More are available.`);
    expect(deepActive()).to.equal(search);
    expect(pageCalls().map((call) => call.query.cursor)).to.have.length(2);
    expect(pageCalls()[0]!.query.cursor).to.equal(pageCalls()[1]!.query.cursor);
  });

  it('forgets a failed page when the query changes', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    await firstPage(picker, search);
    client.failNext('searchDirectory', 'network');
    more(picker)!.click();
    await waitUntil(() => status(picker).startsWith('More results couldn’t be loaded.'));
    type(search, 'Farid');
    await waitUntil(() => status(picker) === '1 person found.');
    expect(picker.shadowRoot!.querySelector('#search-status button')).to.equal(null);
  });

  it('says how many are shown in the viewer’s language, with its plural forms', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    el.lang = 'es';
    await el.updateComplete;
    const { picker, search } = await openPicker(el);
    await firstPage(picker, search);
    await waitUntil(() => status(picker) === `Se muestran 20 de ${everyone.length} personas. Hay más resultados.`);
    expect(more(picker)!.textContent!.trim()).to.equal('Cargar más resultados');
  });

  it('says how many are shown without a total when the directory gives none (it is optional)', async () => {
    const search = client.searchDirectory.bind(client);
    client.searchDirectory = async (query: DirectoryQuery, options?: RequestOptions) => {
      const { total: _total, ...page } = await search(query, options);
      return page;
    };
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search: input } = await openPicker(el);
    await firstPage(picker, input);
    expect(status(picker)).to.equal('20 people shown. More are available.');
    more(picker)!.click();
    await waitUntil(() => people(picker).length === 40);
    expect(status(picker)).to.equal('40 people shown. More are available.');
  });

  it('leaves out people already chosen from the pages that follow', async () => {
    const el = await panelFixture(client, flowWorkspaceId);
    const { picker, search } = await openPicker(el);
    await firstPage(picker, search);
    options(picker)[0]!.click();
    await waitUntil(() => picker.shadowRoot!.querySelectorAll('[part="chip"]').length === 1);
    await firstPage(picker, search);
    expect(people(picker)).to.deep.equal(everyone.slice(1, 20));
    more(picker)!.click();
    await waitUntil(() => people(picker).length === 39);
    expect(people(picker)).to.deep.equal(everyone.slice(1, 40));
  });
});
