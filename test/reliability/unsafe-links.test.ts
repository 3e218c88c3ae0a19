/**
 * Guarantee: links rendered from the client are only ever https: (or the page's own
 * origin); anything else is refused — not shown, not copied — with a clear message in the
 * element, an `invite-kit-unsafe-link` event carrying it, and a console warning without it.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { createMemoryClient, DEMO_IDS } from '../../src/client/memory/memory-client.js';
import type { InviteLink, WorkspaceLink } from '../../src/client/types.js';
import { safeLinkUrl } from '../../src/internal/safe-url.js';
import '../../src/share-invite-link/define.js';
import '../../src/workspace-members-panel/define.js';
import type { ShareInviteLink } from '../../src/share-invite-link/define.js';
import type { WorkspaceMembersPanel } from '../../src/workspace-members-panel/define.js';
import { withOverrides } from '../fixtures/clients.js';
import { HOSTILE_STRINGS, describeHostile, hostileOf } from '../fixtures/hostile-strings.js';
import { installScriptTrap, type ScriptTrap } from '../fixtures/script-trap.js';
import { deepQuery, deepText, textOf } from '../fixtures/dom.js';
import { waitUntil } from '../fixtures/wait.js';

const REFUSED_TEXT = 'This link can’t be shown because it isn’t a secure (https) link.';

/** Swaps navigator.clipboard for a recorder. */
function recordClipboard(): { written: string[]; restore(): void } {
  const written: string[] = [];
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: async (value: string) => void written.push(value) },
  });
  return {
    written,
    restore() {
      if (original) Object.defineProperty(navigator, 'clipboard', original);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    },
  };
}

/** Records console output for the test. */
function recordConsole(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((method) => console[method]);
  for (const method of methods) {
    console[method] = (...args: unknown[]) =>
      void lines.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(' '));
  }
  return {
    lines,
    restore: () => methods.forEach((method, index) => (console[method] = originals[index]!)),
  };
}

/**
 * For every test of the calling `describe`: a script trap, a clipboard recorder and a console
 * recorder, installed before it and restored after. The fields are the running test's.
 */
function watchEachTest(): { trap: ScriptTrap; clipboard: ReturnType<typeof recordClipboard>; output: ReturnType<typeof recordConsole> } {
  const watch = {} as ReturnType<typeof watchEachTest>;
  beforeEach(() => {
    watch.trap = installScriptTrap();
    watch.clipboard = recordClipboard();
    watch.output = recordConsole();
  });
  afterEach(() => {
    watch.output.restore();
    watch.clipboard.restore();
    watch.trap.uninstall();
  });
  return watch;
}

const UNSAFE = hostileOf('unsafe-url');
/** The Workspace Link's input, wherever the panel renders it. */
const linkInput = (panel: Element) => {
  const section = deepQuery(panel, '[part~="workspace-link"]');
  return section ? deepQuery<HTMLInputElement>(section, 'input[readonly]') : null;
};
/** A handful that each break a different rule, for the slower element tests. */
const UNSAFE_SAMPLE = [
  'javascript:__pwned("url")',
  'java\tscript:__pwned("url-tab")',
  'data:text/html,<script>__pwned("data")</script>',
  'http://portal.example.com/invite/plain-http',
  'https://portal.example.com@evil.example/invite/credentials',
  'not a url at all',
];

describe('reliability: links from the client', () => {
  describe('safeLinkUrl', () => {
    it('keeps https links, serialised exactly as checked', () => {
      expect(safeLinkUrl('https://portal.example.com/invite/Hq7m')).to.deep.equal({
        ok: true,
        url: 'https://portal.example.com/invite/Hq7m',
      });
      expect(safeLinkUrl('HTTPS://Portal.Example.com/invite/x?a=1#b')).to.deep.equal({
        ok: true,
        url: 'https://portal.example.com/invite/x?a=1#b',
      });
      expect(safeLinkUrl('https://bücher.de/i/x')).to.deep.equal({ ok: true, url: 'https://xn--bcher-kva.de/i/x' });
    });

    it('keeps links on the page’s own origin, whatever its scheme', () => {
      expect(safeLinkUrl(`${location.origin}/invite/x`)).to.deep.equal({ ok: true, url: `${location.origin}/invite/x` });
      expect(safeLinkUrl('http://localhost:8000/invite/x', 'http://localhost:8000').ok).to.equal(true);
      expect(safeLinkUrl('http://localhost:8001/invite/x', 'http://localhost:8000').ok).to.equal(false);
    });

    it('refuses every unsafe link of the corpus, saying why', () => {
      for (const url of UNSAFE) {
        const result = safeLinkUrl(url, 'https://host.example');
        expect(result.ok, describeHostile(url)).to.equal(false);
      }
      expect(safeLinkUrl('javascript:alert(1)')).to.deep.equal({ ok: false, reason: 'insecure-scheme' });
      expect(safeLinkUrl('https://portal.example.com@evil.example/')).to.deep.equal({ ok: false, reason: 'credentials' });
      expect(safeLinkUrl('/invite/relative')).to.deep.equal({ ok: false, reason: 'not-a-url' });
      expect(safeLinkUrl(undefined)).to.deep.equal({ ok: false, reason: 'not-a-url' });
    });

    it('never lets a non-https link through, for every string of the corpus', () => {
      for (const { value } of HOSTILE_STRINGS) {
        const result = safeLinkUrl(value, 'https://host.example');
        if (result.ok) {
          const parsed = new URL(result.url);
          expect(parsed.protocol === 'https:' || parsed.origin === 'https://host.example', describeHostile(value)).to.equal(true);
          expect(parsed.username + parsed.password, describeHostile(value)).to.equal('');
        }
      }
    });
  });

  describe('<share-invite-link>', () => {
    const watch = watchEachTest();

    for (const url of UNSAFE_SAMPLE) {
      it(`refuses ${describeHostile(url)} from the client: not shown, not copied, reported`, async () => {
        const base = createMemoryClient();
        const real = await base.getInviteLink();
        const client = withOverrides(base, { getInviteLink: async (): Promise<InviteLink> => ({ ...real, url }) });
        const el = document.createElement('share-invite-link') as ShareInviteLink;
        el.client = client;
        const reported = oneEvent(el, 'invite-kit-unsafe-link');
        document.body.append(el);
        try {
          const event = await reported;
          expect(event.detail).to.deep.equal({
            url,
            reason: safeLinkUrl(url).ok ? undefined : (safeLinkUrl(url) as { reason: string }).reason,
          });
          await waitUntil(() => textOf(el, '[part~="alert"]').includes(REFUSED_TEXT), 'the refusal is shown');
          const input = el.shadowRoot!.querySelector<HTMLInputElement>('#link')!;
          expect(input.value).to.equal('');
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
          await new Promise((resolve) => setTimeout(resolve, 20));
          expect(watch.clipboard.written).to.deep.equal([]);
          expect(watch.output.lines.some((line) => line.includes('refused a link'))).to.equal(true);
          expect(watch.output.lines.join('\n')).not.to.include(url.trim().slice(0, 30));
          await expect(el).to.be.accessible();
          expect(watch.trap.check(el)).to.deep.equal([]);
        } finally {
          el.remove();
        }
      });
    }

    it('shows and copies a safe link that replaces a refused one', async () => {
      const base = createMemoryClient();
      const real = await base.getInviteLink();
      let url = 'javascript:__pwned("first")';
      const client = withOverrides(base, { getInviteLink: async (): Promise<InviteLink> => ({ ...real, url }) });
      const el = await fixture<ShareInviteLink>(html`<share-invite-link .client=${client}></share-invite-link>`);
      await waitUntil(() => textOf(el, '[part~="alert"]').includes(REFUSED_TEXT));
      url = real.url;
      await el.reload();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#link')!.value).to.equal(real.url);
      expect(textOf(el, '.base')).not.to.include(REFUSED_TEXT);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="copy-button"]')!.click();
      await waitUntil(() => watch.clipboard.written.length === 1);
      expect(watch.clipboard.written).to.deep.equal([real.url]);
      expect(watch.trap.check(el)).to.deep.equal([]);
    });

    it('refuses an unsafe `url` given by the host as well', async () => {
      const el = await fixture<ShareInviteLink>(html`<share-invite-link url="javascript:__pwned('host')"></share-invite-link>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('#link')!.value).to.equal('');
      expect(textOf(el, '[part~="alert"]')).to.include(REFUSED_TEXT);
      expect(watch.trap.check(el)).to.deep.equal([]);
    });
  });

  describe('<workspace-members-panel> Workspace Link', () => {
    const watch = watchEachTest();

    for (const url of UNSAFE_SAMPLE) {
      it(`refuses ${describeHostile(url)}: not shown, not copied, reported`, async () => {
        const base = createMemoryClient();
        const real = await base.getWorkspaceLink(DEMO_IDS.flowWorkspaceId);
        const client = withOverrides(base, { getWorkspaceLink: async (): Promise<WorkspaceLink> => ({ ...real, url }) });
        const el = document.createElement('workspace-members-panel') as WorkspaceMembersPanel;
        el.client = client;
        el.workspaceId = DEMO_IDS.flowWorkspaceId;
        const reported = oneEvent(el, 'invite-kit-unsafe-link');
        document.body.append(el);
        try {
          const event = await reported;
          expect(event.detail.url).to.equal(url);
          await waitUntil(() => deepText(deepQuery(el, '[part~="workspace-link"]') ?? el).includes(REFUSED_TEXT), 'the refusal is shown');
          expect(linkInput(el), 'the link field is still there').to.exist;
          expect(linkInput(el)!.value).to.equal('');
          deepQuery<HTMLButtonElement>(deepQuery(el, '[part~="workspace-link"]')!, '[part~="copy-button"]')?.click();
          await new Promise((resolve) => setTimeout(resolve, 20));
          expect(watch.clipboard.written).to.deep.equal([]);
          expect(watch.output.lines.some((line) => line.includes('refused a link'))).to.equal(true);
          expect(watch.output.lines.join('\n')).not.to.include(url.trim().slice(0, 30));
          expect(watch.trap.check(el)).to.deep.equal([]);
        } finally {
          el.remove();
        }
      });
    }

    it('copies a safe workspace link exactly', async () => {
      const client = createMemoryClient();
      const real = await client.getWorkspaceLink(DEMO_IDS.flowWorkspaceId);
      const el = await fixture<WorkspaceMembersPanel>(
        html`<workspace-members-panel .client=${client} workspace-id=${DEMO_IDS.flowWorkspaceId}></workspace-members-panel>`,
      );
      await waitUntil(() => linkInput(el)?.value, 'the link loads');
      expect(linkInput(el)!.value).to.equal(real.url);
      deepQuery<HTMLButtonElement>(deepQuery(el, '[part~="workspace-link"]')!, '[part~="copy-button"]')!.click();
      await waitUntil(() => watch.clipboard.written.length === 1);
      expect(watch.clipboard.written).to.deep.equal([real.url]);
    });
  });
});
