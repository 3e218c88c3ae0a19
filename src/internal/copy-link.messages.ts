import { defineMessages } from '../i18n/catalogue.js';

/**
 * English strings of the copy-link field, shared by `<share-invite-link>` and the Workspace
 * Link. Their keys keep the `shareLink.` names hosts already override.
 */
export const copyLinkFieldMessages = defineMessages({
  'shareLink.copy': 'Copy Link',
  'shareLink.copied': 'Copied',
  'shareLink.copyRefused': 'Your browser didn’t let the page copy. The link is selected: press {shortcut} to copy it.',
});
