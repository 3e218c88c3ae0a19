/**
 * The set-up every element's stories share: each story renders against its own in-memory
 * backend (the `makeClient` arg, hidden from the controls), its `play` waits for a state with
 * `until`, and a dark story paints the host's card dark. Kept outside the `*.stories.ts` files
 * so Storybook and the story smoke test do not take these exports for stories.
 */
import { createMemoryClient } from '../../src/client/memory/memory-client.js';
import type { MemoryClient, MemoryClientOptions } from '../../src/client/memory/memory-client.js';

/** The arg with which a story builds its own memory client, once for each render. */
export interface MemoryClientArgs {
  /** Builds this story's own memory client. */
  makeClient: () => MemoryClient;
}

/**
 * A `makeClient`: a new memory client made with `options` (the demo portal by default), which
 * `prepare` may set up further (a slower call, a failure to come) before the element gets it.
 */
export function memoryClient(options: MemoryClientOptions = {}, prepare?: (client: MemoryClient) => void): () => MemoryClient {
  return () => {
    const client = createMemoryClient(options);
    prepare?.(client);
    return client;
  };
}

/** A `makeClient` for the demo portal whose next call of one operation fails: `failNext`'s arguments. */
export function failingNext(...failure: Parameters<MemoryClient['failNext']>): () => MemoryClient {
  return memoryClient({}, (client) => client.failNext(...failure));
}

/** Hides `makeClient` (a function, no control can edit it) from the controls table. */
export const makeClientArgType = { table: { disable: true } };

/** The light / dark switch of the stories whose `colorScheme` arg is always set. */
export const colorSchemeArgType = { control: 'inline-radio' as const, options: ['light', 'dark'] };

/** The host's card behind an element that draws no background of its own: dark in the dark stories. */
export function cardBackground(colorScheme: string | undefined): string {
  return colorScheme === 'dark' ? '#1b1d24' : 'transparent';
}

/** Polls once a frame, plain DOM and no test library, until `find` returns something; throws after `timeout` ms. */
export async function until<T>(find: () => T | null | undefined | false, timeout = 4000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = find();
    if (found) return found;
    if (performance.now() - start > timeout) throw new Error('The story did not reach its state in time.');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}
