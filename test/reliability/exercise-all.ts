/**
 * Uses every element the way a person would — the profile menu and its dialog, typing and
 * sending an invitation, copying, refreshing and restricting the invite link, the members
 * panel's filter, menu, resend, join requests and picker, the resend button, the Admin
 * Portal's list, search, Bulk Invite and link, and the invitee pages (signing up through the
 * invite link, asking to join a workspace, accepting an invitation) — on whatever client it is given. The strict-CSP
 * page and the security test both run it.
 */
import { DEMO_IDS } from '../../src/client/memory/memory-client.js';
import type { InviteClient } from '../../src/client/invite-client.js';
import '../../src/index.js';
import type { AcceptInvitation } from '../../src/accept-invitation/accept-invitation.js';
import type { InternalUsersAdmin } from '../../src/internal-users-admin/internal-users-admin.js';
import type { InviteKitProvider } from '../../src/invite-kit-provider/invite-kit-provider.js';
import type { InviteLinkSignUp } from '../../src/invite-link-sign-up/invite-link-sign-up.js';
import type { InviteProfileMenu } from '../../src/invite-profile-menu/invite-profile-menu.js';
import type { InviteUserDialog } from '../../src/invite-user-dialog/invite-user-dialog.js';
import type { InviteUserForm } from '../../src/invite-user-form/invite-user-form.js';
import type { ResendInviteButton } from '../../src/resend-invite-button/resend-invite-button.js';
import type { WorkspaceJoinRequest } from '../../src/workspace-join-request/workspace-join-request.js';
import type { WorkspaceMembersPanel } from '../../src/workspace-members-panel/workspace-members-panel.js';
import { q, typeInto } from '../fixtures/dom.js';
import { bulkInviteTwo, refreshAndRestrictLink, sendInviteToWorkspace } from '../fixtures/flows.js';
import { tick, waitUntil } from '../fixtures/wait.js';

export interface ExerciseResult {
  steps: string[];
  errors: string[];
}

/** Runs every step on `client` inside `container`; a step that fails is reported, and the others still run. */
export async function exerciseEverything(container: HTMLElement, client: InviteClient): Promise<ExerciseResult> {
  const steps: string[] = [];
  const errors: string[] = [];
  const step = async (name: string, run: () => Promise<void>): Promise<void> => {
    try {
      await run();
      steps.push(name);
    } catch (error) {
      errors.push(`${name}: ${(error as Error).message}`);
    }
  };
  const provider = document.createElement('invite-kit-provider') as InviteKitProvider;
  provider.client = client;
  container.append(provider);

  await step('profile menu opens the invite dialog', async () => {
    const menu = document.createElement('invite-profile-menu') as InviteProfileMenu;
    provider.append(menu);
    await waitUntil(() => q(menu, '[part~="invite-item"]'), 'the viewer');
    menu.show();
    await waitUntil(() => q(menu, '[part~="invite-item"]')?.matches(':focus') || menu.open, 'the menu');
    q(menu, '[part~="invite-item"]')!.click();
    await waitUntil(() => q(q(menu, 'invite-user-dialog'), 'dialog')?.hasAttribute('open'), 'the dialog');
    await (q(menu, 'invite-user-dialog') as InviteUserDialog).hide();
  });

  await step('dialog: type and send an invitation', async () => {
    const dialog = document.createElement('invite-user-dialog') as InviteUserDialog;
    provider.append(dialog);
    await dialog.show();
    await sendInviteToWorkspace(q<InviteUserForm>(dialog, 'invite-user-form')!);
    // The other tab: copy (the frame may refuse the clipboard: the fallback selects the link) and refresh.
    dialog.tab = 'share-link';
    await dialog.updateComplete;
    const link = q(dialog, 'share-invite-link')!;
    await waitUntil(() => q<HTMLInputElement>(link, '#link')?.value, 'the link');
    q(link, '[part~="copy-button"]')!.click();
    await tick(50);
    await refreshAndRestrictLink(link);
    await dialog.hide();
  });

  await step('members panel: rows, filter, menu, resend, join request, picker', async () => {
    const panel = document.createElement('workspace-members-panel') as WorkspaceMembersPanel;
    panel.workspaceId = DEMO_IDS.flowWorkspaceId;
    panel.resendCooldown = 0;
    provider.append(panel);
    await waitUntil(() => q(panel, '[role="listitem"]'), 'rows');
    typeInto(q<HTMLInputElement>(panel, '#filter')!, 'a');
    await panel.updateComplete;
    typeInto(q<HTMLInputElement>(panel, '#filter')!, '');
    await panel.updateComplete;
    await waitUntil(() => q(panel, `[data-key="member:${DEMO_IDS.notJoinedMemberId}"] [data-menu-trigger]`), 'the not-joined row');
    q(panel, `[data-key="member:${DEMO_IDS.notJoinedMemberId}"] [data-menu-trigger]`)!.click();
    await waitUntil(() => q(panel, '#invitation-menu resend-invite-button'), 'the menu');
    const resend = q<ResendInviteButton>(panel, '#invitation-menu resend-invite-button')!;
    await resend.updateComplete;
    q(resend, 'button')!.click();
    await waitUntil(() => resend.state === 'ready' || resend.state === 'sent', 'resent');
    q(panel, '[part~="approve-client-button"]')!.click();
    await panel.updateComplete;
    q(panel, '[part="invite-members-button"]')!.click();
    await waitUntil(() => q(q(panel, 'workspace-members-picker'), '#search'), 'the picker');
    const picker = q(panel, 'workspace-members-picker')!;
    typeInto(q<HTMLInputElement>(picker, '#search')!, 'Farid');
    await waitUntil(() => q(picker, '[part~="option"]'), 'a suggestion');
    (q(panel, '#picker-dialog') as HTMLDialogElement).close();
  });

  await step('resend-invite-button on its own', async () => {
    const button = document.createElement('resend-invite-button') as ResendInviteButton;
    button.userId = DEMO_IDS.pendingUserId;
    provider.append(button);
    await button.updateComplete;
    q(button, 'button')!.click();
    await waitUntil(() => button.state === 'sent' || button.state === 'cooldown', 'sent');
  });

  await step('admin portal: list, sort, search, invite, bulk invite, share link', async () => {
    const admin = document.createElement('internal-users-admin') as InternalUsersAdmin;
    provider.append(admin);
    await waitUntil(() => q(admin, '[part~="table"]'), 'the list');
    q(admin, '[part~="sort-button"]')!.click();
    typeInto(q<HTMLInputElement>(admin, '#search')!, 'dana');
    await tick(300);
    await admin.show('bulk-invite');
    await bulkInviteTwo(admin);
    await admin.show('share-link');
    await waitUntil(() => q<HTMLInputElement>(q(admin, 'share-invite-link'), '#link')?.value, 'the link');
    await admin.hide();
  });

  await step('invite-user-form and share-invite-link on their own', async () => {
    const form = document.createElement('invite-user-form');
    form.setAttribute('administrator-option', '');
    provider.append(form, document.createElement('share-invite-link'));
    await waitUntil(() => q(form, '#fullName'), 'the form');
    q(form, '[part~="advanced-toggle"]')!.click();
  });

  await step('invite-link-sign-up: check the link, sign up', async () => {
    // The link as it is now (refreshed above), and the domains it was limited to meanwhile.
    const { url, allowedDomains } = await client.getInviteLink();
    const page = document.createElement('invite-link-sign-up') as InviteLinkSignUp;
    page.link = url;
    provider.append(page);
    await waitUntil(() => page.status === 'ready', 'the form');
    typeInto(q<HTMLInputElement>(page, '#fullName')!, 'Mae Jemison');
    typeInto(q<HTMLInputElement>(page, '#contact')!, `mae.jemison@${allowedDomains[0] ?? 'example.com'}`);
    page.submit();
    await waitUntil(() => page.status === 'signed-up', 'signed up');
    q(page, '[part~="sign-in-button"]')!.click();
  });

  await step('workspace-join-request: the workspace, then Request to Join', async () => {
    // The admin is not in Marketing: the page offers the request, prefilled with who they are.
    const page = document.createElement('workspace-join-request') as WorkspaceJoinRequest;
    page.link = (await client.getWorkspaceLink(DEMO_IDS.smallWorkspaceId)).url;
    provider.append(page);
    await waitUntil(() => page.status === 'editing', 'the form');
    typeInto(q<HTMLInputElement>(page, '#fullName')!, 'Mae Jemison');
    typeInto(q<HTMLInputElement>(page, '#contact')!, '+44 20 7946 0111');
    q(page, '[part~="submit-button"]')!.click();
    await waitUntil(() => page.status === 'pending', 'the request is pending');
  });

  await step('accept-invitation: read the invitation, accept it', async () => {
    const { token } = await client.inviteInternalUser({
      fullName: 'Ines Invitee',
      email: 'ines.invitee@example.com',
      delivery: { method: 'contacts' },
    });
    const page = document.createElement('accept-invitation') as AcceptInvitation;
    page.token = token!;
    provider.append(page);
    await waitUntil(() => page.status === 'pending', 'the invitation');
    typeInto(q<HTMLInputElement>(page, '#fullName')!, 'Inès Invitee');
    q(page, '[part~="accept-button"]')!.click();
    await waitUntil(() => page.status === 'accepted-now', 'accepted');
  });

  await tick(200);
  return { steps, errors };
}
