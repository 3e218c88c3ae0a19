/**
 * The shared plumbing in src/internal/, each piece on a small test element: requests that
 * resume after the element is put back, live updates that follow the element on and off the
 * page, the announcer, the access check (a rule, a refusal, a failure), the 429 countdown,
 * the error rule and a host's describer, one viewer request per client, the demo badge.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './fixtures/wait.js';
import { LitElement, nothing } from 'lit';
import { InviteKitError } from '../src/client/errors.js';
import type { InviteClient } from '../src/client/invite-client.js';
import type { ChangeEvent } from '../src/client/types.js';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import { AccessController } from '../src/internal/access-controller.js';
import { AnnouncerController } from '../src/internal/announcer.js';
import { describeErrorFor } from '../src/internal/error-description.js';
import { InviteKitElement } from '../src/internal/invite-kit-element.js';
import { LiveUpdatesController } from '../src/internal/live-updates-controller.js';
import { RequestController } from '../src/internal/request-controller.js';
import { noteRetryAfter, secondsUntilRetry } from '../src/internal/retry-after.js';
import { requestViewer } from '../src/internal/viewer-requests.js';
import { translate } from '../src/i18n/format.js';
import '../src/invite-kit-provider/define.js';
import '../src/i18n/locales/ar.js';

const frames = (count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

// ---- Test elements -------------------------------------------------------------------------

class ResumingElement extends LitElement {
  readonly requests = new RequestController(this);
  loads = 0;
  finished = 0;
  release?: () => void;
  load(): void {
    this.loads += 1;
    void this.requests
      .run('load', () => new Promise<void>((resolve) => (this.release = resolve)), { resume: () => this.load() })
      .then((outcome) => {
        if (outcome.status === 'ok') this.finished += 1;
      });
  }
}
customElements.define('test-resuming-element', ResumingElement);

class LiveElement extends LitElement {
  heard: ChangeEvent[] = [];
  readonly live = new LiveUpdatesController(this, (change) => this.heard.push(change));
}
customElements.define('test-live-element', LiveElement);

class AnnouncingElement extends LitElement {
  readonly announcer = new AnnouncerController(this);
  override render() {
    return this.announcer.render();
  }
}
customElements.define('test-announcing-element', AnnouncingElement);

class GuardedElement extends InviteKitElement {
  answer: () => Promise<boolean> = async () => true;
  allowedRuns = 0;
  readonly access = new AccessController(this, {
    check: () => this.answer(),
    onAllowed: () => {
      this.allowedRuns += 1;
    },
    focusTarget: () => this.renderRoot.querySelector<HTMLElement>('#content'),
  });
  override firstUpdated(): void {
    void this.access.check();
  }
  override render() {
    const { access } = this;
    if (access.state === 'checking') return this.renderLoadingStatus();
    if (access.state === 'forbidden') {
      return access.renderForbidden({
        title: 'Not for you',
        text: 'Only portal admins.',
        retryLabel: 'Try again',
        checkingText: 'Checking…',
      });
    }
    if (access.state === 'failed') return this.renderErrorAlert(access.error!, { onRetry: access.retry });
    return html`<button id="content">Content</button>`;
  }
}
customElements.define('test-guarded-element', GuardedElement);

class ErrorElement extends InviteKitElement {
  error?: InviteKitError;
  retries = 0;
  override render() {
    return this.error ? this.renderErrorAlert(this.error, { onRetry: () => (this.retries += 1) }) : nothing;
  }
  wait(): number {
    return this.retryWait(this.error);
  }
}
customElements.define('test-error-element', ErrorElement);

class ViewerElement extends InviteKitElement {
  viewerName?: string;
  override firstUpdated(): void {
    void this.resolveViewer().then((viewer) => (this.viewerName = viewer.fullName));
  }
  override render() {
    return html`${this.renderDemoBadge()}`;
  }
}
customElements.define('test-viewer-element', ViewerElement);

// ---- Tests ---------------------------------------------------------------------------------

describe('shared plumbing', () => {
  describe('RequestController: removed mid-request and put back', () => {
    it('resumes what was interrupted, once, and never what finished or was aborted on purpose', async () => {
      const element = await fixture<ResumingElement>(html`<test-resuming-element></test-resuming-element>`);
      element.load();
      expect(element.loads).to.equal(1);
      const parent = element.parentElement!;
      element.remove();
      parent.append(element);
      await Promise.resolve();
      await Promise.resolve();
      expect(element.loads, 'the interrupted load runs again').to.equal(2);
      element.release!();
      await waitUntil(() => element.finished === 1);
      element.remove();
      parent.append(element);
      await Promise.resolve();
      await Promise.resolve();
      expect(element.loads, 'nothing was in flight: nothing resumes').to.equal(2);
      element.load();
      element.requests.abort('load');
      element.remove();
      parent.append(element);
      await Promise.resolve();
      await Promise.resolve();
      expect(element.loads, 'an abort on purpose is not resumed').to.equal(3);
    });
  });

  describe('LiveUpdatesController', () => {
    it('follows a client while on the page, stops when removed and follows again when put back', async () => {
      const client = createMemoryClient();
      const element = await fixture<LiveElement>(html`<test-live-element></test-live-element>`);
      element.live.follow(client);
      client.simulateJoinRequest(DEMO_IDS.flowWorkspaceId, { fullName: 'Ana', email: 'ana@example.com' });
      expect(element.heard.map((change) => change.type)).to.include('join-requests-changed');
      const parent = element.parentElement!;
      element.remove();
      element.heard = [];
      client.simulateJoinRequest(DEMO_IDS.flowWorkspaceId, { fullName: 'Ben', email: 'ben@example.com' });
      expect(element.heard, 'nothing reaches a removed element').to.deep.equal([]);
      parent.append(element);
      client.simulateJoinRequest(DEMO_IDS.flowWorkspaceId, { fullName: 'Cy', email: 'cy@example.com' });
      expect(element.heard.length).to.be.above(0);
    });

    it('does not subscribe to a client without live updates', async () => {
      const client = createMemoryClient({ capabilities: { liveUpdates: false } });
      let subscribed = 0;
      const counting: InviteClient = { ...client, subscribe: (listener) => (subscribed++, client.subscribe(listener)) };
      const element = await fixture<LiveElement>(html`<test-live-element></test-live-element>`);
      element.live.follow(counting);
      expect(subscribed).to.equal(0);
      expect(element.live.active).to.equal(false);
    });
  });

  describe('AnnouncerController', () => {
    it('says the same sentence twice by emptying the region first', async () => {
      const element = await fixture<AnnouncingElement>(html`<test-announcing-element></test-announcing-element>`);
      const region = () => element.shadowRoot!.querySelector('[role="status"]')!.textContent;
      element.announcer.announce('Saved.');
      await frames();
      expect(region()).to.equal('Saved.');
      element.announcer.announce('Saved.');
      await element.updateComplete;
      expect(region(), 'emptied first').to.equal('');
      await frames();
      expect(region()).to.equal('Saved.');
    });
  });

  describe('AccessController', () => {
    it('a rule (the viewer may not) says why and offers no "Try again"', async () => {
      const element = document.createElement('test-guarded-element') as GuardedElement;
      element.answer = async () => false;
      document.body.append(element);
      await waitUntil(() => element.access.state === 'forbidden');
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.include('Not for you');
      expect(element.shadowRoot!.querySelector('[part~="retry-button"]')).to.equal(null);
      await expect(element).to.be.accessible();
      element.remove();
    });

    it('a refusal from the backend offers "Try again", which keeps focus and hands it on once allowed', async () => {
      const element = document.createElement('test-guarded-element') as GuardedElement;
      element.answer = async () => {
        throw new InviteKitError('permission', 'Your session ended.');
      };
      document.body.append(element);
      await waitUntil(() => element.access.state === 'forbidden');
      await element.updateComplete;
      const retry = element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="forbidden-retry-button"]')!;
      expect(retry).to.exist;
      retry.focus();
      let release!: (value: boolean) => void;
      element.answer = () => new Promise((resolve) => (release = resolve));
      retry.click();
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part~="forbidden-retry-button"]'), 'still there while checking').to.equal(retry);
      expect(retry.getAttribute('aria-disabled')).to.equal('true');
      release(true);
      await waitUntil(() => element.shadowRoot!.activeElement?.id === 'content', 'focus moves to the content');
      expect(element.allowedRuns).to.equal(1);
      element.remove();
    });

    it('a failed check shows the error with its retry', async () => {
      const element = document.createElement('test-guarded-element') as GuardedElement;
      element.answer = async () => {
        throw new InviteKitError('network', 'down');
      };
      document.body.append(element);
      await waitUntil(() => element.access.state === 'failed');
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector('[part~="alert"]')!.textContent).to.include(translate('en', 'error.network'));
      element.answer = async () => true;
      element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await waitUntil(() => element.access.state === 'allowed');
      element.remove();
    });
  });

  describe('429: Retry-After counts down and holds the retry', () => {
    it('counts from when the answer arrived', () => {
      const error = new InviteKitError('rate_limited', 'slow down', { retryAfter: 3 });
      noteRetryAfter(error, 1_000_000);
      expect(secondsUntilRetry(error, 1_000_000)).to.equal(3);
      expect(secondsUntilRetry(error, 1_001_200)).to.equal(2);
      expect(secondsUntilRetry(error, 1_003_000)).to.equal(0);
    });

    it('the alert counts down, its "Try again" does nothing until the wait is over, then works', async () => {
      const element = await fixture<ErrorElement>(html`<test-error-element></test-error-element>`);
      element.error = new InviteKitError('rate_limited', 'Too many', { retryAfter: 2 });
      element.requestUpdate();
      await element.updateComplete;
      const alert = () => element.shadowRoot!.querySelector('[part~="alert"]')!.textContent!;
      const button = () => element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
      expect(alert()).to.include(translate('en', 'error.rate_limited_seconds', { count: 2 }));
      expect(button().getAttribute('aria-disabled')).to.equal('true');
      button().click();
      expect(element.retries, 'held').to.equal(0);
      await waitUntil(() => alert().includes(translate('en', 'error.rate_limited_seconds', { count: 1 })), 'counts down', {
        timeout: 2500,
      });
      await waitUntil(() => alert().includes(translate('en', 'error.rate_limited_now')), 'the wait ends', { timeout: 2500 });
      expect(element.wait()).to.equal(0);
      expect(button().getAttribute('aria-disabled')).to.equal('false');
      button().click();
      expect(element.retries).to.equal(1);
    });
  });

  describe('the error rule', () => {
    const element = document.createElement('div');
    const t = (locale: string) => (key: string, params?: Record<string, string | number>) => translate(locale, key, params);

    it("leads with the backend's message when it is in the page's language", () => {
      const error = new InviteKitError('conflict', 'Rahul Mehta already uses rahul@example.org.');
      const described = describeErrorFor(error, { t: t('en'), locale: 'en-GB', element, waitSeconds: 0 });
      expect(described).to.deep.equal({ message: 'Rahul Mehta already uses rahul@example.org.' });
    });

    it("on a page in another language, leads with the kit's sentence and keeps the backend's as a detail", () => {
      const error = new InviteKitError('conflict', 'Rahul Mehta already uses rahul@example.org.');
      const described = describeErrorFor(error, { t: t('ar'), locale: 'ar', element, waitSeconds: 0 });
      expect(described.message).to.equal(translate('ar', 'error.conflict'));
      expect(described.detail).to.equal('Rahul Mehta already uses rahul@example.org.');
      const japaneseBackend = describeErrorFor(new InviteKitError('validation', '名前が長すぎます。'), {
        t: t('ja'),
        locale: 'ja',
        element,
        waitSeconds: 0,
        messagesLocale: 'ja',
      });
      expect(japaneseBackend).to.deep.equal({ message: '名前が長すぎます。' });
    });

    it("other codes always speak the kit's words", () => {
      const described = describeErrorFor(new InviteKitError('unavailable', 'upstream 503'), {
        t: t('en'),
        locale: 'en',
        element,
        waitSeconds: 0,
      });
      expect(described).to.deep.equal({ message: translate('en', 'error.unavailable') });
    });

    it("a host's describer wins, and may keep the kit's by answering nothing", () => {
      const error = new InviteKitError('permission', 'Nope.');
      const custom = describeErrorFor(error, {
        t: t('en'),
        locale: 'en',
        element,
        waitSeconds: 0,
        describer: (failure, context) => (failure.code === 'permission' ? `Ask IT (${context.message})` : undefined),
      });
      expect(custom).to.deep.equal({ message: 'Ask IT (Nope.)' });
      const kept = describeErrorFor(new InviteKitError('network', 'x'), {
        t: t('en'),
        locale: 'en',
        element,
        waitSeconds: 0,
        describer: () => undefined,
      });
      expect(kept.message).to.equal(translate('en', 'error.network'));
    });

    it("the provider's describer reaches the elements inside it", async () => {
      const client = createMemoryClient();
      const provider = await fixture(html`<invite-kit-provider .client=${client} .errorDescriber=${() => 'Host words.'}>
        <test-error-element></test-error-element>
      </invite-kit-provider>`);
      const inner = provider.querySelector<ErrorElement>('test-error-element')!;
      inner.error = new InviteKitError('unknown', 'boom');
      inner.requestUpdate();
      await inner.updateComplete;
      expect(inner.shadowRoot!.querySelector('.alert-message')!.textContent).to.equal('Host words.');
    });
  });

  describe('the viewer', () => {
    it('is asked once per client however many elements want it at the same time', async () => {
      const client = createMemoryClient({ latency: 30 });
      await fixture(html`<invite-kit-provider .client=${client}>
        <test-viewer-element></test-viewer-element><test-viewer-element></test-viewer-element><test-viewer-element></test-viewer-element>
      </invite-kit-provider>`);
      await waitUntil(() => [...document.querySelectorAll<ViewerElement>('test-viewer-element')].every((element) => element.viewerName));
      expect(client.callCount('getViewer')).to.equal(1);
    });

    it('one caller giving up does not abort the others', async () => {
      const client = createMemoryClient({ latency: 30 });
      const stop = new AbortController();
      const first = requestViewer(client, stop.signal);
      const second = requestViewer(client);
      stop.abort();
      await first.then(
        () => expect.fail('the first caller gave up'),
        (error: Error) => expect(error.name).to.equal('AbortError'),
      );
      expect((await second).id).to.equal(DEMO_IDS.adminId);
      expect(client.callCount('getViewer')).to.equal(1);
    });
  });

  describe('the embedded demo portal', () => {
    it('marks an element that falls back to it with a "Demo data" badge, and says so once in the console', async () => {
      const warnings: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const first = await fixture<ViewerElement>(html`<test-viewer-element></test-viewer-element>`);
        const second = await fixture<ViewerElement>(html`<test-viewer-element></test-viewer-element>`);
        await waitUntil(() => first.viewerName && second.viewerName);
        await first.updateComplete;
        await second.updateComplete;
        expect(first.shadowRoot!.querySelector('[part="demo-badge"]')!.textContent!.trim()).to.equal(translate('en', 'kit.demoData'));
        expect(warnings.filter((args) => String(args[0]).includes('demo portal'))).to.have.length(1);
        first.client = createMemoryClient();
        await first.updateComplete;
        expect(first.shadowRoot!.querySelector('[part="demo-badge"]'), 'gone once a client is set').to.equal(null);
      } finally {
        console.warn = warn;
      }
    });
  });
});
