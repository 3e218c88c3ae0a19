import { html, nothing } from 'lit';
import * as z from 'zod/mini';
import { ContactInputSchema, FullNameSchema, UserIdSchema } from '../client/field-schemas.js';
import { validate } from '../client/validation.js';
import '../i18n/validation.messages.js';
import type { FieldErrors } from '../client/validation.js';
import type { MemberAddition } from '../client/types.js';
import { NAME_AND_CONTACT_TARGETS, placeFieldErrors } from '../internal/field-errors.js';
import type { FieldErrorTargets } from '../internal/field-errors.js';

export type NewPersonKind = 'new-client' | 'new-internal';

export interface NewPersonDraft {
  fullName: string;
  contact: string;
  userId: string;
}

const NewClientSchema = z.object({ fullName: FullNameSchema, contact: ContactInputSchema });
const NewInternalUserSchema = z.object({ fullName: FullNameSchema, contact: ContactInputSchema, userId: UserIdSchema });

/** Checks a draft with the kit's shared rules and turns it into the addition the client expects. */
export function toAddition(
  kind: NewPersonKind,
  draft: NewPersonDraft,
): { ok: true; addition: MemberAddition } | { ok: false; fieldErrors: FieldErrors } {
  if (kind === 'new-client') {
    const result = validate(NewClientSchema, draft);
    if (!result.ok) return result;
    return { ok: true, addition: { type: 'new-client', fullName: result.value.fullName, ...result.value.contact } };
  }
  const result = validate(NewInternalUserSchema, draft);
  if (!result.ok) return result;
  const { fullName, contact, userId } = result.value;
  return { ok: true, addition: { type: 'new-internal', fullName, ...contact, ...(userId ? { userId } : {}) } };
}

/** Where each kind of new person's form shows what the backend says about a request field: `email` and `phone` on the one contact field. */
const NEW_PERSON_FIELD_TARGETS: Record<NewPersonKind, FieldErrorTargets<keyof NewPersonDraft>> = {
  'new-client': NAME_AND_CONTACT_TARGETS,
  'new-internal': { ...NAME_AND_CONTACT_TARGETS, userId: 'userId' },
};

/** The backend's field errors (on any error code) placed on the form's fields; the rest are for the picker's alert to carry. */
export function toFormErrors(kind: NewPersonKind, fieldErrors: Record<string, string> | undefined): FieldErrors {
  return placeFieldErrors(fieldErrors, NEW_PERSON_FIELD_TARGETS[kind]).fields;
}

export interface NewPersonFormOptions {
  kind: NewPersonKind;
  draft: NewPersonDraft;
  fieldErrors: FieldErrors;
  busy: boolean;
  t(key: string, params?: Record<string, string | number>): string;
  onInput(field: keyof NewPersonDraft, value: string): void;
  onSubmit(): void;
  onCancel(): void;
}

function field(options: NewPersonFormOptions, name: keyof NewPersonDraft, label: string, required: boolean, autocomplete: string) {
  const error = options.fieldErrors[name];
  const message = error ? (error.startsWith('validation.') ? options.t(error) : error) : '';
  return html`<div part="form-field" class="field">
    <label part="form-label" class="label" for="new-${name}">
      ${label}${required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}
    </label>
    <input
      id="new-${name}"
      part="form-input"
      class="input"
      name=${name}
      autocomplete=${autocomplete}
      ?required=${required}
      aria-required=${required ? 'true' : 'false'}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `new-${name}-error` : nothing}
      .value=${options.draft[name]}
      @input=${(event: InputEvent) => options.onInput(name, (event.target as HTMLInputElement).value)}
    />
    ${error ? html`<span id="new-${name}-error" part="form-error" class="error">${message}</span>` : nothing}
  </div>`;
}

/**
 * The short form for someone the directory doesn't know: a new client (Full Name*, Email
 * Address or Phone Number*), or — in group workspaces — a new internal user (Full Name*,
 * User ID, Email Address or Phone Number*), whose "Add Internal User" sends the invitation.
 */
export function renderNewPersonForm(options: NewPersonFormOptions) {
  const { t, kind } = options;
  const internal = kind === 'new-internal';
  return html`<form
    part="new-person-form"
    class="new-person"
    novalidate
    aria-labelledby="new-person-title"
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      options.onSubmit();
    }}
  >
    <h3 id="new-person-title" class="section-title">${t(internal ? 'picker.newInternalTitle' : 'picker.newClientTitle')}</h3>
    ${field(options, 'fullName', t('picker.fullName'), true, 'name')}
    ${internal ? field(options, 'userId', t('picker.userId'), false, 'username') : nothing}
    ${field(options, 'contact', t('picker.contact'), true, 'email')}
    <div class="form-actions">
      <button part="form-submit" class="button button--primary" type="submit" aria-disabled=${options.busy ? 'true' : 'false'}>
        ${options.busy ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        ${t(internal ? 'picker.addInternalUser' : 'picker.addClient')}
      </button>
      <button class="button button--quiet" type="button" @click=${options.onCancel}>${t('picker.back')}</button>
    </div>
  </form>`;
}
