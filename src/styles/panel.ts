import { css } from 'lit';
import { headerStyles } from './header.js';

/**
 * The elements that are a whole panel of their own (`<workspace-members-panel>`,
 * `<internal-users-admin>`): their `.base` wrapper as a bordered card with its sections stacked,
 * the header (`headerStyles`: title on one side, actions on the other), the loading line centred in the card
 * and the dashed "nothing here" box. Listed after `baseStyles`, before the element's own
 * styles, which may change the padding (the Admin Portal's is roomier) and adapt it in
 * container queries (the host is the container).
 */
export const panelStyles = [
  headerStyles,
  css`
  :host {
    display: block;
    container-type: inline-size;
    --_header-gap: var(--_space-md);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-lg);
    padding: var(--_space-lg);
    background: var(--_color-surface);
    color: var(--_color-text);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-lg);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size-lg);
    line-height: 1.25;
  }
  .kit-loading {
    padding: var(--_space-xl) 0;
    justify-content: center;
  }
  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space-sm);
    margin: 0;
    padding: var(--_space-lg);
    text-align: center;
    color: var(--_color-text-muted);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius-md);
  }
`,
];
