/**
 * Sends bulk invitations a few at a time. The pool is generic; the rules that make a bulk
 * send safe live in `sendRow`:
 *
 * - a row's idempotency key belongs to its content: kept across retries of the same content,
 *   replaced when the content changed (it is then another invitation);
 * - only a row that is ready (or failed, for a retry) is ever sent, and it is marked sending
 *   before the request starts, so a second click or a second run cannot pick it up again;
 * - a sent row is locked for good.
 */
import type { InviteKitError } from '../client/errors.js';
import type { InviteInternalUserRequest, InviteResult } from '../client/types.js';
import { newIdempotencyKey } from '../internal/idempotency.js';
import type { RequestOutcome } from '../internal/request-controller.js';
import { mapFieldErrors } from '../invite-user-form/invite-draft.js';
import { signatureOf } from './bulk-rows.js';
import type { BulkField, BulkRow } from './bulk-rows.js';

/** How many invitations are in flight at once: quick for a long paste, gentle on the backend. */
export const BULK_CONCURRENCY = 4;

/** Runs `work` over `items` with at most `concurrency` running at a time, in order of the items. */
export async function runPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

/** The key to send `request` with: the row's own while its content is unchanged, else a new one. */
export function keyFor(row: BulkRow, request: InviteInternalUserRequest): { signature: string; key: string } {
  const signature = signatureOf(request);
  return row.sendKey?.signature === signature ? row.sendKey : { signature, key: newIdempotencyKey() };
}

export type RowOutcome =
  | { kind: 'sent'; result: InviteResult }
  /** The backend says someone in the portal already has this email or phone number. */
  | { kind: 'exists'; message: string }
  | { kind: 'failed'; error: InviteKitError; message: string; fieldErrors: Partial<Record<BulkField, string>> }
  /** Aborted (the element left the page): nothing is known, so the row may be sent again with its key. */
  | { kind: 'stale' };

/** Reads what a send's outcome means for its row. */
export function interpretOutcome(outcome: RequestOutcome<InviteResult>, describe: (error: InviteKitError) => string): RowOutcome {
  if (outcome.status === 'stale') return { kind: 'stale' };
  if (outcome.status === 'ok') return { kind: 'sent', result: outcome.value };
  const { error } = outcome;
  const { fields } = mapFieldErrors(error.fieldErrors ?? {});
  // A conflict on the User ID is this row's to fix; a conflict on the address means they are already in.
  if (error.code === 'conflict' && !fields.userId) return { kind: 'exists', message: describe(error) };
  return { kind: 'failed', error, message: describe(error), fieldErrors: fields as Partial<Record<BulkField, string>> };
}
