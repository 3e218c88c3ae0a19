/**
 * The rows of a bulk invite and what each one is: ready to send, in need of fixing, a
 * duplicate, already in the portal, sending, sent or failed. Pure functions over plain data,
 * so the rules are easy to read and to test; the controller owns the state.
 *
 * Each row is checked with the very rules of the single invite form (`checkDraft`), so a row
 * that is ready here is exactly what `<invite-user-form>` would have sent.
 */
import type { InviteInternalUserRequest } from '../client/types.js';
import { emptyDraft, mapFieldErrors } from '../invite-user-form/invite-draft.js';
import { checkDraft, normalisedContact } from '../invite-user-form/invite-draft-rules.js';
import type { ParsedEntry } from './bulk-parse.js';

export type BulkField = 'fullName' | 'contact' | 'userId';
export const BULK_FIELDS: readonly BulkField[] = ['fullName', 'contact', 'userId'];

export type BulkRowStatus = 'ready' | 'invalid' | 'duplicate' | 'exists' | 'sending' | 'sent' | 'failed';

/** What happened when the row was last sent. */
export type BulkDelivery =
  | { state: 'idle' }
  | { state: 'sending'; signature: string }
  | { state: 'sent'; userId: string; input: InviteInternalUserRequest }
  /** `signature`: the content that failed; once the row is edited the failure no longer applies. */
  | { state: 'failed'; signature: string; message: string; fieldErrors: Partial<Record<BulkField, string>> };

export interface BulkRow {
  id: string;
  /** The line of the paste it came from (absent for a row added by hand). */
  line?: number;
  fullName: string;
  contact: string;
  userId: string;
  isAdministrator: boolean;
  delivery: BulkDelivery;
  /**
   * The idempotency key for this row's content: made the first time that content is sent and
   * reused by every retry of it, replaced when the content changes (it is then another invitation).
   */
  sendKey?: { signature: string; key: string };
}

/** What the portal is known to hold for a normalised email or phone number. */
export type ExistingCheck = { state: 'checking' } | { state: 'free' } | { state: 'exists'; name?: string };

export interface RowAssessment {
  status: BulkRowStatus;
  /** Message keys (`validation.*`, `usersAdmin.*`) or backend sentences, by field. */
  fieldErrors: Partial<Record<BulkField, string>>;
  /** The validated request, when the row's fields are valid. */
  request?: InviteInternalUserRequest;
  /** The normalised email (lower case) or E.164 phone, for duplicate checks. */
  contactKey?: string;
  /** The row this one repeats. */
  duplicateOf?: string;
  /** Who in the portal already has this contact, when known. */
  existingName?: string;
  /** A failure message for the whole row. */
  message?: string;
  /** Whether the portal is still being asked about this contact. */
  checking: boolean;
}

let nextRowNumber = 1;

export function newRow(entry: Partial<ParsedEntry> = {}): BulkRow {
  return {
    id: `row-${nextRowNumber++}`,
    ...(entry.line !== undefined ? { line: entry.line } : {}),
    fullName: entry.fullName ?? '',
    contact: entry.contact ?? '',
    userId: entry.userId ?? '',
    isAdministrator: entry.isAdministrator ?? false,
    delivery: { state: 'idle' },
  };
}

/** The row as an invitation: the single invite form's rules, a plain portal invitation ("Add to Contacts"). */
export function checkRow(
  row: BulkRow,
): { ok: true; request: InviteInternalUserRequest } | { ok: false; fieldErrors: Partial<Record<BulkField, string>> } {
  const checked = checkDraft(
    { ...emptyDraft('contacts'), fullName: row.fullName, contact: row.contact, userId: row.userId, isAdministrator: row.isAdministrator },
    { deliveryOptions: false, administratorOption: true },
  );
  if (checked.ok) return { ok: true, request: checked.input };
  const { fields } = mapFieldErrors(checked.fieldErrors);
  return { ok: false, fieldErrors: fields as Partial<Record<BulkField, string>> };
}

/** Identifies one invitation's content: two rows with equal signatures would send the same thing. */
export function signatureOf(request: InviteInternalUserRequest): string {
  return JSON.stringify([
    request.fullName,
    request.email ?? '',
    request.phone ?? '',
    request.userId ?? '',
    Boolean(request.isAdministrator),
  ]);
}

export function contactKeyOf(request: { email?: string; phone?: string }): string | undefined {
  if (request.email) return `email:${request.email.toLowerCase()}`;
  if (request.phone) return `phone:${request.phone}`;
  return undefined;
}

/**
 * Assesses every row at once, since duplicates depend on the others. Sent and sending rows
 * claim their contact and User ID first, so a later copy of a row already on its way is the
 * duplicate; otherwise the earlier row is the original and later ones repeat it. A row whose
 * address is valid counts as a duplicate even while its other fields need fixing: fixing them
 * would not make it worth sending.
 */
export function assessRows(rows: readonly BulkRow[], existing: ReadonlyMap<string, ExistingCheck>): Map<string, RowAssessment> {
  interface Facts {
    check?: ReturnType<typeof checkRow>;
    contactKey?: string;
    userIdKey?: string;
  }
  const facts = new Map<string, Facts>();
  for (const row of rows) {
    if (row.delivery.state === 'sent') {
      const { input } = row.delivery;
      facts.set(row.id, { ...keys(contactKeyOf(input), input.userId) });
      continue;
    }
    const check = checkRow(row);
    const contact = check.ok
      ? contactKeyOf(check.request)
      : check.fieldErrors.contact
        ? undefined
        : contactKeyOf(contactFields(row.contact));
    const userId = check.ok ? check.request.userId : check.fieldErrors.userId ? undefined : row.userId.trim();
    facts.set(row.id, { check, ...keys(contact, userId) });
  }

  const contactOwner = new Map<string, string>();
  const userIdOwner = new Map<string, string>();
  const claim = (row: BulkRow) => {
    const { contactKey, userIdKey } = facts.get(row.id)!;
    if (contactKey && !contactOwner.has(contactKey)) contactOwner.set(contactKey, row.id);
    if (userIdKey && !userIdOwner.has(userIdKey)) userIdOwner.set(userIdKey, row.id);
  };
  rows.filter((row) => row.delivery.state === 'sent' || row.delivery.state === 'sending').forEach(claim);
  rows.forEach(claim);

  /** One row, once every row has claimed its contact and User ID. */
  const assess = (row: BulkRow): RowAssessment => {
    const { check, contactKey, userIdKey } = facts.get(row.id)!;
    const base = { checking: false, ...(contactKey ? { contactKey } : {}) };
    if (row.delivery.state === 'sent') return { ...base, status: 'sent', fieldErrors: {}, request: row.delivery.input };
    const request = check?.ok ? check.request : undefined;
    const withRequest = { ...base, ...(request ? { request } : {}) };
    if (row.delivery.state === 'sending' && request) return { ...withRequest, status: 'sending', fieldErrors: {} };
    const fieldErrors: Partial<Record<BulkField, string>> = check && !check.ok ? { ...check.fieldErrors } : {};
    const contactTwin = contactKey ? contactOwner.get(contactKey) : undefined;
    const userIdTwin = userIdKey ? userIdOwner.get(userIdKey) : undefined;
    const repeatsContact = contactTwin !== undefined && contactTwin !== row.id;
    const repeatsUserId = userIdTwin !== undefined && userIdTwin !== row.id;
    if (repeatsContact || repeatsUserId) {
      if (repeatsContact) fieldErrors.contact = 'usersAdmin.bulk.duplicateContact';
      if (repeatsUserId) fieldErrors.userId = 'usersAdmin.bulk.duplicateUserId';
      return { ...withRequest, status: 'duplicate', fieldErrors, duplicateOf: repeatsContact ? contactTwin : userIdTwin };
    }
    if (!request) return { ...withRequest, status: 'invalid', fieldErrors };
    const known = contactKey ? existing.get(contactKey) : undefined;
    if (known?.state === 'exists') {
      const existingName = known.name ? { existingName: known.name } : {};
      return { ...withRequest, status: 'exists', fieldErrors: { contact: 'usersAdmin.bulk.existsField' }, ...existingName };
    }
    const failure = row.delivery.state === 'failed' && row.delivery.signature === signatureOf(request) ? row.delivery : undefined;
    if (failure) return { ...withRequest, status: 'failed', fieldErrors: failure.fieldErrors, message: failure.message };
    return { ...withRequest, status: 'ready', fieldErrors: {}, checking: known?.state === 'checking' };
  };
  return new Map(rows.map((row) => [row.id, assess(row)]));
}

function keys(contactKey: string | undefined, userId: string | undefined): { contactKey?: string; userIdKey?: string } {
  return { ...(contactKey ? { contactKey } : {}), ...(userId ? { userIdKey: userId.toLowerCase() } : {}) };
}

/** The normalised email or phone of what was typed, on its own (the rest of the row may still be wrong). */
function contactFields(contact: string): { email?: string; phone?: string } {
  const parsed = normalisedContact(contact);
  if (!parsed) return {};
  return parsed.kind === 'email' ? { email: parsed.value } : { phone: parsed.value };
}

/** How many rows are in each status, for the summary line and the buttons. */
export function countStatuses(assessments: Iterable<RowAssessment>): Record<BulkRowStatus, number> {
  const counts: Record<BulkRowStatus, number> = { ready: 0, invalid: 0, duplicate: 0, exists: 0, sending: 0, sent: 0, failed: 0 };
  for (const assessment of assessments) counts[assessment.status]++;
  return counts;
}
