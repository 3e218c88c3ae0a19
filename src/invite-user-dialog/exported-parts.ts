/**
 * The parts of the elements the dialog holds, re-exported under a prefix so a host can style
 * `invite-user-dialog::part(form-input)` without reaching into nested shadow roots. Kept in
 * step with the `@csspart` lists of `<invite-user-form>` and `<share-invite-link>`.
 */
const FORM_PARTS = [
  'base',
  'field',
  'field-fullName',
  'field-contact',
  'field-userId',
  'field-workspace',
  'field-administrator',
  'label',
  'input',
  'hint',
  'preview',
  'error',
  'delivery',
  'delivery-legend',
  'delivery-option',
  'delivery-label',
  'delivery-hint',
  'workspace-select',
  'advanced',
  'advanced-toggle',
  'administrator-switch',
  'alert',
  'failure',
  'conflict',
  'forbidden',
  'workspace-error',
  'retry-button',
  'change-details-button',
  'footer',
  'submit-button',
  'status',
  'result',
  'result-title',
  'result-message',
  'result-administrator',
  'invite-another-button',
];

const LINK_PARTS = [
  'base',
  'header',
  'heading',
  'status-badge',
  'field',
  'label',
  'input',
  'link-input',
  'copy-button',
  'copy-status',
  'note',
  'refresh-button',
  'confirm',
  'confirm-button',
  'cancel-button',
  'alert',
  'retry-button',
  'status',
  'settings',
  'settings-summary',
  'expiry-select',
  'hint',
  'domain-list',
  'domain',
  'remove-domain-button',
  'domain-input',
  'add-domain-button',
  'error',
];

const DIALOG_PARTS = ['base', 'header', 'title', 'close-button', 'tabs', 'tab', 'tab-invite', 'tab-share-link', 'body', 'panel'];

const prefixed = (prefix: string, parts: string[]) => parts.map((part) => `${part}:${prefix}-${part}`);

export const formExportParts = prefixed('form', FORM_PARTS).join(', ');
export const linkExportParts = prefixed('link', LINK_PARTS).join(', ');

/** Every part the dialog offers, own and re-exported, for an element that holds the dialog in turn. */
export function dialogPartNames(): string[] {
  return [...DIALOG_PARTS, ...FORM_PARTS.map((part) => `form-${part}`), ...LINK_PARTS.map((part) => `link-${part}`)];
}
