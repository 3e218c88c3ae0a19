/**
 * An element whose client can be used at once (no `ready` to wait for) sends its first
 * request while it renders its loading state, not a microtask after: the request is on its
 * way before the element's first update ends. Each element is checked on a recording client.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { createMemoryClient, DEMO_IDS } from '../src/client/memory/memory-client.js';
import type { MemoryClient } from '../src/client/memory/memory-client.js';
import type { InviteClient, InviteClientOperation } from '../src/client/invite-client.js';
import '../src/index.js';
import { recording } from './fixtures/clients.js';

interface Case {
  tag: keyof HTMLElementTagNameMap;
  operation: InviteClientOperation;
  /** The element's inputs, worked out from a fresh demo portal. */
  setup(admin: MemoryClient): Promise<{ client: InviteClient; properties: Record<string, unknown> }>;
}

const CASES: Case[] = [
  {
    tag: 'workspace-members-panel',
    operation: 'listWorkspaceMembers',
    setup: async (admin) => ({ client: admin, properties: { workspaceId: DEMO_IDS.flowWorkspaceId } }),
  },
  // Its first request is the access check (only portal admins share the link), then the link.
  { tag: 'share-invite-link', operation: 'getViewer', setup: async (admin) => ({ client: admin, properties: {} }) },
  // The viewer first: what the person may do decides what the element shows.
  { tag: 'internal-users-admin', operation: 'getViewer', setup: async (admin) => ({ client: admin, properties: {} }) },
  { tag: 'invite-user-form', operation: 'getViewer', setup: async (admin) => ({ client: admin, properties: {} }) },
  { tag: 'invite-profile-menu', operation: 'getViewer', setup: async (admin) => ({ client: admin, properties: {} }) },
  {
    tag: 'invite-link-sign-up',
    operation: 'checkInviteLink',
    setup: async (admin) => ({ client: admin.asViewer('signed-out'), properties: { link: (await admin.getInviteLink()).url } }),
  },
  {
    tag: 'workspace-join-request',
    operation: 'getWorkspaceLinkDetails',
    setup: async (admin) => ({
      client: admin.asViewer('signed-out'),
      properties: { link: (await admin.getWorkspaceLink(DEMO_IDS.groupWorkspaceId)).url },
    }),
  },
  {
    tag: 'accept-invitation',
    operation: 'getInvitation',
    setup: async (admin) => {
      const { token } = await admin.inviteInternalUser({
        fullName: 'Ines Invitee',
        email: 'ines@example.com',
        delivery: { method: 'contacts' },
      });
      return { client: admin.asViewer('nobody'), properties: { token } };
    },
  },
];

describe('a load asks its client before the first render ends', () => {
  for (const { tag, operation, setup } of CASES) {
    it(`<${tag}> calls ${operation} during its first update`, async () => {
      const { client, properties } = await setup(createMemoryClient());
      const recorder = recording(client);
      const el = document.createElement(tag) as HTMLElement & ReactiveControllerHost & { client?: InviteClient };
      Object.assign(el, { client: recorder.client, ...properties });
      let calledByFirstUpdate: boolean | undefined;
      el.addController({ hostUpdated: () => void (calledByFirstUpdate ??= recorder.calls.some((call) => call.operation === operation)) });
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(calledByFirstUpdate, `${operation} was on its way when the loading state rendered`).to.equal(true);
      } finally {
        el.remove();
      }
    });
  }
});
