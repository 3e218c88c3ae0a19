/**
 * The avatar every element shows: which pictures it loads, the initials under them, and what
 * a picture that fails to load leaves behind.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { InternalUser } from '../src/client/types.js';
import '../src/index.js';
import type { InternalUsersAdmin } from '../src/internal-users-admin/internal-users-admin.js';
import { avatar, initials, safeImageUrl } from '../src/internal/avatar.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/workspace-members-panel.js';
import { withOverrides } from './fixtures/clients.js';
import { deepQueryAll } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';
const BROKEN = 'data:image/png;base64,broken';
const ORIGIN = 'https://portal.example.com';

describe('avatar', () => {
  describe('safeImageUrl', () => {
    const allowed: Array<[string, string]> = [
      ['https://cdn.example.com/a.png', 'https://cdn.example.com/a.png'],
      ['/avatars/a.png', `${ORIGIN}/avatars/a.png`],
      [`${ORIGIN}/a.png`, `${ORIGIN}/a.png`],
      [PIXEL, PIXEL],
      ['data:image/svg+xml,%3Csvg%3E%3C/svg%3E', 'data:image/svg+xml,%3Csvg%3E%3C/svg%3E'],
      [`blob:${ORIGIN}/0c8a-11`, `blob:${ORIGIN}/0c8a-11`],
    ];
    for (const [url, expected] of allowed) {
      it(`loads ${url.slice(0, 40)}`, () => {
        expect(safeImageUrl(url, ORIGIN)).to.equal(expected);
      });
    }

    const refused = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'http://tracker.example.com/pixel.gif',
      'data:text/html,<script>alert(1)</script>',
      'https://user:secret@cdn.example.com/a.png',
      'blob:https://elsewhere.example.com/0c8a-11',
      'ftp://files.example.com/a.png',
      '',
      '   ',
    ];
    for (const url of refused) {
      it(`refuses ${JSON.stringify(url)}`, () => {
        expect(safeImageUrl(url, ORIGIN)).to.equal(undefined);
      });
    }
  });

  describe('initials', () => {
    it('takes the first grapheme of the first and last words', () => {
      expect(initials('Avery Chen')).to.equal('AC');
      expect(initials('  ada   augusta  lovelace ')).to.equal('AL');
      expect(initials('Inês')).to.equal('I');
      expect(initials('Ｋａｙ Ｌｉ')).to.equal('ＫＬ');
      expect(initials('👩🏽‍💻 Dev')).to.equal('👩🏽‍💻D');
      expect(initials('e\u0301lodie durand')).to.equal('E\u0301D');
      expect(initials('')).to.equal('');
    });

    it('upper-cases by the locale’s rules', () => {
      expect(initials('ilker yılmaz', 'tr')).to.equal('İY');
      expect(initials('ilker yılmaz', 'en')).to.equal('IY');
    });
  });

  describe('the template', () => {
    async function mount(options: Parameters<typeof avatar>[0]): Promise<HTMLElement> {
      const host = await fixture<HTMLDivElement>(html`<div>${avatar(options)}</div>`);
      return host.querySelector<HTMLElement>('.avatar')!;
    }

    it('shows initials, hidden from assistive technology, when there is no picture', async () => {
      const circle = await mount({ name: 'Avery Chen', part: 'avatar' });
      expect(circle.textContent!.trim()).to.equal('AC');
      expect(circle.getAttribute('aria-hidden')).to.equal('true');
      expect(circle.getAttribute('part')).to.equal('avatar');
      expect(circle.querySelector('img')).to.equal(null);
    });

    it('lays a safe picture over the initials, with an empty alt', async () => {
      const circle = await mount({ name: 'Avery Chen', url: PIXEL, imagePart: 'avatar-image' });
      const img = circle.querySelector('img')!;
      expect(img.getAttribute('src')).to.equal(PIXEL);
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.getAttribute('part')).to.equal('avatar-image');
      expect(circle.hasAttribute('part')).to.equal(false);
    });

    it('never loads an unsafe picture', async () => {
      const circle = await mount({ name: 'Avery Chen', url: 'http://tracker.example.com/pixel.gif' });
      expect(circle.querySelector('img')).to.equal(null);
      expect(circle.textContent!.trim()).to.equal('AC');
    });

    it('hides a picture that fails to load, so the initials show', async () => {
      const circle = await mount({ name: 'Avery Chen', url: BROKEN });
      const img = circle.querySelector('img')!;
      await waitUntil(() => img.hidden, 'the broken picture is hidden');
      expect(getComputedStyle(img).display).to.equal('none');
    });

    it('gives a reused avatar a fresh picture when the address changes', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      render(avatar({ name: 'Avery Chen', url: BROKEN }), host);
      const broken = host.querySelector('img')!;
      await waitUntil(() => broken.hidden, 'the broken picture is hidden');
      render(avatar({ name: 'Blake Diaz', url: PIXEL }), host);
      const next = host.querySelector('img')!;
      expect(next).not.to.equal(broken);
      expect(next.hidden).to.equal(false);
      expect(host.textContent!.trim()).to.equal('BD');
      host.remove();
    });
  });

  describe('in the elements', () => {
    it('<internal-users-admin> loads safe pictures and shows initials for the rest', async () => {
      const base = createMemoryClient();
      const client = withOverrides(base, {
        listInternalUsers: async (...args) => {
          const page = await base.listInternalUsers(...args);
          const urls = [PIXEL, 'javascript:alert(1)', 'http://tracker.example.com/a.gif'];
          return {
            ...page,
            items: page.items.map((user: InternalUser, index: number) => ({ ...user, avatarUrl: urls[index % urls.length] })),
          };
        },
      });
      const el = await fixture<InternalUsersAdmin>(html`<internal-users-admin .client=${client}></internal-users-admin>`);
      await waitUntil(() => deepQueryAll(el, '[part~="avatar"]').length >= 3, 'users listed', { timeout: 5000 });
      const images = deepQueryAll<HTMLImageElement>(el, '[part~="avatar"] img');
      expect(images.length).to.be.greaterThan(0);
      for (const img of images) expect(img.getAttribute('src')).to.equal(PIXEL);
      expect(deepQueryAll(el, '[part~="avatar"]').length).to.be.greaterThan(images.length);
    });

    it('<workspace-members-panel> never loads an unsafe picture', async () => {
      const base = createMemoryClient();
      const client = withOverrides(base, {
        listWorkspaceMembers: async (...args: Parameters<typeof base.listWorkspaceMembers>) => {
          const page = await base.listWorkspaceMembers(...args);
          return {
            ...page,
            members: page.members.map((member) => ({ ...member, person: { ...member.person, avatarUrl: 'javascript:alert(1)' } })),
          };
        },
      });
      const el = await fixture<WorkspaceMembersPanel>(
        html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.flowWorkspaceId}></workspace-members-panel>`,
      );
      await waitUntil(() => deepQueryAll(el, '[part~="avatar"]').length > 0, 'members listed', { timeout: 5000 });
      expect(deepQueryAll(el, '[part~="avatar"] img')).to.have.length(0);
    });
  });
});
