// A static file server on 127.0.0.1 (a free port) for the pages headless Chromium measures.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

/**
 * Serves the files under `root` (`/` as `index`, when given). `page(url)` may answer a request
 * first with an HTML string (pages made on the fly); `headers` go with every file.
 * Resolves to `{ origin, close }`.
 */
export async function serveStatic({ root, index, headers = {}, page }) {
  const server = createServer(async (request, response) => {
    const html = page?.(request.url);
    if (html !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(html);
      return;
    }
    // Never above `root`, whatever the URL says.
    const requested = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/u, '');
    const path = requested === '/' && index ? `/${index}` : requested;
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
