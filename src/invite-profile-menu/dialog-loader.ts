import { loadDependency } from '../internal/define.js';

let dialogLoad: Promise<void> | undefined;

/**
 * The "Invite Internal User" dialog, fetched the first time it is wanted: the profile menu sits
 * in every page's header, while the dialog (the invite form and its validation) is most of the
 * menu's weight and opens rarely. Started early as the pointer or focus reaches the menu item,
 * so by the click it has usually arrived. A failed load is forgotten, so the next try fetches again.
 */
export function loadInviteDialog(): Promise<void> {
  dialogLoad ??= loadDependency('invite-user-dialog', () =>
    import('../invite-user-dialog/invite-user-dialog.js').then((module) => module.InviteUserDialog),
  ).catch((error: unknown) => {
    dialogLoad = undefined;
    throw error;
  });
  return dialogLoad;
}
