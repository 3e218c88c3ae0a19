/**
 * Compile-time checks of what hosts get: the `invite-kit/react` components, and the generated
 * JSX and Vue typings (dist/types/, from `npm run build`). Checked by `tsc -p examples`;
 * each `@ts-expect-error` must stay an error.
 */
import type { CustomElements } from 'invite-kit/types/jsx';
import type { GlobalComponents } from 'vue';
import type {} from 'invite-kit/types/vue';
import { InviteUserForm, WorkspaceMembersPanel } from 'invite-kit/react';
import type { InviteUserFormElement } from 'invite-kit/react';
import type { InviteClient } from 'invite-kit/client';

declare const client: InviteClient;
declare const formRef: { current: InviteUserFormElement | null };

// invite-kit/react: typed properties, camel-cased event props with their detail, refs to the element.
export const wrapped = (
  <InviteUserForm
    ref={formRef}
    client={client}
    deliveryOptions={false}
    submitLabel="Send"
    onInviteSent={(event) => event.detail.result.user.fullName}
    onInviteBeforeSend={(event) => event.preventDefault()}
  />
);
// @ts-expect-error the detail of invite-sent has no `nope`
export const wrongDetail = <InviteUserForm onInviteSent={(event) => event.detail.nope} />;
// @ts-expect-error workspaceId is a string
export const wrongType = <WorkspaceMembersPanel workspaceId={42} />;

// The plain tags in JSX (React 19), with the generated typings.
type Tags = CustomElements;
export const tagProps: Tags['invite-user-form'] = {
  'submit-label': 'Send',
  'oninvite-sent': (event) => event.detail.input.fullName,
};
// @ts-expect-error an unknown attribute
export const unknownAttribute: Tags['share-invite-link'] = { 'no-such-attribute': true };

// Vue: the tags are global components for template type checking (Volar).
export type VueForm = GlobalComponents['invite-user-form'];
export type VuePanel = GlobalComponents['workspace-members-panel'];
