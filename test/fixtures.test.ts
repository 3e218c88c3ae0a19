/**
 * The shared test fixtures keep the promises the suite relies on: `waitUntil` waits 5 s unless
 * told otherwise, the shadow-DOM queries say when something is missing, and on every test page
 * (test/fixtures/resize-observer-loop.js) only the virtualizer's ResizeObserver notice is kept
 * from failing a test or being logged as `null`: every other uncaught error still gets through.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { one, part, q, text, textOf } from './fixtures/dom.js';
import { waitUntil } from './fixtures/wait.js';

describe('test fixtures: waitUntil', () => {
  it('waits longer than @open-wc’s 1 s by default', async () => {
    const start = performance.now();
    await waitUntil(() => performance.now() - start > 1500, 'a condition that takes 1.5 s');
  });

  it('gives up after the timeout it is given, with the message', async () => {
    const error = await waitUntil(() => false, 'never', { timeout: 100 }).catch((caught: Error) => caught);
    expect((error as Error).message).to.equal('Timeout: never');
  });

  it('awaits the predicate, and rejects with what it throws', async () => {
    let calls = 0;
    await waitUntil(async () => ++calls === 3, 'the third call', { interval: 1 });
    expect(calls).to.equal(3);
    const error = await waitUntil(() => {
      throw new TypeError('broken predicate');
    }).catch((caught: Error) => caught);
    expect((error as Error).message).to.equal('broken predicate');
  });
});

describe('test fixtures: shadow DOM queries', () => {
  it('q and textOf answer null and an empty string for what is missing; one and part throw', async () => {
    const el = await fixture<HTMLElement>(html`<div><span part="label extra"> Full
      Name </span></div>`);
    expect(q(el, '[part~="label"]')).to.equal(el.firstElementChild);
    expect(textOf(el, '[part~="label"]')).to.equal('Full Name');
    expect(text(part(el, 'extra'))).to.equal('Full Name');
    expect(q(el, '#missing')).to.equal(null);
    expect(textOf(el, '#missing')).to.equal('');
    expect(() => one(el, '#missing')).to.throw('Nothing matches #missing in <div>');
    expect(() => part(el, 'missing')).to.throw('Nothing matches [part~="missing"] in <div>');
  });
});

describe('test fixtures: the ResizeObserver loop notice', () => {
  /** Records what reaches mocha's `onerror` and the test runner's logger (console.error) meanwhile. */
  async function watchUncaught(during: () => Promise<void> | void): Promise<{ reported: string[]; logged: unknown[][] }> {
    const reported: string[] = [];
    const logged: unknown[][] = [];
    const onerror = window.onerror;
    const consoleError = console.error;
    window.onerror = (message) => {
      reported.push(String(message));
      return true;
    };
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      await during();
    } finally {
      window.onerror = onerror;
      console.error = consoleError;
    }
    return { reported, logged };
  }

  it('keeps a real ResizeObserver loop notice from mocha and the test runner’s log', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    let resized = 0;
    // Growing the observed box in its own callback leaves a notification undelivered: the browser reports the loop.
    const observer = new ResizeObserver(() => {
      if (resized < 3) box.style.width = `${++resized * 10}px`;
    });
    const seen = await watchUncaught(async () => {
      observer.observe(box);
      await waitUntil(() => resized === 3, 'the observer ran three times');
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    observer.disconnect();
    box.remove();
    expect(seen.reported, 'reached mocha').to.deep.equal([]);
    expect(seen.logged, 'logged').to.deep.equal([]);
  });

  it('lets every other uncaught error through', async () => {
    const seen = await watchUncaught(() => {
      const notice = 'ResizeObserver loop completed with undelivered notifications.';
      window.dispatchEvent(new ErrorEvent('error', { message: notice, cancelable: true }));
      window.dispatchEvent(new ErrorEvent('error', { message: `Uncaught TypeError: not the ${notice}`, error: new TypeError('x') }));
      window.dispatchEvent(new ErrorEvent('error', { message: 'Uncaught Error: something else broke', error: new Error('y') }));
    });
    expect(seen.reported).to.deep.equal([
      'Uncaught TypeError: not the ResizeObserver loop completed with undelivered notifications.',
      'Uncaught Error: something else broke',
    ]);
    expect(seen.logged.map(([logged]) => (logged as Error).message)).to.deep.equal(['x', 'y']);
  });
});
