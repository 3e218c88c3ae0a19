import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { InviteClient } from '../client/invite-client.js';
import type { InternalUser, InternalUsersPage, InviteInternalUserRequest, InviteResult } from '../client/types.js';
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

/** Changes the client announces arrive in bursts (a bulk invite elsewhere): one round of checks per burst. */
const RECHECK_COALESCE_MS = 150;

export interface BulkRunSummary {
  sent: number;
  failed: number;
  exists: number;
}

/**
 * The state of a bulk invite: the paste, the rows made from it, what the portal is known to
 * hold for their addresses, and the sending. Rows are replaced, never mutated, so the editor
 * re-renders exactly what changed.
 *
 * What the portal holds is asked once per address, then kept current: an invitation this
 * Bulk Invite or the Invite dialog sent is known at once (`learnInvited`), and a change the
 * client pushes, or the element's return to the page, has every row's address asked about
 * again (`portalChanged`), the last answer standing meanwhile.
 */
export class BulkInviteController implements ReactiveController {
  paste = '';
  rows: BulkRow[] = [];
  running = false;
  lastRun?: BulkRunSummary;
  private readonly existing = new Map<string, ExistingCheck>();
  /** The question in flight for each address: an answer counts only while its question is the latest. */
  private readonly asking = new Map<string, object>();
  /** Addresses whose answer may be out of date (the portal changed since): asked again when a row wants them. */
  private readonly outdated = new Set<string>();
  private recheckTimer?: ReturnType<typeof setTimeout>;
  private wasDisconnected = false;
  private cached?: { rows: BulkRow[]; revision: number; assessments: Map<string, RowAssessment> };
  private existingRevision = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deps: BulkInviteHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Changes made while the element was off the page went unheard.
    if (!this.wasDisconnected) return;
    this.wasDisconnected = false;
    this.recheck();
  }

  hostDisconnected(): void {
    this.wasDisconnected = true;
    clearTimeout(this.recheckTimer);
  }

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

  /** Asks the portal about every row's address not yet asked about (or outdated since), a few at a time. */
  async checkContacts(): Promise<void> {
    const wanted = this.rowContacts();
    for (const key of wanted.keys()) {
      if (this.asking.has(key) || (this.existing.has(key) && !this.outdated.has(key))) wanted.delete(key);
    }
    await this.ask(wanted);
  }

  /**
   * The portal's internal users changed (the client said so): each row's address is asked
   * about again, once the burst of changes is over; others are asked again when next wanted.
   */
  portalChanged(): void {
    clearTimeout(this.recheckTimer);
    this.recheckTimer = setTimeout(() => this.recheck(), RECHECK_COALESCE_MS);
  }

  /** Someone was just invited (here or by the Invite dialog): their email and phone number are in the portal now. */
  learnInvited(user: Pick<InternalUser, 'fullName' | 'email' | 'phone'>): void {
    for (const key of contactKeysOf(user)) {
      // An answer asked for before the invitation would say they are not there yet.
      this.asking.delete(key);
      this.outdated.delete(key);
      this.existing.set(key, { state: 'exists', name: user.fullName });
    }
    this.changedExisting();
  }

  private recheck(): void {
    // This Bulk Invite's own invitations are known as they go; the rest is asked once it is done.
    if (this.running) return this.portalChanged();
    // Any answer so far may be out of date: the rows' addresses are asked again now (a question
    // still on its way included, it may predate the change), every other address when next wanted.
    for (const key of this.existing.keys()) this.outdated.add(key);
    void this.ask(this.rowContacts());
  }

  /** The address of every row not sent yet whose address is valid, with the invitation it would be. */
  private rowContacts(): Map<string, InviteInternalUserRequest> {
    const wanted = new Map<string, InviteInternalUserRequest>();
    for (const assessment of this.assessments.values()) {
      const key = assessment.contactKey;
      if (key && assessment.request && assessment.status !== 'sent') wanted.set(key, assessment.request);
    }
    return wanted;
  }

  /** Asks about `wanted`; an address asked about for the first time shows "Checking the portal…", one asked again keeps its answer meanwhile. */
  private async ask(wanted: Map<string, InviteInternalUserRequest>): Promise<void> {
    if (!wanted.size) return;
    const questions = [...wanted].map(([key, request]) => {
      const question = {};
      this.asking.set(key, question);
      this.outdated.delete(key);
      if (!this.existing.has(key)) this.existing.set(key, { state: 'checking' });
      return { key, request, question };
    });
    this.changedExisting();
    await runPool(questions, BULK_CONCURRENCY, async ({ key, request, question }) => {
      if (this.asking.get(key) !== question) return;
      const contact = request.email ?? request.phone ?? '';
      const outcome = await this.deps.run(`bulk-check:${key}`, async (signal) =>
        (await this.deps.resolveClient()).listInternalUsers({ query: contact, limit: 20 }, { signal }),
      );
      // A newer question, or an invitation learned of meanwhile, makes this answer old news.
      if (this.asking.get(key) !== question) return;
      this.asking.delete(key);
      const first = this.existing.get(key)?.state === 'checking';
      if (outcome.status === 'ok') {
        const name = findSameContact(outcome.value, key);
        this.existing.set(key, name === undefined ? { state: 'free' } : { state: 'exists', name });
      } else if (outcome.status === 'stale') {
        // Aborted (the element left the page): nothing learned, so it is asked again when wanted.
        if (first) this.existing.delete(key);
        else this.outdated.add(key);
      } else if (first) {
        // A failed check proves nothing either way; the send itself will be told about a conflict.
        this.existing.set(key, { state: 'free' });
      }
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
        this.learnInvited(meaning.result.user);
        this.setDelivery(row.id, { state: 'sent', userId: meaning.result.user.id, input: request });
      } else if (meaning.kind === 'exists') {
        exists++;
        const contactKey = contactKeyOf(request);
        if (contactKey) {
          this.asking.delete(contactKey);
          this.existing.set(contactKey, { state: 'exists' });
        }
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

/** The keys of a person's email and phone number (`contactKeyOf` gives only the first). */
function contactKeysOf(user: { email?: string; phone?: string }): string[] {
  return [
    user.email ? contactKeyOf({ email: user.email }) : undefined,
    user.phone ? contactKeyOf({ phone: user.phone }) : undefined,
  ].filter((key): key is string => key !== undefined);
}

/** The name of an internal user with exactly this email or phone number, if the page holds one. */
function findSameContact(page: InternalUsersPage, contactKey: string): string | undefined {
  return page.items.find((user) => contactKeysOf(user).includes(contactKey))?.fullName;
}
