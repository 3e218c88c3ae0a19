/**
 * Matches a request against a route of the contract. msw's own path patterns need every
 * `:param` to be non-empty, but `getWorkspace('')` must reach the adapter (which answers
 * `not_found`) like any other id, or the fetch client would see an unhandled request where
 * the memory client gives a clean error.
 */
import type { HttpCustomPredicate } from 'msw';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // A stray % is the caller's text, not an encoding.
  }
}

export function routeMatcher(baseUrl: string, path: string): HttpCustomPredicate<Record<string, string>> {
  const names: string[] = [];
  const pattern = escape(path).replace(/:([A-Za-z]+)/gu, (_, name: string) => {
    names.push(name);
    return '([^/]*)';
  });
  // A relative base URL (`/api/invite-kit`) means "on this page's origin" in a browser and "any origin" elsewhere.
  const page = (globalThis as { location?: Location }).location?.href;
  const base = /^[a-z][a-z\d+.-]*:/iu.test(baseUrl) || page ? new URL(baseUrl, page) : undefined;
  const basePath = (base?.pathname ?? baseUrl).replace(/\/+$/u, '');
  // Exact: `/workspaces/` is getWorkspace(''), not listWorkspaces.
  const expression = new RegExp(`^${escape(basePath)}${pattern}$`, 'u');

  return ({ request }) => {
    const url = new URL(request.url);
    if (base && url.origin !== base.origin) return false;
    const match = expression.exec(url.pathname);
    if (!match) return false;
    return { matches: true, params: Object.fromEntries(names.map((name, index) => [name, decode(match[index + 1]!)])) };
  };
}
