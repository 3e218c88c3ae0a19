/**
 * The Internal Users list at the widths people use it — a laptop with a side menu, a wider
 * laptop, a narrow container, a side panel, a phone — light and dark, with very long and
 * right-to-left names and addresses: nothing sticks out or hides past a scroll edge, the
 * columns share the room (an ordinary address is shown whole while the name has room), every
 * value is reachable in full, and the table turns into cards exactly when it does not fit.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { createMemoryClient, demoSeed, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemorySeed } from '../src/client/memory/memory-client.js';
import '../src/i18n/locales/de.js';
import '../src/internal-users-admin/define.js';
import type { InternalUsersAdmin } from '../src/internal-users-admin/define.js';
import { shadow } from './fixtures/dom.js';
import { hostileOf } from './fixtures/hostile-strings.js';
import { overflowingElements } from './fixtures/layout.js';
import { waitUntil } from './fixtures/wait.js';

const wrapperOf = (el: InternalUsersAdmin) => shadow(el).querySelector<HTMLElement>('[part~="table-wrapper"]')!;
const layoutOf = (el: InternalUsersAdmin) => wrapperOf(el).dataset.layout;

const LONG_NAME = hostileOf('very-long').find((value) => value.startsWith('Ada Lovelace '))!;
const LONG_EMAIL = hostileOf('very-long').find((value) => value.endsWith('x@example.com'))!;
const LONG_USER_ID = 'W'.repeat(101);
const ARABIC_NAME = hostileOf('names-in-many-scripts').find((value) => /\p{Script=Arabic}/u.test(value))!;
const HEBREW_NAME = hostileOf('names-in-many-scripts').find((value) => /\p{Script=Hebrew}/u.test(value))!;

/** The demo portal with its ordinary people, and some with very long and right-to-left names, addresses and User IDs. */
function awkwardSeed(): MemorySeed {
  const seed = demoSeed(new Date());
  const users = seed.internalUsers;
  const byId = (id: string) => users.find((user) => user.id === id)!;
  Object.assign(byId('u-blake'), { fullName: LONG_NAME, email: LONG_EMAIL, userId: LONG_USER_ID });
  Object.assign(byId('u-eunji'), { fullName: ARABIC_NAME, email: 'مستخدم@مثال.مصر' });
  Object.assign(byId('u-farid'), {
    fullName: HEBREW_NAME,
    email: 'maximiliana.alexandra.konstantinopoulou@very-long-subdomain.example.co.uk',
  });
  Object.assign(byId('u-mei'), { fullName: 'Bob\u202Egnp.exe', email: '\u202Eadmin@example.com' });
  return seed;
}

/** The people the awkward seed leaves as they were: their addresses are what an address looks like. */
const ORDINARY_IDS = ['u-avery', 'u-dana', 'u-giulia', 'u-hiroshi', 'u-ines', 'u-kwame', 'u-lena', 'u-nikolai', 'u-priya'];

interface Scene {
  name: string;
  viewport: { width: number; height: number };
  /** A side menu of this width beside the element's column. */
  sideMenu?: number;
  /** The element sits in a container of this width. */
  container?: number;
  /** Wide enough that the table is expected, with every ordinary address whole on one line. */
  table: boolean;
}

const SCENES: Scene[] = [
  { name: '1280×720 with a 260 px side menu', viewport: { width: 1280, height: 720 }, sideMenu: 260, table: true },
  { name: '1366×768', viewport: { width: 1366, height: 768 }, table: true },
  { name: 'a 720 px container', viewport: { width: 1280, height: 720 }, container: 720, table: false },
  { name: 'a 420 px side panel', viewport: { width: 1280, height: 720 }, container: 420, table: false },
  { name: 'a 390 px phone', viewport: { width: 390, height: 844 }, table: false },
];

async function renderIn(scene: Scene, colorScheme: 'light' | 'dark'): Promise<InternalUsersAdmin> {
  await setViewport(scene.viewport);
  const client = createMemoryClient({ seed: awkwardSeed(), capabilities: { liveUpdates: false } });
  const admin = html`<internal-users-admin color-scheme=${colorScheme} .client=${client}></internal-users-admin>`;
  const page =
    await fixture<HTMLElement>(html`<div style="display: flex; margin: 0; background: ${colorScheme === 'dark' ? '#111' : '#fff'}">
    ${scene.sideMenu ? html`<nav style="flex: 0 0 ${scene.sideMenu}px"></nav>` : ''}
    <main style="flex: 1 1 auto; min-width: 0; padding: 16px; box-sizing: border-box">
      <div class="container" style="width: ${scene.container ? `${scene.container}px` : 'auto'}">${admin}</div>
    </main>
  </div>`);
  const el = page.querySelector<InternalUsersAdmin>('internal-users-admin')!;
  await waitUntil(() => shadow(el).querySelectorAll('[part~="row"]').length === 15, 'the users are listed');
  await el.updateComplete;
  // The switch is made before anything is painted; a frame later nothing may have moved.
  await new Promise(requestAnimationFrame);
  await el.updateComplete;
  return el;
}

const lineHeightOf = (element: Element) => parseFloat(getComputedStyle(element).lineHeight);
const isCut = (element: Element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;

describe('<internal-users-admin>: the layout at the widths people use', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const scene of SCENES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`fits ${scene.name} (${colorScheme}), every value reachable in full`, async function () {
        this.timeout(30_000);
        const el = await renderIn(scene, colorScheme);
        const box = el.parentElement!;
        expect(el.getBoundingClientRect().width, 'no wider than its container').to.be.at.most(box.getBoundingClientRect().width + 1);
        expect(overflowingElements(el), 'something sticks out').to.deep.equal([]);
        // Nothing waits past the right edge of a scroll box: every column and every "Resend Invitation" is in view.
        const wrapper = wrapperOf(el);
        expect(wrapper.scrollWidth, 'the table scrolls sideways').to.be.at.most(wrapper.clientWidth);
        const visible = wrapper.getBoundingClientRect();
        for (const resend of shadow(el).querySelectorAll('resend-invite-button')) {
          const rect = resend.getBoundingClientRect();
          expect(rect.left >= visible.left - 1 && rect.right <= visible.right + 1, 'a Resend Invitation out of view').to.equal(true);
        }
        for (const header of shadow(el).querySelectorAll('thead th')) {
          if (layoutOf(el) === 'table')
            expect(header.getBoundingClientRect().right, 'a column out of view').to.be.at.most(visible.right + 1);
        }

        // Every name, address and User ID is whole in the text and in the title, however much of it shows.
        const seed = awkwardSeed();
        for (const user of seed.internalUsers) {
          const row = shadow(el).querySelector(`[part~="row"][data-user-id="${user.id}"]`)!;
          const values = [...row.querySelectorAll<HTMLElement>('.value')];
          for (const expected of [user.fullName, user.email, user.phone, user.userId].filter((value): value is string => Boolean(value))) {
            const shown = values.find((value) => value.title === expected);
            expect(shown, `${user.id}: ${expected.slice(0, 40)} has a title`).to.exist;
            expect(shown!.textContent, `${user.id}: whole in the text`).to.equal(expected);
          }
        }

        expect(layoutOf(el), scene.table ? 'a table where it fits' : 'cards where the table does not fit').to.equal(
          scene.table ? 'table' : 'cards',
        );
        if (scene.table) {
          // The columns share the room: an ordinary address is whole, on one line, even beside very long values.
          for (const id of ORDINARY_IDS) {
            const contact = shadow(el).querySelector<HTMLElement>(`[data-user-id="${id}"] [part~="contact"] .value`)!;
            expect(isCut(contact), `${contact.textContent} is cut off`).to.equal(false);
            expect(contact.getBoundingClientRect().height, `${contact.textContent} takes one line`).to.be.below(
              lineHeightOf(contact) * 1.5,
            );
          }
        }
        await expect(el).to.be.accessible();
      });
    }
  }

  it('switches to cards exactly where the table stops fitting, measured in each language', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1280, height: 720 });
    const client = createMemoryClient({ capabilities: { liveUpdates: false } });
    const box = await fixture<HTMLElement>(
      html`<div style="width: 1100px"><internal-users-admin .client=${client}></internal-users-admin></div>`,
    );
    const el = box.firstElementChild as InternalUsersAdmin;
    await waitUntil(() => shadow(el).querySelector('[part~="row"]'), 'the users are listed');

    /** Narrows the container 10 px at a time: the table while it fits, cards from where it does not; returns the narrowest table. */
    async function switchWidth(): Promise<number> {
      const layouts: Array<{ width: number; layout: string | undefined }> = [];
      for (let width = 1100; width >= 560; width -= 10) {
        box.style.width = `${width}px`;
        await new Promise(requestAnimationFrame);
        await el.updateComplete;
        const wrapper = wrapperOf(el);
        const layout = layoutOf(el);
        layouts.push({ width, layout });
        if (layout === 'table') {
          expect(wrapper.scrollWidth, `the table is shown at ${width}px but does not fit`).to.be.at.most(wrapper.clientWidth);
        } else {
          // Cards because it would not fit: as a table here, it would run past the edge.
          wrapper.dataset.layout = 'table';
          const overflows = wrapper.scrollWidth > wrapper.clientWidth;
          wrapper.dataset.layout = layout;
          expect(overflows, `cards at ${width}px, where the table would fit`).to.equal(true);
        }
      }
      const switches = layouts.filter((step, index) => index > 0 && step.layout !== layouts[index - 1]!.layout);
      expect(
        switches.map((step) => step.layout),
        'one switch, from table to cards',
      ).to.deep.equal(['cards']);
      return switches[0]!.width + 10;
    }

    const english = await switchWidth();
    expect(english, 'the table at 1100px').to.be.below(1100);
    expect(english, 'cards at 560px').to.be.above(560);
    el.lang = 'de';
    await el.updateComplete;
    box.style.width = '1100px';
    await new Promise(requestAnimationFrame);
    const german = await switchWidth();
    // "Einladung erneut senden", "Einladung abgelaufen": German needs more room, and gets cards sooner.
    expect(german).to.be.above(english);
    // Wider again: the table comes back.
    box.style.width = '1100px';
    await waitUntil(() => layoutOf(el) === 'table', 'the table comes back');
    expect(shadow(el).querySelector(`[data-user-id="${DEMO_IDS.adminId}"]`)).to.exist;
  });
});
