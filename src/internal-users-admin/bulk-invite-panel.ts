import type { LitElement, TemplateResult } from 'lit';
import type { BulkInviteController } from './bulk-invite-controller.js';
import { renderBulkEditor, resultSentences } from './bulk-editor.js';
import type { BulkEditorContext } from './bulk-editor.js';
import { BULK_FIELDS } from './bulk-rows.js';
import type { BulkField, BulkRow } from './bulk-rows.js';
import type { Translate } from '../internal/locale-controller.js';

export interface BulkInvitePanelOptions {
  t: Translate;
  message(text: string, params?: Record<string, string | number>): string;
  locale(): string;
  announce(text: string): void;
}

/**
 * The Bulk Invite panel's behaviour: what happens on paste, edit, remove and send, where focus
 * goes after each (to the first row needing a fix, to the outcome of a send, to the next row
 * after a removal), and what is announced. The controller holds the rows; the templates show them.
 */
export class BulkInvitePanel {
  private pasteNotice?: string;

  constructor(
    private readonly host: LitElement,
    private readonly bulk: BulkInviteController,
    private readonly options: BulkInvitePanelOptions,
  ) {}

  render(): TemplateResult {
    const ctx: BulkEditorContext = {
      t: this.options.t,
      message: this.options.message,
      listFormat: (items) => new Intl.ListFormat(this.options.locale(), { type: 'unit', style: 'long' }).format(items),
      bulk: this.bulk,
      ...(this.pasteNotice ? { pasteNotice: this.pasteNotice } : {}),
      onPasteInput: (event) => {
        this.pasteNotice = undefined;
        this.bulk.setPaste((event.target as HTMLTextAreaElement).value);
      },
      onPasteKeydown: (event) => {
        // Enter makes new lines in the paste box; Ctrl/⌘+Enter adds what is there to the list.
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void this.addRows();
        }
      },
      onAddRows: () => void this.addRows(),
      onAddRow: () => void this.addRow(),
      onField: (row: BulkRow, field: BulkField, event: InputEvent) =>
        this.bulk.updateRow(row.id, { [field]: (event.target as HTMLInputElement).value }),
      onContactChange: () => void this.bulk.checkContacts(),
      onAdministrator: (row, event) => this.bulk.updateRow(row.id, { isAdministrator: (event.target as HTMLInputElement).checked }),
      onRemove: (row, index) => void this.removeRow(row, index),
      onSend: (which) => void this.send(which),
      onClearSent: () => void this.clearSent(),
    };
    return renderBulkEditor(ctx);
  }

  /** Where a keyboard user starts: the paste box. */
  focusStart(): void {
    this.find<HTMLTextAreaElement>('#bulk-paste')?.focus();
  }

  private find<T extends HTMLElement>(selector: string): T | null {
    return this.host.renderRoot.querySelector<T>(selector);
  }

  private async addRows(): Promise<void> {
    const added = this.bulk.addFromPaste();
    if (!added.length) {
      this.pasteNotice = this.options.t('usersAdmin.bulk.nothingFound');
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.focusStart();
      return;
    }
    this.pasteNotice = undefined;
    this.options.announce(this.options.t('usersAdmin.bulk.added', { count: added.length }));
    await this.host.updateComplete;
    if (!this.focusFirstProblem(added)) this.find('[part~="send-button"]')?.focus();
  }

  private async addRow(): Promise<void> {
    const row = this.bulk.addEmptyRow();
    await this.host.updateComplete;
    this.find(`#${row.id}-fullName`)?.focus();
  }

  /** Focuses the first field that needs fixing among `rows`; false when none does. */
  private focusFirstProblem(rows: readonly BulkRow[]): boolean {
    const assessments = this.bulk.assessments;
    for (const row of rows) {
      const assessment = assessments.get(row.id);
      if (!assessment || assessment.status === 'ready' || assessment.status === 'sent') continue;
      const field = BULK_FIELDS.find((candidate) => assessment.fieldErrors[candidate]) ?? 'fullName';
      const input = this.find(`#${row.id}-${field}`);
      if (input) {
        input.focus();
        return true;
      }
    }
    return false;
  }

  private async removeRow(row: BulkRow, index: number): Promise<void> {
    this.bulk.removeRow(row.id);
    await this.host.updateComplete;
    const rows = this.bulk.rows;
    const next = rows[Math.min(index, rows.length - 1)];
    const target = next && (this.find(`[data-row-id="${next.id}"] [part~="remove-row-button"]`) ?? this.find(`#${next.id}-administrator`));
    (target ?? this.find<HTMLTextAreaElement>('#bulk-paste'))?.focus();
  }

  private async send(which: 'ready' | 'failed'): Promise<void> {
    const run = await this.bulk.send(which);
    if (!run) return;
    this.options.announce(resultSentences(this.options.t, run).join(' '));
    await this.host.updateComplete;
    // Only when focus is in the panel: a person who went elsewhere meanwhile keeps their place.
    if ((this.host.renderRoot as ShadowRoot).activeElement) this.find('#bulk-result')?.focus();
  }

  private async clearSent(): Promise<void> {
    this.bulk.clearSent();
    await this.host.updateComplete;
    this.focusStart();
  }
}
