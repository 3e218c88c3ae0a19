/**
 * The accept page's pieces as plain template functions, so the element file reads as states
 * and flow. Client text (portal, inviter and workspace names, contacts) only ever goes in as
 * text, inside `<bdi>` where it sits in a sentence.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { InvitationDetails } from '../client/types.js';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * A sentence from the catalogue with client text set apart: each `{param}` becomes its value in a
 * `<bdi>`. The catalogue fills private-use marks first, so a translation may order the params freely.
 */
export function sentence(t: Translate, key: string, params: Record<string, string>): TemplateResult {
  const marks = Object.fromEntries(Object.keys(params).map((name, index) => [name, `\uE000${index}\uE001`]));
  // In a right-to-left sentence the catalogue isolates each mark as well: the `<bdi>` does that job, so the isolate goes.
  const pieces = t(key, marks).split(/\u2068?\uE000(\d+)\uE001\u2069?/u);
  const values = Object.values(params);
  return html`${pieces.map((piece, index) => (index % 2 === 1 ? html`<bdi>${values[Number(piece)]}</bdi>` : piece))}`;
}

/** The state's heading (part `heading`); it takes focus after a change of state, so it says where the person is now. */
export function heading(text: TemplateResult | string, level: number): TemplateResult {
  return html`<div part="heading" class="heading" id="heading" role="heading" aria-level=${level} tabindex="-1">${text}</div>`;
}

/** "Sign in" (part `sign-in-button`) inside the `sign-in` slot, where a host may put its own link instead. */
export function signIn(t: Translate, onSignIn: () => void): TemplateResult {
  return html`<div part="sign-in" class="actions">
    <slot name="sign-in">
      <button type="button" part="sign-in-button" class="button button--primary" @click=${onSignIn}>${t('acceptInvitation.signIn')}</button>
    </slot>
  </div>`;
}

export interface SummaryOptions {
  t: Translate;
  invitation: InvitationDetails;
  expiresIn?: string;
}

/** Who invited the person, to what, to which address, and until when. */
export function summary({ t, invitation, expiresIn }: SummaryOptions): TemplateResult {
  const { invitedBy, workspace, portalName: portal } = invitation;
  const key = `acceptInvitation.${invitedBy ? 'invitedBy' : 'invited'}${workspace ? 'Workspace' : ''}`;
  const contact = invitation.email ?? invitation.phone;
  return html`<div part="summary" class="summary">
    <p part="invited-by" class="lead">
      ${sentence(t, key, { portal, ...(invitedBy ? { inviter: invitedBy.fullName } : {}), ...(workspace ? { workspace: workspace.name } : {}) })}
    </p>
    ${contact ? html`<p part="sent-to" class="note">${sentence(t, 'acceptInvitation.sentTo', { contact })}</p>` : nothing}
    <p part="expiry" class="note">
      ${expiresIn ? t('acceptInvitation.expires', { when: expiresIn }) : t('acceptInvitation.neverExpires')}
    </p>
  </div>`;
}

export interface NameFieldOptions {
  t: Translate;
  value: string;
  error?: string;
  readonly: boolean;
  onInput: (event: InputEvent) => void;
}

export function nameField(o: NameFieldOptions): TemplateResult {
  const describedBy = o.error ? 'fullName-error fullName-hint' : 'fullName-hint';
  return html`<div part="field" class="field">
    <label part="label" class="label" for="fullName">${o.t('acceptInvitation.fullName')}</label>
    <input
      part="input"
      class="input"
      id="fullName"
      name="fullName"
      autocomplete="name"
      required
      dir="auto"
      .value=${o.value}
      ?readonly=${o.readonly}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy)}
      @input=${o.onInput}
    />
    <div part="hint" class="hint" id="fullName-hint">${o.t('acceptInvitation.fullNameHint')}</div>
    ${o.error ? html`<div part="error" class="error" id="fullName-error">${o.error}</div>` : nothing}
  </div>`;
}
