import { css } from 'lit';
import { comboboxStyles } from '../styles/combobox.js';

/** After `baseStyles`; the chips, the listbox and its options are the shared `comboboxStyles`. */
export const pickerStyles = [
  comboboxStyles,
  css`
  :host {
    display: block;
  }
  .picker {
    display: grid;
    gap: var(--_space-md);
  }
  .new-person {
    display: grid;
    gap: var(--_space-md);
  }
  .section-title {
    margin: 0;
    font-size: var(--_font-size-md);
  }
  .footer {
    padding-top: var(--_space-sm);
    border-top: 1px solid var(--_color-border);
  }
`,
];
