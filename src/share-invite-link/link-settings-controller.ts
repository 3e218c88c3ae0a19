import { html, nothing } from 'lit';
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { InviteKitError } from '../client/errors.js';
import type { MutationOptions } from '../client/invite-client.js';
import { DomainSchema } from '../client/field-schemas.js';
import type { Capabilities, InviteLink, InviteLinkSettings, LinkExpiry } from '../client/types.js';
import { validate } from '../client/validation.js';
import '../i18n/validation.messages.js';
import { newIdempotencyKey } from '../internal/idempotency.js';
import { RequestController } from '../internal/request-controller.js';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface LinkSettingsOptions {
  t: Translate;
  /** The element's error alert (`InviteKitElement.renderErrorAlert`). */
  renderError: (error: InviteKitError, options: { sentence: (reason: string) => string; onRetry: () => void }) => TemplateResult;
  save: (settings: InviteLinkSettings, options: MutationOptions) => Promise<InviteLink>;
  onSaved: (link: InviteLink) => void;
  /** After each save that finished, saved or not (one cut short by leaving the page has not). */
  onSettled?: () => void;
}

const EXPIRY_CHOICES: LinkExpiry[] = [null, 1, 7, 30];

/**
 * The invite link's settings — when it expires, and which email domains may sign up through
 * it — for backends whose capabilities declare them. Each change is saved at once with its
 * own idempotency key; a change that fails stays on screen with a retry, and changes made
 * meanwhile are saved together with it.
 */
export class LinkSettingsController {
  private readonly requests: RequestController;
  /** Changes not saved yet: what the controls show until the backend confirms them. */
  private pending?: { settings: InviteLinkSettings; signature: string; key: string };
  private busy = false;
  private error?: InviteKitError;
  private saved = false;
  private domainText = '';
  private domainError?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: LinkSettingsOptions,
  ) {
    this.requests = new RequestController(host);
  }

  /** A save is under way (or was cut short by leaving the page and resumes on return). */
  get saving(): boolean {
    return this.busy;
  }

  private async save(change: InviteLinkSettings): Promise<void> {
    const settings = { ...this.pending?.settings, ...change };
    const signature = JSON.stringify(settings);
    if (this.pending?.signature !== signature) this.pending = { settings, signature, key: newIdempotencyKey() };
    const { key } = this.pending;
    this.busy = true;
    this.error = undefined;
    this.saved = false;
    this.host.requestUpdate();
    const outcome = await this.requests.run('settings', (signal) => this.options.save(settings, { signal, idempotencyKey: key }), {
      // A save cut short by leaving the page is sent again with the same key on return.
      resume: () => void this.save({}),
    });
    if (outcome.status === 'stale') return;
    this.busy = false;
    if (outcome.status === 'error') {
      this.error = outcome.error;
    } else {
      const addedDomain = this.domainText && outcome.value.allowedDomains.includes(this.normalise(this.domainText) ?? '');
      if (addedDomain) this.domainText = '';
      this.pending = undefined;
      this.saved = true;
      this.options.onSaved(outcome.value);
    }
    this.host.requestUpdate();
    this.options.onSettled?.();
  }

  private normalise(text: string): string | undefined {
    const result = validate(DomainSchema, text);
    return result.ok ? result.value : undefined;
  }

  private expiry(link: InviteLink): LinkExpiry {
    const pending = this.pending?.settings.expiresInDays;
    return pending === undefined ? link.expiresInDays : pending;
  }

  private domains(link: InviteLink): string[] {
    return this.pending?.settings.allowedDomains ?? link.allowedDomains;
  }

  private readonly handleExpiry = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    void this.save({ expiresInDays: value === '' ? null : (Number(value) as LinkExpiry) });
  };

  private onAddDomain(link: InviteLink) {
    return (event: SubmitEvent) => {
      event.preventDefault();
      const result = validate(DomainSchema, this.domainText);
      const domains = this.domains(link);
      if (!result.ok) this.domainError = this.options.t(Object.values(result.fieldErrors)[0] ?? 'validation.domainInvalid');
      else if (domains.includes(result.value)) this.domainError = this.options.t('shareLink.domainDuplicate', { domain: result.value });
      else {
        this.domainError = undefined;
        void this.save({ allowedDomains: [...domains, result.value] });
      }
      this.host.requestUpdate();
      if (this.domainError) this.host.shadowRoot?.querySelector<HTMLInputElement>('#domain-input')?.focus();
    };
  }

  private onRemoveDomain(link: InviteLink, domain: string) {
    return () => {
      void this.save({ allowedDomains: this.domains(link).filter((item) => item !== domain) });
      // The button is about to disappear; keep focus in the settings rather than lose it.
      this.host.shadowRoot?.querySelector<HTMLInputElement>('#domain-input')?.focus();
    };
  }

  private readonly handleDomainInput = (event: Event) => {
    this.domainText = (event.target as HTMLInputElement).value;
    if (this.domainError) {
      this.domainError = undefined;
      this.host.requestUpdate();
    }
  };

  private readonly handleRetry = () => void this.save({});

  render(link: InviteLink, capabilities: Capabilities): TemplateResult | typeof nothing {
    if (!capabilities.linkExpiry && !capabilities.allowedDomains) return nothing;
    const { t } = this.options;
    return html`
      <details part="settings" class="settings">
        <summary part="settings-summary" class="settings-summary">${t('shareLink.settings')}</summary>
        <div class="settings-body">
          ${capabilities.linkExpiry ? this.renderExpiry(link) : nothing}
          ${capabilities.allowedDomains ? this.renderDomains(link) : nothing}
          <div class="settings-status" role="status">
            ${
              this.busy
                ? html`<span class="spinner" aria-hidden="true"></span>${t('shareLink.saving')}`
                : this.saved
                  ? t('shareLink.saved')
                  : ''
            }
          </div>
          ${
            this.error
              ? this.options.renderError(this.error, {
                  sentence: (reason) => t('shareLink.settingsFailed', { reason }),
                  onRetry: this.handleRetry,
                })
              : nothing
          }
        </div>
      </details>
    `;
  }

  private renderExpiry(link: InviteLink): TemplateResult {
    const { t } = this.options;
    const current = this.expiry(link);
    return html`
      <div part="field" class="field">
        <label part="label" class="label" for="expiry">${t('shareLink.expiry')}</label>
        <select part="input expiry-select" class="input" id="expiry" @change=${this.handleExpiry}>
          ${EXPIRY_CHOICES.map(
            (days) => html`<option value=${days ?? ''} ?selected=${days === current}>
              ${days === null ? t('shareLink.expiry.never') : t('shareLink.expiry.days', { count: days })}
            </option>`,
          )}
        </select>
      </div>
    `;
  }

  private renderDomains(link: InviteLink): TemplateResult {
    const { t } = this.options;
    const domains = this.domains(link);
    return html`
      <div part="field" class="field">
        <span part="label" class="label" id="domains-label">${t('shareLink.domains')}</span>
        <span part="hint" class="hint" id="domains-hint">${domains.length ? t('shareLink.domainsHint') : t('shareLink.anyDomain')}</span>
        ${
          domains.length
            ? html`<ul part="domain-list" class="chips" aria-labelledby="domains-label">
              ${domains.map(
                (domain) => html`<li part="domain" class="badge domain">
                  <span>${domain}</span>
                  <button
                    type="button"
                    part="remove-domain-button"
                    class="remove-domain"
                    aria-label=${t('shareLink.removeDomain', { domain })}
                    @click=${this.onRemoveDomain(link, domain)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>`,
              )}
            </ul>`
            : nothing
        }
        <form class="domain-form" novalidate @submit=${this.onAddDomain(link)}>
          <label class="visually-hidden" for="domain-input">${t('shareLink.domainInput')}</label>
          <input
            part="input domain-input"
            class="input"
            id="domain-input"
            placeholder=${t('shareLink.domainPlaceholder')}
            autocomplete="off"
            spellcheck="false"
            .value=${this.domainText}
            aria-invalid=${this.domainError ? 'true' : 'false'}
            aria-describedby=${this.domainError ? 'domain-error domains-hint' : 'domains-hint'}
            @input=${this.handleDomainInput}
          />
          <button type="submit" part="add-domain-button" class="button">${t('shareLink.addDomain')}</button>
        </form>
        ${this.domainError ? html`<div part="error" class="error" id="domain-error">${this.domainError}</div>` : nothing}
      </div>
    `;
  }
}
