/** Shared helpers for the members panel tests (not a test file itself). */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { WorkspaceMembersPanel } from '../src/workspace-members-panel/define.js';

/**
 * The virtualizer's ResizeObserver can report "loop completed with undelivered
 * notifications", which is harmless but would fail the test as an uncaught error.
 */
export function allowResizeObserverNoise(): void {
  let original: OnErrorEventHandler;
  before(() => {
    original = window.onerror;
    window.onerror = function (message, ...rest) {
      if (/ResizeObserver loop/u.test(String(message))) return true;
      return original ? (original as (...args: unknown[]) => boolean).call(window, message, ...rest) : false;
    };
  });
  after(() => {
    window.onerror = original;
  });
}

export function q<T extends Element = HTMLElement>(root: Element, selector: string): T | null {
  return (root.shadowRoot ?? root).querySelector<T>(selector) as T | null;
}

export function textOf(root: Element, selector: string): string {
  return (q(root, selector)?.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

export function rows(el: WorkspaceMembersPanel): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="listitem"]')];
}

export function rowByName(el: WorkspaceMembersPanel, name: string): HTMLElement | undefined {
  return rows(el).find((row) => row.querySelector('[part~="name"]')?.textContent?.trim() === name);
}

/** The focused element, through shadow roots. */
export { deepActive } from './fixtures/dom.js';

export async function panelFixture(client: MemoryClient, workspaceId: string, cooldown = 0): Promise<WorkspaceMembersPanel> {
  const el = await fixture<WorkspaceMembersPanel>(
    html`<workspace-members-panel .client=${client} workspace-id=${workspaceId} resend-cooldown=${cooldown}></workspace-members-panel>`,
  );
  await waitUntil(() => q(el, '[role="listitem"], [part="empty"], [part="error"]'), 'the panel loads');
  return el;
}
