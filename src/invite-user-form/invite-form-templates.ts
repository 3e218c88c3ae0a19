/**
 * The invite form's larger pieces as plain template functions, so the element file reads as
 * states and flow. Each function gets everything it shows and every handler it needs.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DeliveryMethod, InviteInternalUserRequest, InviteResult, Workspace } from '../client/types.js';
import { switchButton } from '../internal/switch.js';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  /** A second hint line shown under the field, announced politely (the normalised value). */
  preview?: string;
  required?: boolean;
  readonly?: boolean;
  autocomplete?: string;
  inputmode?: string;
  requiredLabel: string;
  optionalLabel: string;
  onInput: (event: InputEvent) => void;
  onBlur: () => void;
}

export function textField(o: TextFieldOptions): TemplateResult {
  const describedBy = [o.error ? `${o.id}-error` : '', o.hint ? `${o.id}-hint` : '', o.preview ? `${o.id}-preview` : '']
    .filter(Boolean)
    .join(' ');
  return html`
    <div part="field field-${o.id}" class="field">
      <label part="label" class="label" for=${o.id}>
        ${o.label}
        ${
          o.required
            ? html`<span class="required" aria-hidden="true">*</span><span class="visually-hidden">(${o.requiredLabel})</span>`
            : html`<span class="optional">(${o.optionalLabel})</span>`
        }
      </label>
      <input
        part="input"
        class="input"
        id=${o.id}
        name=${o.id}
        .value=${o.value}
        ?required=${o.required}
        ?readonly=${o.readonly}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        spellcheck="false"
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        @input=${o.onInput}
        @blur=${o.onBlur}
      />
      ${o.hint ? html`<div part="hint" class="hint" id="${o.id}-hint">${o.hint}</div>` : nothing}
      <div part="hint preview" class="hint preview" id="${o.id}-preview" aria-live="polite">${o.preview ?? ''}</div>
      ${o.error ? html`<div part="error" class="error" id="${o.id}-error">${o.error}</div>` : nothing}
    </div>
  `;
}

export interface DeliveryOptions {
  t: Translate;
  method: DeliveryMethod;
  locked: boolean;
  workspaceId: string;
  workspaces?: Workspace[];
  workspacesLoading: boolean;
  workspacesError?: string;
  workspaceError?: string;
  onMethod: (method: DeliveryMethod, radio: HTMLInputElement) => void;
  onWorkspace: (event: Event) => void;
  onRetryWorkspaces: () => void;
}

const METHODS: DeliveryMethod[] = ['workspace', 'contacts', 'contacts-quietly'];

/** The three delivery choices, each with a line saying what happens, and the workspace picker. */
export function deliveryChoices(o: DeliveryOptions): TemplateResult {
  return html`
    <fieldset part="delivery" class="delivery" aria-disabled=${o.locked ? 'true' : 'false'}>
      <legend part="delivery-legend" class="label">${o.t('inviteForm.delivery')}</legend>
      ${METHODS.map(
        (method) => html`
          <label part="delivery-option" class="option" ?data-checked=${o.method === method}>
            <input
              type="radio"
              name="delivery"
              value=${method}
              .checked=${o.method === method}
              aria-labelledby="delivery-${method}-label"
              aria-describedby="delivery-${method}-hint"
              @change=${(event: Event) => o.onMethod(method, event.target as HTMLInputElement)}
            />
            <span class="option-text">
              <span part="delivery-label" class="option-label" id="delivery-${method}-label">
                ${o.t(`inviteForm.delivery.${method}`)}
              </span>
              <span part="delivery-hint" class="hint" id="delivery-${method}-hint">
                ${o.t(`inviteForm.delivery.${method}.hint`)}
              </span>
            </span>
          </label>
          ${method === 'workspace' && o.method === 'workspace' ? workspacePicker(o) : nothing}
        `,
      )}
    </fieldset>
  `;
}

function workspacePicker(o: DeliveryOptions): TemplateResult {
  // Until there is a list to choose from, "choose a workspace" still has to be said somewhere.
  const unreachable = o.workspaceError ? html`<div part="error" class="error nested">${o.workspaceError}</div>` : nothing;
  if (o.workspacesError) {
    return html`<div part="alert workspace-error" class="alert alert--danger nested" role="alert">
        <span>${o.t('inviteForm.workspacesFailed', { reason: o.workspacesError })}</span>
        <span><button type="button" part="retry-button" class="button button--small" @click=${o.onRetryWorkspaces}>
          ${o.t('common.retry')}
        </button></span>
      </div>
      ${unreachable}`;
  }
  if (o.workspacesLoading || !o.workspaces) {
    return html`<p part="status" class="status nested" role="status">
        <span class="spinner" aria-hidden="true"></span>${o.t('inviteForm.workspacesLoading')}
      </p>
      ${unreachable}`;
  }
  if (o.workspaces.length === 0) {
    return html`<p part="hint" class="hint nested" role="status">${o.t('inviteForm.noWorkspaces')}</p>${unreachable}`;
  }
  return html`
    <div part="field field-workspace" class="field nested">
      <label part="label" class="label" for="workspaceId">${o.t('inviteForm.workspace')}</label>
      <select
        part="input workspace-select"
        class="input"
        id="workspaceId"
        required
        aria-invalid=${o.workspaceError ? 'true' : 'false'}
        aria-describedby=${ifDefined(o.workspaceError ? 'workspaceId-error' : undefined)}
        @change=${o.onWorkspace}
      >
        <option value="" ?selected=${!o.workspaceId}>${o.t('inviteForm.workspacePlaceholder')}</option>
        ${o.workspaces.map(
          (workspace) => html`<option value=${workspace.id} ?selected=${workspace.id === o.workspaceId}>${workspace.name}</option>`,
        )}
      </select>
      ${o.workspaceError ? html`<div part="error" class="error" id="workspaceId-error">${o.workspaceError}</div>` : nothing}
    </div>
  `;
}

export interface AdministratorOptions {
  t: Translate;
  expanded: boolean;
  checked: boolean;
  onToggleExpanded: () => void;
  onToggle: () => void;
}

/** "+ Advanced Options", revealing the Administrator switch and what it grants. */
export function administratorOption(o: AdministratorOptions): TemplateResult {
  return html`
    <div part="advanced" class="advanced">
      <button
        type="button"
        part="advanced-toggle"
        class="button button--quiet button--small advanced-toggle"
        aria-expanded=${o.expanded ? 'true' : 'false'}
        aria-controls="advanced-options"
        @click=${o.onToggleExpanded}
      >
        <span class="advanced-icon" aria-hidden="true">${o.expanded ? '−' : '+'}</span>${o.t('inviteForm.advancedOptions')}
      </button>
      <div id="advanced-options" class="advanced-options" ?hidden=${!o.expanded}>
        <div part="field field-administrator" class="switch-field">
          <label part="label" class="label" for="administrator">${o.t('inviteForm.administrator')}</label>
          ${switchButton({ part: 'administrator-switch', id: 'administrator', checked: o.checked, describedBy: 'administrator-hint', onToggle: o.onToggle })}
          <div part="hint" class="hint" id="administrator-hint">${o.t('inviteForm.administratorHint')}</div>
        </div>
      </div>
    </div>
  `;
}

export interface SentOptions {
  t: Translate;
  input: InviteInternalUserRequest;
  result: InviteResult;
  onInviteAnother: () => void;
}

/** The confirmation: who was invited, how, and with which normalised address. */
export function sentResult(o: SentOptions): TemplateResult {
  const { t, input, result } = o;
  const name = result.user.fullName || input.fullName;
  const contact = result.user.email ?? result.user.phone ?? input.email ?? input.phone ?? '';
  const quiet = !result.invitationSent;
  const workspace = result.workspace?.name;
  const message = quiet
    ? t('inviteForm.addedQuietly', { name, contact })
    : workspace
      ? t('inviteForm.sentToWorkspace', { name, contact, workspace })
      : t('inviteForm.sentTo', { name, contact });
  return html`
    <div part="base result" class="base result">
      <div part="alert" class="alert alert--success">
        <p part="result-title" class="result-title" id="result-title" tabindex="-1">
          <span class="check" aria-hidden="true">✓</span>
          ${quiet ? t('inviteForm.addedQuietlyTitle') : t('inviteForm.sentTitle')}
        </p>
        <p part="result-message" class="result-message">${message}</p>
        ${
          quiet
            ? html`<p part="hint" class="hint">${t('inviteForm.addedQuietlyHint')}</p>`
            : result.delivery.method === 'contacts'
              ? html`<p part="hint" class="hint">${t('inviteForm.sentToContacts')}</p>`
              : nothing
        }
        ${
          result.user.isAdministrator || input.isAdministrator
            ? html`<p part="result-administrator" class="hint">${t('inviteForm.sentAdministrator')}</p>`
            : nothing
        }
      </div>
      <div part="footer" class="footer">
        <button type="button" part="invite-another-button" class="button button--primary" @click=${o.onInviteAnother}>
          ${t('inviteForm.inviteAnother')}
        </button>
      </div>
    </div>
  `;
}
