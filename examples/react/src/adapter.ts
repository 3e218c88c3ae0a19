/**
 * A custom adapter: the kit talks to your backend only through an `InviteClient`. This one
 * handles invitations itself — here they go into an array standing in for your API — and
 * passes every other call to the kit's in-memory portal. A real adapter calls your API in each
 * method (see "Implement your own adapter" in the docs, and check it with `invite-kit/testing`).
 */
import { createMemoryClient, INVITE_CLIENT_OPERATIONS } from 'invite-kit/client';
import type { InviteClient, InviteClientOperation } from 'invite-kit/client';

export interface ExampleAdapter extends InviteClient {
  /** Everyone invited through this adapter: what your backend would store. */
  readonly invited: Array<{ fullName: string; contact: string }>;
}

export function createExampleAdapter(): ExampleAdapter {
  const portal = createMemoryClient({ latency: { min: 50, max: 150 } });
  const delegated = Object.fromEntries(INVITE_CLIENT_OPERATIONS.map((operation) => [operation, portal[operation].bind(portal)])) as Pick<
    InviteClient,
    InviteClientOperation
  >;
  const invited: ExampleAdapter['invited'] = [];

  return {
    ...delegated,
    invited,
    // What this backend supports: no bulk invitations here.
    capabilities: { ...portal.capabilities, bulkInvite: false },
    async inviteInternalUser(input, options) {
      // Your API call goes here, e.g. `await fetch('/api/invitations', { method: 'POST', … })`.
      const result = await portal.inviteInternalUser(input, options);
      invited.push({ fullName: input.fullName, contact: input.email ?? input.phone ?? '' });
      return result;
    },
  };
}
