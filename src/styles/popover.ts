import { css } from 'lit';

/**
 * Every kit popover (`popover="manual"`, placed by `PopoverController`): the UA's centred box
 * undone — Floating UI places it — and the raised surface it shows on. The element's own rules
 * after it give its width and padding.
 */
export const popoverStyles = css`
  [popover] {
    inset: auto;
    margin: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-md);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    box-shadow: var(--_shadow-lg);
  }
`;
