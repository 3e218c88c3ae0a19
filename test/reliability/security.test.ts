/**
 * Guarantees, checked while every element is used on the memory client and on the fetch client
 * (over msw), with client data carrying a marker and markup:
 *
 * - no HTML string is ever parsed from client data (innerHTML, outerHTML, insertAdjacentHTML,
 *   document.write, DOMParser, createContextualFragment), and nothing is evaluated (eval,
 *   Function, string timers);
 * - nothing is requested from another origin (every fetch, beacon, socket, event stream and
 *   loaded resource stays on the page's origin);
 * - no invite link or token is written to the console, and nothing at all to localStorage,
 *   sessionStorage, cookies, IndexedDB or the Cache API (only a memory client given a
 *   `storage` — the demo — keeps its portal, and only through that storage).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { createFetchClient } from '../../src/client/fetch/index.js';
import { createMemoryClient } from '../../src/client/memory/memory-client.js';
import type { MemoryClient } from '../../src/client/memory/memory-client.js';
import { createInviteKitHandlers } from '../../src/msw/index.js';
import { rewritingResults } from '../fixtures/clients.js';
import { exerciseEverything } from './exercise-all.js';
import { useMswWorker } from '../fixtures/msw.js';

// Past the default 250 entries a browser stops recording resource timings (the test runner
// serves every module on its own): room for all, so what is fetched here is seen.
performance.setResourceTimingBufferSize(100_000);

const worker = useMswWorker(() => []);
const MARKER = 'zq-client-data-7f3a';

interface Sinks {
  html: string[];
  evaluated: string[];
  requests: string[];
  console: string[];
  storage: string[];
  restore(): void;
}

/** A console argument or stored value as the text it would leave behind. */
function asString(value: unknown): string {
  if (value instanceof Error) return `${value.message} ${value.stack ?? ''}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Replaces every dangerous or leaky platform door with a recorder that still opens it. */
function watchSinks(): Sinks {
  const sinks: Sinks = { html: [], evaluated: [], requests: [], console: [], storage: [], restore: () => {} };
  const undo: Array<() => void> = [];
  const wrapSetter = (proto: object, property: string, record: (value: unknown) => void) => {
    const descriptor = Object.getOwnPropertyDescriptor(proto, property);
    if (!descriptor?.set) return;
    Object.defineProperty(proto, property, {
      ...descriptor,
      set(value: unknown) {
        record(value);
        descriptor.set!.call(this, value);
      },
    });
    undo.push(() => Object.defineProperty(proto, property, descriptor));
  };
  const wrapMethod = <T extends object>(owner: T, name: keyof T & string, record: (args: unknown[]) => void) => {
    const original = owner[name] as unknown as (...args: unknown[]) => unknown;
    if (typeof original !== 'function') return;
    (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      record(args);
      return original.apply(this, args);
    };
    undo.push(() => void ((owner as Record<string, unknown>)[name] = original));
  };

  for (const proto of [Element.prototype, ShadowRoot.prototype]) {
    wrapSetter(proto, 'innerHTML', (value) => sinks.html.push(`innerHTML = ${asString(String(value))}`));
  }
  wrapSetter(Element.prototype, 'outerHTML', (value) => sinks.html.push(`outerHTML = ${asString(String(value))}`));
  wrapMethod(Element.prototype, 'insertAdjacentHTML', (args) => sinks.html.push(`insertAdjacentHTML(${asString(args[1])})`));
  wrapMethod(Document.prototype, 'write', (args) => sinks.html.push(`document.write(${asString(args[0])})`));
  wrapMethod(DOMParser.prototype, 'parseFromString', (args) => sinks.html.push(`DOMParser(${asString(args[0])})`));
  wrapMethod(Range.prototype, 'createContextualFragment', (args) => sinks.html.push(`createContextualFragment(${asString(args[0])})`));

  // Wrapping the global eval is how a call to it is noticed; nothing here evaluates anything itself.
  wrapMethod(window as unknown as Record<string, unknown>, 'eval', (args) => sinks.evaluated.push(`eval(${asString(args[0])})`));
  const OriginalFunction = window.Function;
  window.Function = new Proxy(OriginalFunction, {
    construct(target, args) {
      sinks.evaluated.push(`new Function(${asString(args)})`);
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      sinks.evaluated.push(`Function(${asString(args)})`);
      return Reflect.apply(target, self, args);
    },
  });
  undo.push(() => void (window.Function = OriginalFunction));
  for (const timer of ['setTimeout', 'setInterval'] as const) {
    wrapMethod(window, timer, (args) => {
      if (typeof args[0] === 'string') sinks.evaluated.push(`${timer}(${asString(args[0])})`);
    });
  }

  wrapMethod(window, 'fetch', (args) => sinks.requests.push(`fetch ${args[0] instanceof Request ? args[0].url : String(args[0])}`));
  wrapMethod(XMLHttpRequest.prototype, 'open', (args) => sinks.requests.push(`xhr ${String(args[1])}`));
  wrapMethod(navigator, 'sendBeacon', (args) => sinks.requests.push(`beacon ${String(args[0])}`));
  for (const name of ['WebSocket', 'EventSource'] as const) {
    const Original = window[name] as unknown as new (...args: unknown[]) => object;
    (window as unknown as Record<string, unknown>)[name] = new Proxy(Original, {
      construct(target, args) {
        sinks.requests.push(`${name} ${String(args[0])}`);
        return Reflect.construct(target, args);
      },
    });
    undo.push(() => void ((window as unknown as Record<string, unknown>)[name] = Original));
  }

  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      sinks.console.push(`console.${method}: ${args.map(asString).join(' ')}`);
      (original as (...a: unknown[]) => void).apply(console, args);
    };
    undo.push(() => void (console[method] = original));
  }

  wrapMethod(Storage.prototype, 'setItem', (args) => sinks.storage.push(`setItem(${asString(args[0])}, …)`));
  wrapSetter(Document.prototype, 'cookie', (value) => sinks.storage.push(`cookie = ${asString(value)}`));
  wrapMethod(IDBFactory.prototype, 'open', (args) => sinks.storage.push(`indexedDB.open(${asString(args[0])})`));
  if ('caches' in window) wrapMethod(CacheStorage.prototype, 'open', (args) => sinks.storage.push(`caches.open(${asString(args[0])})`));

  sinks.restore = () => undo.reverse().forEach((step) => step());
  return sinks;
}

/** The link tokens the backend holds now and held before (refreshed links included), and every invitation's token. */
function tokensOf(backend: MemoryClient): string[] {
  const portal = backend.snapshot();
  return [
    portal.inviteLink.token,
    ...portal.inviteLink.replacedTokens,
    ...portal.workspaceLinks.map((link) => link.token),
    ...(portal.invitationTokens ?? []).map((entry) => entry.token),
  ];
}

/** Every name, address and team name the client returns carries the marker and some markup. */
function withMarkedData<C extends Parameters<typeof rewritingResults>[0]>(client: C): C {
  return rewritingResults(client, (key, value) =>
    key === 'fullName' || key === 'name' ? `${value} <img src=x onerror=__pwned()> ${MARKER}` : undefined,
  );
}

describe('reliability: no markup from data, no eval, nothing to third parties, no secrets in the console or storage', () => {
  let sinks: Sinks | undefined;
  afterEach(() => {
    sinks?.restore();
    sinks = undefined;
  });

  async function run(label: string, backend: MemoryClient, client: Parameters<typeof exerciseEverything>[1]) {
    const storageBefore = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const resourcesBefore = performance.getEntriesByType('resource').length;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    sinks = watchSinks();
    const { steps, errors } = await exerciseEverything(container, client);
    sinks.restore();
    const watched = sinks;
    sinks = undefined;

    console.log(
      `${label}: ${watched.html.length} HTML strings parsed (Lit's templates), ${watched.requests.length} requests, ${watched.console.length} console lines checked`,
    );
    expect(errors, `${label}: every step works`).to.deep.equal([]);
    expect(steps.length, label).to.be.at.least(9);

    // No HTML parsed from data: the only HTML strings are Lit's own templates, never client data.
    expect(
      watched.html.filter((entry) => entry.includes(MARKER) || entry.includes('__pwned')),
      `${label}: client data parsed as HTML`,
    ).to.deep.equal([]);
    for (const entry of watched.html) expect(entry, `${label}: only template elements are given HTML`).to.match(/^innerHTML = /u);
    expect(watched.evaluated, `${label}: nothing evaluated`).to.deep.equal([]);

    // Nothing leaves the page's origin.
    const foreign = (url: string) => new URL(url.replace(/^\w+ /u, ''), location.href).origin !== location.origin;
    expect(watched.requests.filter(foreign), `${label}: requests to another origin`).to.deep.equal([]);
    const resources = performance
      .getEntriesByType('resource')
      .slice(resourcesBefore)
      .map((entry) => entry.name);
    expect(
      resources.filter((url) => new URL(url).origin !== location.origin),
      `${label}: resources from another origin`,
    ).to.deep.equal([]);

    // No link, token or marker in the console; nothing stored anywhere.
    const secrets = tokensOf(backend);
    expect(secrets.length).to.be.at.least(3);
    const leaks = watched.console.filter(
      (line) => secrets.some((secret) => line.includes(secret)) || /\/invite\/|\/w\/|[?&]token=/u.test(line),
    );
    expect(leaks, `${label}: links or tokens in the console`).to.deep.equal([]);
    expect(watched.storage, `${label}: storage written`).to.deep.equal([]);
    expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(storageBefore);
    for (const key of Object.keys(localStorage)) {
      const value = localStorage.getItem(key) ?? '';
      expect(
        secrets.some((secret) => value.includes(secret)),
        `${label}: a token in localStorage["${key}"]`,
      ).to.equal(false);
    }
    return watched;
  }

  it('with the memory client', async function () {
    this.timeout(60_000);
    const backend = createMemoryClient();
    const watched = await run('memory client', backend, withMarkedData(backend));
    expect(watched.requests, 'the memory client makes no requests').to.deep.equal([]);
  });

  it('with the fetch client over the REST contract', async function () {
    this.timeout(60_000);
    const backend = createMemoryClient();
    const baseUrl = '/security-test/api';
    worker().use(...createInviteKitHandlers({ client: withMarkedData(backend), baseUrl }));
    const client = createFetchClient({ baseUrl, capabilities: { ...backend.capabilities, liveUpdates: false } });
    const watched = await run('fetch client', backend, client);
    expect(watched.requests.length, 'the fetch client made its requests').to.be.greaterThan(10);
  });

  it('the demo keeps its portal only through the storage it is given', async () => {
    const saved: string[] = [];
    sinks = watchSinks();
    const backend = createMemoryClient({ storage: { load: () => null, save: (json) => void saved.push(json) } });
    await backend.refreshInviteLink();
    sinks.restore();
    expect(saved.length, 'saved through the given storage').to.equal(1);
    expect(sinks.storage, 'never to the browser’s storage by itself').to.deep.equal([]);
  });
});
