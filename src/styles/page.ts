import { css } from 'lit';
import { headerStyles } from './header.js';

/**
 * What the kit's pages and forms share (`<invite-link-sign-up>`, `<workspace-join-request>`,
 * `<accept-invitation>`, `<invite-user-form>`, `<share-invite-link>`): the page's pieces stacked
 * with `--_gap` between them (the fields of its `.form` too), the header (`headerStyles`), a heading that takes focus after a change of state
 * (`tabindex="-1"`, a ring from the keyboard only), the confirmation's title, the normalised
 * contact preview (the fields are \`invite-form-templates.ts\`'s \`textField\`). Listed after `baseStyles`, before the element's own.
 */
export const pageStyles = [
  headerStyles,
  css`
  :host {
    display: block;
    /* The space between the page's pieces; an element sets its own on :host. */
    --_gap: var(--_space-md);
    --_header-gap: var(--_space-sm);
  }
  .base,
  .form {
    display: grid;
    gap: var(--_gap);
    min-width: 0;
  }
  .heading {
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-strong);
    overflow-wrap: anywhere;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
    border-radius: var(--_radius-sm);
  }
  .label .optional {
    font-weight: normal;
    color: var(--_color-text-muted);
  }
  .preview:empty {
    display: none;
  }
  .preview {
    font-variant-numeric: tabular-nums;
  }
  .result-title {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    font-weight: var(--_font-weight-strong);
    color: var(--_color-success);
    outline: none;
  }
  .result-title:focus-visible {
    box-shadow: var(--_focus-ring);
    border-radius: var(--_radius-sm);
  }
`,
];
