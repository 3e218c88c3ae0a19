import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { InviteClient } from '../client/invite-client.js';
import type { InternalUsersPage, InviteInternalUserRequest, InviteResult } from '../client/types.js';
import type { RequestOutcome } from '../internal/request-controller.js';
import { parseBulkText } from './bulk-parse.js';
import { assessRows, contactKeyOf, countStatuses, newRow } from './bulk-rows.js';
import type { BulkField, BulkRow, BulkRowStatus, ExistingCheck, RowAssessment } from './bulk-rows.js';
import { BULK_CONCURRENCY, interpretOutcome, keyFor, runPool } from './bulk-sender.js';
import type { BulkInviteFailure, BulkInviteSentDetail } from './events.js';

export interface BulkInviteHost {
  resolveClient(): Promise<InviteClient>;
  run<T>(key: string, request: (signal: AbortSignal) => Promise<T>): Promise<RequestOutcome<T>>;
  describeError(error: InviteKitError): string;
  /** Fires the cancelable `bulk-invite-before-send`; false when the host vetoed the send. */
  beforeSend(invitations: InviteInternalUserRequest[]): boolean;
  /** Fires `bulk-invite-sent` and lets the list catch up. */
  sent(detail: BulkInviteSentDetail): void;
}

export interface BulkRunSummary {
  sent: number;
  failed: number;
  exists: number;
}

/**
 * The state of a bulk invite: the paste, the rows made from it, what the portal is known to
 * hold for their addresses, and the sending. Rows are replaced, never mutated, so the editor
 * re-renders exactly what changed.
 */
export class BulkInviteController implements ReactiveController {
  paste = '';
  rows: BulkRow[] = [];
  running = false;
  lastRun?: BulkRunSummary;
  private readonly existing = new Map<string, ExistingCheck>();
  private cached?: { rows: BulkRow[]; revision: number; assessments: Map<string, RowAssessment> };
  private existingRevision = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: BulkInviteHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Every row's status and problems, recomputed only when rows or portal checks changed. */
  get assessments(): Map<string, RowAssessment> {
    if (this.cached?.rows !== this.rows || this.cached.revision !== this.existingRevision) {
      this.cached = { rows: this.rows, revision: this.existingRevision, assessments: assessRows(this.rows, this.existing) };
    }
    return this.cached.assessments;
  }

  get counts(): Record<BulkRowStatus, number> {
    return countStatuses(this.assessments.values());
  }

  setPaste(text: string): void {
    this.paste = text;
    this.host.requestUpdate();
  }

  /** Makes rows from the paste (appended to any already there); returns the new rows. */
  addFromPaste(): BulkRow[] {
    const added = parseBulkText(this.paste).map((entry) => newRow(entry));
    if (!added.length) return added;
    this.rows = [...this.rows, ...added];
    this.paste = '';
    this.lastRun = undefined;
    this.host.requestUpdate();
    void this.checkContacts();
    return added;
  }

  addEmptyRow(): BulkRow {
    const row = newRow();
    this.rows = [...this.rows, row];
    this.host.requestUpdate();
    return row;
  }

  /** Changes one field of a row; sent and sending rows are locked. */
  updateRow(id: string, change: Partial<Pick<BulkRow, BulkField | 'isAdministrator'>>): void {
    if (this.running && this.rows.find((row) => row.id === id)?.delivery.state === 'sending') return;
    this.rows = this.rows.map((row) =>
      row.id === id && row.delivery.state !== 'sent' && row.delivery.state !== 'sending' ? { ...row, ...change } : row,
    );
    this.host.requestUpdate();
  }

  removeRow(id: string): void {
    this.rows = this.rows.filter((row) => row.id !== id || row.delivery.state === 'sending');
    this.host.requestUpdate();
  }

  /** Takes the sent rows off the list (they stay invited, of course). */
  clearSent(): void {
    this.rows = this.rows.filter((row) => row.delivery.state !== 'sent');
    this.lastRun = undefined;
    this.host.requestUpdate();
  }

  /** Asks the portal about every address not yet asked about, a few at a time. */
  async checkContacts(): Promise<void> {
    const wanted = new Map<string, InviteInternalUserRequest>();
    for (const assessment of this.assessments.values()) {
      const key = assessment.contactKey;
      if (key && assessment.request && assessment.status !== 'sent' && !this.existing.has(key)) wanted.set(key, assessment.request);
    }
    if (!wanted.size) return;
    for (const key of wanted.keys()) this.existing.set(key, { state: 'checking' });
    this.changedExisting();
    await runPool([...wanted], BULK_CONCURRENCY, async ([key, request]) => {
      const contact = request.email ?? request.phone ?? '';
      const outcome = await this.deps.run(`bulk-check:${key}`, async (signal) =>
        (await this.deps.resolveClient()).listInternalUsers({ query: contact, limit: 20 }, { signal }),
      );
      if (this.existing.get(key)?.state !== 'checking') return;
      // A failed check proves nothing either way; the send itself will be told about a conflict.
      const match = outcome.status === 'ok' ? findSameContact(outcome.value, key) : undefined;
      if (outcome.status === 'stale') this.existing.delete(key);
      else this.existing.set(key, match ? { state: 'exists', name: match } : { state: 'free' });
      this.changedExisting();
    });
  }

  /** Sends every ready row (`ready`) or resends the failed ones (`failed`), each at most once. */
  async send(which: 'ready' | 'failed'): Promise<BulkRunSummary | undefined> {
    if (this.running) return undefined;
    const assessments = this.assessments;
    const batch = this.rows.flatMap((row) => {
      const assessment = assessments.get(row.id);
      return assessment?.status === which && assessment.request ? [{ row, request: assessment.request }] : [];
    });
    if (!batch.length || !this.deps.beforeSend(batch.map((item) => item.request))) return undefined;

    const keys = new Map(batch.map(({ row, request }) => [row.id, keyFor(row, request)]));
    this.running = true;
    this.lastRun = undefined;
    this.patchRows((row) => {
      const sendKey = keys.get(row.id);
      return sendKey ? { ...row, sendKey, delivery: { state: 'sending', signature: sendKey.signature } } : row;
    });

    const sent: Array<{ input: InviteInternalUserRequest; result: InviteResult }> = [];
    const failed: BulkInviteFailure[] = [];
    let exists = 0;
    await runPool(batch, BULK_CONCURRENCY, async ({ row, request }) => {
      const { key: idempotencyKey, signature } = keys.get(row.id)!;
      const outcome = await this.deps.run(`bulk-send:${row.id}`, async (signal) =>
        (await this.deps.resolveClient()).inviteInternalUser(request, { signal, idempotencyKey }),
      );
      const meaning = interpretOutcome(outcome, (error) => this.deps.describeError(error));
      if (meaning.kind === 'sent') {
        sent.push({ input: request, result: meaning.result });
        this.setDelivery(row.id, { state: 'sent', userId: meaning.result.user.id, input: request });
      } else if (meaning.kind === 'exists') {
        exists++;
        const contactKey = contactKeyOf(request);
        if (contactKey) this.existing.set(contactKey, { state: 'exists' });
        this.changedExisting();
        this.setDelivery(row.id, { state: 'idle' });
      } else if (meaning.kind === 'failed') {
        failed.push({ input: request, error: meaning.error });
        this.setDelivery(row.id, { state: 'failed', signature, message: meaning.message, fieldErrors: meaning.fieldErrors });
      } else {
        this.setDelivery(row.id, { state: 'idle' });
      }
    });
    this.running = false;
    this.lastRun = { sent: sent.length, failed: failed.length, exists };
    this.host.requestUpdate();
    this.deps.sent({ sent, failed, alreadyInPortal: exists });
    return this.lastRun;
  }

  private setDelivery(id: string, delivery: BulkRow['delivery']): void {
    this.patchRows((row) => (row.id === id ? { ...row, delivery } : row));
  }

  private patchRows(change: (row: BulkRow) => BulkRow): void {
    this.rows = this.rows.map(change);
    this.host.requestUpdate();
  }

  private changedExisting(): void {
    this.existingRevision++;
    this.host.requestUpdate();
  }
}

/** The name of an internal user with exactly this email or phone number, if the page holds one. */
function findSameContact(page: InternalUsersPage, contactKey: string): string | undefined {
  return page.items.find((user) => contactKeyOf(user) === contactKey || (user.phone && `phone:${user.phone}` === contactKey))?.fullName;
}
