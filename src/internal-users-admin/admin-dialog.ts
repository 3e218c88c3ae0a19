/**
 * The one native `<dialog>` the Admin Portal's actions open in — "Invite", "Bulk Invite" or
 * "Share Invite Link" — as a template, and where focus goes when the link dialog opens.
 * A panel's content is kept once shown, so an unsent invitation survives closing.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { InviteClient } from '../client/invite-client.js';
import { deepActiveElement } from '../internal/focus.js';
import { closeButton } from '../internal/modal-controller.js';
import type { ModalController } from '../internal/modal-controller.js';
import type { LazyElementController } from '../internal/lazy-element.js';
import { formExportParts, linkExportParts } from '../invite-user-dialog/exported-parts.js';
import type { Translate } from '../internal/locale-controller.js';

export type InternalUsersAdminView = 'invite' | 'bulk-invite' | 'share-link';

export interface AdminDialogContext {
  t: Translate;
  view: InternalUsersAdminView | undefined;
  /** The panels shown at least once. */
  shown: ReadonlySet<InternalUsersAdminView>;
  client?: InviteClient;
  bulk(): TemplateResult | typeof nothing;
  /** The Invite form's and the link's code, fetched when their dialog is first wanted. */
  formCode: LazyElementController;
  linkCode: LazyElementController;
  /** The dialog's wiring: closing by Escape, by the close button, focus back to the opener. */
  modal: ModalController;
  onInviteSent(): void;
}

export function renderAdminDialog(ctx: AdminDialogContext): TemplateResult {
  const { t, view, shown, modal } = ctx;
  // Each view's panel: its content made the first time it shows, then kept (hidden) while another shows.
  const panel = (name: InternalUsersAdminView, content: () => TemplateResult | typeof nothing) =>
    html`<div class="panel" ?hidden=${view !== name}>${shown.has(name) ? content() : nothing}</div>`;
  return html`<dialog
    part="dialog"
    class="modal dialog ${view === 'bulk-invite' ? 'dialog--wide' : ''}"
    aria-labelledby="dialog-title"
    @cancel=${modal.handleCancel}
    @close=${modal.handleClose}
  >
    <div part="dialog-header" class="modal-header">
      <h2 part="dialog-title" class="modal-title" id="dialog-title" tabindex="-1">${view ? t(`usersAdmin.dialog.${view}`) : ''}</h2>
      ${closeButton(t('common.close'), modal.handleCloseButton)}
    </div>
    <div part="dialog-body" class="modal-body">
      ${panel('invite', () =>
        ctx.formCode.render(
          () => html`<invite-user-form
            exportparts=${formExportParts}
            administrator-option
            delivery-options="false"
            submit-label=${t('usersAdmin.inviteSubmit')}
            .client=${ctx.client}
            @invite-sent=${ctx.onInviteSent}
          ></invite-user-form>`,
        ),
      )}
      ${panel('bulk-invite', ctx.bulk)}
      ${panel('share-link', () =>
        ctx.linkCode.render(
          () => html`<share-invite-link
            exportparts=${linkExportParts}
            hide-heading
            heading-level="3"
            label=${t('usersAdmin.shareLinkLabel')}
            .client=${ctx.client}
          ><p slot="note" part="link-note" class="hint link-note">${t('usersAdmin.shareLinkNote')}</p></share-invite-link>`,
        ),
      )}
    </div>
  </dialog>`;
}

/**
 * Copy is what people open the link dialog for: the title holds focus until the link has
 * loaded, then Copy takes it — unless the person has moved on, or closed the dialog, meanwhile.
 */
export async function focusCopyWhenLoaded(root: ParentNode, stillOpen: () => boolean): Promise<void> {
  const title = root.querySelector<HTMLElement>('#dialog-title');
  title?.focus();
  const copyButton = () => root.querySelector('share-invite-link')?.shadowRoot?.querySelector<HTMLElement>('[part~="copy-button"]') ?? null;
  for (let frame = 0; frame < 240 && !copyButton(); frame++) {
    if (!stillOpen()) return;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  if (stillOpen() && deepActiveElement() === title) copyButton()?.focus();
}
