import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface SwitchOptions {
  /** The switch's part (`administrator-switch`, `viewing-switch`). */
  part: string;
  checked: boolean;
  id?: string;
  /** The id of the line saying what the switch does. */
  describedBy?: string;
  onToggle: () => void;
}

/** The kit's one switch: a button with `role="switch"` holding its thumb (styled by `baseStyles`' `.switch`). */
export function switchButton(o: SwitchOptions): TemplateResult {
  return html`<button
    type="button"
    role="switch"
    part=${o.part}
    class="switch"
    id=${ifDefined(o.id)}
    aria-checked=${o.checked ? 'true' : 'false'}
    aria-describedby=${ifDefined(o.describedBy)}
    @click=${o.onToggle}
  ><span class="switch-thumb" aria-hidden="true"></span></button>`;
}
