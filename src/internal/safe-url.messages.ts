import { defineMessages } from '../i18n/catalogue.js';

/** What an element says instead of a link it refused to show (see `safe-url.ts`). */
export const safeUrlMessages = defineMessages({
  'unsafeLink.refused':
    'This link can’t be shown because it isn’t a secure (https) link. Ask whoever runs the portal to check its address.',
});
