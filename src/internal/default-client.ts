import type { InviteClient } from '../client/invite-client.js';

let defaultClient: Promise<InviteClient> | undefined;

/**
 * The embedded default backend: one in-memory demo portal shared by every element that has
 * neither a `client` property nor a provider. Loaded on first use so hosts that bring their
 * own adapter never download the demo data.
 */
export function getDefaultClient(): Promise<InviteClient> {
  defaultClient ??= import('../client/memory/memory-client.js').then(({ createMemoryClient }) => createMemoryClient());
  return defaultClient;
}
