/**
 * The bulk invite as templates: the paste box, the rows — each validated on its own and
 * fixable in place, with its status — and the buttons that send, retry and tidy up. State
 * lives in `BulkInviteController`; this file only shows it.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BulkInviteController, BulkRunSummary } from './bulk-invite-controller.js';
import type { BulkField, BulkRow, BulkRowStatus, RowAssessment } from './bulk-rows.js';
import type { Translate } from '../internal/locale-controller.js';

export interface BulkEditorContext {
  t: Translate;
  /** Translates a message key, or returns a backend's sentence as it is. */
  message(text: string, params?: Record<string, string | number>): string;
  listFormat(items: string[]): string;
  bulk: BulkInviteController;
  /** Shown under the paste box when it held nothing usable. */
  pasteNotice?: string;
  onPasteInput(event: InputEvent): void;
  onPasteKeydown(event: KeyboardEvent): void;
  onAddRows(): void;
  onAddRow(): void;
  onField(row: BulkRow, field: BulkField, event: InputEvent): void;
  onContactChange(): void;
  onAdministrator(row: BulkRow, event: Event): void;
  onRemove(row: BulkRow, index: number): void;
  onSend(which: 'ready' | 'failed'): void;
  onClearSent(): void;
}

const STATUS_BADGE: Record<BulkRowStatus, string> = {
  ready: '',
  invalid: 'badge--danger',
  duplicate: 'badge--warning',
  exists: 'badge--warning',
  sending: '',
  sent: 'badge--success',
  failed: 'badge--danger',
};

const SUMMARY_ORDER: BulkRowStatus[] = ['sent', 'sending', 'ready', 'invalid', 'duplicate', 'exists', 'failed'];

export function renderBulkEditor(ctx: BulkEditorContext): TemplateResult {
  const { t, bulk } = ctx;
  const describedBy = ['bulk-paste-hint', ctx.pasteNotice ? 'bulk-paste-notice' : ''].filter(Boolean).join(' ');
  return html`<div part="bulk" class="bulk">
    <div part="field paste-field" class="field">
      <label part="label" class="label" for="bulk-paste">${t('usersAdmin.bulk.pasteLabel')}</label>
      <textarea
        part="input paste-input"
        class="input textarea"
        id="bulk-paste"
        rows=${bulk.rows.length ? 3 : 6}
        spellcheck="false"
        autocomplete="off"
        aria-describedby=${describedBy}
        aria-invalid=${ctx.pasteNotice ? 'true' : 'false'}
        .value=${live(bulk.paste)}
        @input=${ctx.onPasteInput}
        @keydown=${ctx.onPasteKeydown}
      ></textarea>
      <span part="hint" class="hint" id="bulk-paste-hint">${t('usersAdmin.bulk.pasteHint')}</span>
      ${ctx.pasteNotice ? html`<span part="error" class="error" id="bulk-paste-notice">${ctx.pasteNotice}</span>` : nothing}
      <span class="paste-actions">
        <button type="button" part="add-rows-button" class="button button--small" @click=${ctx.onAddRows}>${t('usersAdmin.bulk.addRows')}</button>
        <button type="button" part="add-row-button" class="button button--small button--quiet" @click=${ctx.onAddRow}>
          <span aria-hidden="true">+</span> ${t('usersAdmin.bulk.addRow')}
        </button>
      </span>
    </div>
    ${bulk.rows.length ? renderRows(ctx) : html`<p part="bulk-empty" class="empty">${t('usersAdmin.bulk.empty')}</p>`}
    ${renderFooter(ctx)}
  </div>`;
}

function renderRows(ctx: BulkEditorContext): TemplateResult {
  const { t, bulk } = ctx;
  const assessments = bulk.assessments;
  const counts = bulk.counts;
  const details = SUMMARY_ORDER.filter((status) => counts[status] > 0).map((status) =>
    t(`usersAdmin.bulk.count.${status}`, { count: counts[status] }),
  );
  const numbers = new Map(bulk.rows.map((row, index) => [row.id, index + 1]));
  return html`
    <p part="bulk-summary" class="bulk-summary" id="bulk-summary">
      ${t('usersAdmin.bulk.summary', { total: t('usersAdmin.bulk.total', { count: bulk.rows.length }), details: ctx.listFormat(details) })}
    </p>
    <div part="bulk-table-wrapper" class="table-wrapper bulk-table-wrapper" role="region" tabindex="0" aria-label=${t('usersAdmin.bulk.rows')}>
      <table part="bulk-table" class="table bulk-table">
        <caption class="visually-hidden">${t('usersAdmin.bulk.rows')}</caption>
        <thead>
          <tr>
            <th scope="col" part="column-header" class="number-column">${t('usersAdmin.bulk.column.number')}</th>
            <th scope="col" part="column-header">${t('usersAdmin.bulk.column.fullName')}</th>
            <th scope="col" part="column-header">${t('usersAdmin.bulk.column.contact')}</th>
            <th scope="col" part="column-header">${t('usersAdmin.bulk.column.userId')}</th>
            <th scope="col" part="column-header" class="admin-column">${t('usersAdmin.bulk.column.administrator')}</th>
            <th scope="col" part="column-header">${t('usersAdmin.bulk.column.status')}</th>
            <th scope="col" part="column-header"><span class="visually-hidden">${t('usersAdmin.column.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            bulk.rows,
            (row) => row.id,
            (row, index) => renderRow(ctx, row, index + 1, assessments.get(row.id)!, numbers),
          )}
        </tbody>
      </table>
    </div>
    <p part="hint" class="hint" id="bulk-administrator-hint">${t('usersAdmin.bulk.administratorHint')}</p>
  `;
}

function renderRow(
  ctx: BulkEditorContext,
  row: BulkRow,
  number: number,
  assessment: RowAssessment,
  numbers: Map<string, number>,
): TemplateResult {
  const { t } = ctx;
  const { status } = assessment;
  const locked = status === 'sent' || status === 'sending';
  const twin = assessment.duplicateOf ? (numbers.get(assessment.duplicateOf) ?? 0) : 0;
  const errorText = (field: BulkField): string | undefined => {
    const error = assessment.fieldErrors[field];
    if (!error) return undefined;
    if (error === 'usersAdmin.bulk.existsField' && assessment.existingName)
      return t('usersAdmin.bulk.existsNamed', { name: assessment.existingName });
    return ctx.message(error, { number: twin });
  };
  const cell = (field: BulkField) => {
    const id = `${row.id}-${field}`;
    const error = errorText(field);
    const shown = status === 'sent' && row.delivery.state === 'sent' ? sentValue(row, field) : row[field];
    if (locked) return html`<td part="cell bulk-cell" class="bulk-cell"><span class="locked-value" id=${id}>${shown}</span></td>`;
    return html`<td part="cell bulk-cell" class="bulk-cell">
      <input
        part="input bulk-input"
        class="input"
        id=${id}
        data-field=${field}
        .value=${row[field]}
        autocomplete="off"
        spellcheck="false"
        aria-label=${t('usersAdmin.bulk.fieldLabel', { field: t(`usersAdmin.bulk.column.${field}`), number })}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
        @input=${(event: InputEvent) => ctx.onField(row, field, event)}
        @change=${field === 'contact' ? ctx.onContactChange : undefined}
      />
      ${error ? html`<span part="error" class="error" id="${id}-error">${error}</span>` : nothing}
    </td>`;
  };
  return html`<tr part="bulk-row" class="bulk-row" data-row-id=${row.id} data-status=${status}>
    <th scope="row" part="bulk-row-number" class="number-column">
      ${number}${row.line !== undefined ? html`<span class="visually-hidden">, ${t('usersAdmin.bulk.fromLine', { line: row.line })}</span>` : nothing}
    </th>
    ${cell('fullName')}${cell('contact')}${cell('userId')}
    <td part="cell" class="admin-column">
      <input
        type="checkbox"
        part="administrator-checkbox"
        class="checkbox"
        id="${row.id}-administrator"
        .checked=${row.isAdministrator}
        ?disabled=${locked}
        aria-label=${t('usersAdmin.bulk.fieldLabel', { field: t('usersAdmin.bulk.column.administrator'), number })}
        aria-describedby="bulk-administrator-hint"
        @change=${(event: Event) => ctx.onAdministrator(row, event)}
      />
    </td>
    <td part="cell bulk-status-cell" class="bulk-status-cell"><div class="status-stack">
      <span part="bulk-status" class="badge ${STATUS_BADGE[status]}" data-status=${status}>
        ${status === 'sending' ? html`<span class="spinner" aria-hidden="true"></span>` : status === 'sent' ? html`<span aria-hidden="true">✓</span>` : nothing}
        ${t(`usersAdmin.bulk.status.${status}`)}
      </span>
      ${status === 'sent' && row.isAdministrator ? html`<span part="bulk-note" class="hint">${t('usersAdmin.bulk.sentAsAdministrator')}</span>` : nothing}
      ${status === 'failed' && assessment.message ? html`<span part="bulk-note bulk-failure" class="error">${assessment.message}</span>` : nothing}
      ${assessment.checking ? html`<span part="bulk-note" class="hint">${t('usersAdmin.bulk.checking')}</span>` : nothing}
    </div></td>
    <td part="cell" class="remove-cell">
      ${
        locked
          ? nothing
          : html`<button
            type="button"
            part="remove-row-button"
            class="button button--quiet icon-button button--small"
            aria-label=${t('usersAdmin.bulk.remove', { number })}
            @click=${() => ctx.onRemove(row, number - 1)}
          >
            <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" /></svg>
          </button>`
      }
    </td>
  </tr>`;
}

/** What a sent row went out as: the normalised address, not the typing. */
function sentValue(row: BulkRow, field: BulkField): string {
  if (row.delivery.state !== 'sent') return row[field];
  const input = row.delivery.input;
  if (field === 'contact') return input.email ?? input.phone ?? row.contact;
  if (field === 'fullName') return input.fullName;
  return input.userId ?? '';
}

function renderFooter(ctx: BulkEditorContext): TemplateResult {
  const { t, bulk } = ctx;
  const counts = bulk.counts;
  const running = bulk.running;
  return html`
    ${bulk.lastRun ? renderResult(t, bulk.lastRun) : nothing}
    <div part="footer bulk-footer" class="footer bulk-footer">
      ${
        counts.sent > 0 && !running
          ? html`<button type="button" part="clear-sent-button" class="button button--quiet" @click=${ctx.onClearSent}>${t('usersAdmin.bulk.clearSent')}</button>`
          : nothing
      }
      ${
        counts.failed > 0
          ? html`<button
            type="button"
            part="retry-failed-button"
            class="button"
            aria-disabled=${running ? 'true' : 'false'}
            @click=${() => ctx.onSend('failed')}
          >
            ${t('usersAdmin.bulk.retryFailed', { count: counts.failed })}
          </button>`
          : nothing
      }
      <button
        type="button"
        part="send-button"
        class="button button--primary"
        aria-disabled=${running || counts.ready === 0 ? 'true' : 'false'}
        @click=${() => ctx.onSend('ready')}
      >
        ${
          running
            ? html`<span class="spinner" aria-hidden="true"></span>${t('usersAdmin.bulk.sending', { count: counts.sending })}`
            : counts.ready > 0
              ? t('usersAdmin.bulk.send', { count: counts.ready })
              : t('usersAdmin.bulk.sendNone')
        }
      </button>
    </div>
  `;
}

function renderResult(t: Translate, run: BulkRunSummary): TemplateResult {
  const kind = run.failed > 0 ? 'alert--danger' : run.sent > 0 ? 'alert--success' : 'alert--warning';
  return html`<div part="bulk-result alert" class="alert ${kind}" id="bulk-result" tabindex="-1">
    ${resultSentences(t, run).map((sentence) => html`<p>${sentence}</p>`)}
  </div>`;
}

/** What a send came to, as shown after it and announced: a sentence each for the sent, those already in the portal and the failed. */
export function resultSentences(t: Translate, run: BulkRunSummary): string[] {
  return [
    run.sent > 0 ? t('usersAdmin.bulk.resultSent', { count: run.sent }) : '',
    run.exists > 0 ? t('usersAdmin.bulk.resultExists', { count: run.exists }) : '',
    run.failed > 0 ? t('usersAdmin.bulk.resultFailed', { count: run.failed }) : '',
  ].filter(Boolean);
}
