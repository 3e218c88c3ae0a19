/**
 * The copy-link field, shared by `<share-invite-link>` (the portal's invite link) and the
 * members panel's Workspace Link: the read-only link (selected on focus or click) and "Copy
 * Link", "Copied" confirmed in a polite live region, and — when the browser refuses the
 * clipboard — the link selected and the shortcut to copy it named.
 *
 * Only https: links (or links on the page's own origin) are shown and copied; any other is
 * refused with a sentence and reported for the element that shows it (the
 * `invite-kit-unsafe-link` event and the console warning name that element).
 *
 * A controller rather than an element of its own, so the field's parts are the element's own
 * (`workspace-members-panel::part(copy-button)` with no re-exporting) and each element names
 * them as it documents them.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { copyShortcut, writeToClipboard } from './clipboard.js';
import { reportUnsafeLink, safeLinkUrl } from './safe-url.js';
import type { SafeLink } from './safe-url.js';
import './copy-link.messages.js';

const COPIED_VISIBLE_MS = 4000;

type Translate = (key: string, params?: Record<string, string | number>) => string;

export type CopyMethod = 'clipboard' | 'manual';

export interface CopyLinkOptions {
  t: Translate;
  /** The link was copied, by "Copy Link" or by hand: the element fires its own event. */
  onCopied: (url: string, method: CopyMethod) => void;
}

/** What the field is called in the element holding it. */
export interface CopyLinkParts {
  /** An id prefix, unique in the element's shadow root. */
  id: string;
  label: string;
  /** Keeps the label for screen readers only (where a heading already says it). */
  hideLabel?: boolean;
  parts?: { field?: string; label?: string; input?: string; copyButton?: string; copyStatus?: string; alert?: string };
}

export class CopyLinkController implements ReactiveController {
  private copyState: 'idle' | 'copied' | 'refused' = 'idle';
  private timer?: ReturnType<typeof setTimeout>;
  private checked?: { url: string; result: SafeLink };
  private reportedUrl?: string;
  private shownUrl = '';
  private inputId = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: CopyLinkOptions,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // Reported after the element has rendered the refusal, once per refused link.
    const checked = this.check(this.shownUrl);
    if (!checked.ok && this.shownUrl && this.reportedUrl !== this.shownUrl) {
      this.reportedUrl = this.shownUrl;
      reportUnsafeLink(this.host, this.shownUrl, checked.reason);
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.copyState = 'idle';
  }

  /** The link as it will be shown and copied, or `undefined` when it is refused. */
  safe(url: string): string | undefined {
    const checked = this.check(url);
    return checked.ok ? checked.url : undefined;
  }

  /** Focuses the link (selecting it). */
  focus(): void {
    this.input()?.focus();
  }

  /** Forgets a "Copied" (or a refusal to copy): the link it was about changed. */
  reset(): void {
    clearTimeout(this.timer);
    if (this.copyState === 'idle') return;
    this.copyState = 'idle';
    this.host.requestUpdate();
  }

  private check(url: string): SafeLink {
    if (this.checked?.url !== url) this.checked = { url, result: safeLinkUrl(url) };
    return this.checked.result;
  }

  private input(): HTMLInputElement | null | undefined {
    return this.inputId ? (this.host.shadowRoot?.getElementById(this.inputId) as HTMLInputElement | null) : undefined;
  }

  private readonly handleCopy = async () => {
    const url = this.safe(this.shownUrl);
    if (!url) return;
    const copied = await writeToClipboard(url);
    if (!this.host.isConnected || url !== this.safe(this.shownUrl)) return;
    if (copied) return this.confirm(url, 'clipboard');
    this.copyState = 'refused';
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const input = this.input();
    input?.focus();
    input?.select();
  };

  /** People copying the selected link themselves (after a refusal, or by habit) get the same confirmation. */
  private readonly handleManualCopy = () => {
    const url = this.safe(this.shownUrl);
    if (url) this.confirm(url, 'manual');
  };

  private readonly handleSelect = (event: Event) => (event.target as HTMLInputElement).select();

  private confirm(url: string, method: CopyMethod): void {
    clearTimeout(this.timer);
    this.copyState = 'copied';
    this.timer = setTimeout(() => {
      this.copyState = 'idle';
      this.host.requestUpdate();
    }, COPIED_VISIBLE_MS);
    this.host.requestUpdate();
    this.options.onCopied(url, method);
  }

  render(url: string, field: CopyLinkParts): TemplateResult {
    if (url !== this.shownUrl) {
      // Another link: a "Copied" (or a refusal to copy) was about the old one.
      if (this.shownUrl) this.resetQuietly();
      this.shownUrl = url;
    }
    this.inputId = field.id;
    const { t } = this.options;
    const parts = field.parts ?? {};
    const safe = this.safe(url);
    const statusId = `${field.id}-copy-status`;
    return html`<div part=${parts.field ?? 'field'} class="field copy-link">
      <label part=${parts.label ?? 'label'} class="label ${field.hideLabel ? 'visually-hidden' : ''}" for=${field.id}>${field.label}</label>
      <div class="link-row">
        <input
          part=${parts.input ?? 'input link-input'}
          class="input link-input"
          id=${field.id}
          readonly
          .value=${safe ?? ''}
          aria-describedby=${statusId}
          @focus=${this.handleSelect}
          @click=${this.handleSelect}
          @copy=${this.handleManualCopy}
        />
        <button
          type="button"
          part=${parts.copyButton ?? 'copy-button'}
          class="button button--primary copy-button"
          aria-disabled=${safe ? 'false' : 'true'}
          @click=${this.handleCopy}
        >
          ${t('shareLink.copy')}
        </button>
      </div>
      ${url && !safe ? html`<div part=${parts.alert ?? 'alert'} class="alert alert--danger" role="alert">${t('unsafeLink.refused')}</div>` : nothing}
      <div part=${parts.copyStatus ?? 'copy-status'} class="copy-status ${this.copyState === 'copied' ? 'copy-status--copied' : ''}" id=${statusId} role="status">
        ${
          this.copyState === 'copied'
            ? html`<span aria-hidden="true">✓</span> ${t('shareLink.copied')}`
            : this.copyState === 'refused'
              ? t('shareLink.copyRefused', { shortcut: copyShortcut() })
              : ''
        }
      </div>
    </div>`;
  }

  private resetQuietly(): void {
    clearTimeout(this.timer);
    this.copyState = 'idle';
  }
}
