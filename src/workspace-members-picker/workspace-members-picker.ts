import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InviteKitError } from '../client/errors.js';
import type { MemberAddition, Person, WorkspaceKind } from '../client/types.js';
import type { FieldErrors } from '../client/validation.js';
import { AnnouncerController } from '../internal/announcer.js';
import { InviteKitElement } from '../internal/invite-kit-element.js';
import { newIdempotencyKey } from '../internal/idempotency.js';
import { baseStyles } from '../styles/base.js';
import { TypeAheadController } from '../internal/type-ahead-controller.js';
import { avatar } from '../internal/avatar.js';
import { renderNewPersonForm, toAddition, toFormErrors } from './new-person-form.js';
import type { NewPersonDraft, NewPersonKind } from './new-person-form.js';
import { pickerStyles } from './workspace-members-picker.styles.js';
import { workspaceMembersPickerMessages } from './workspace-members-picker.messages.js';
import './events.js';
import { isolateBidi } from '../i18n/format.js';

interface Chosen {
  key: string;
  fullName: string;
  detail: string;
  addition: MemberAddition;
}

/** A suggestion in the listbox; `more` ("Load more results") ends it while the directory has more matches. */
type Option = { kind: 'person'; person: Person } | { kind: 'new-client' } | { kind: 'new-internal' } | { kind: 'more' };

const EMPTY_DRAFT: NewPersonDraft = { fullName: '', contact: '', userId: '' };

/**
 * The "+ Invite Members" picker: the panel shows it in its dialog (fetched when first wanted), and
 * a host can place it on its own (`invite-kit/workspace-members-picker`). A WAI-ARIA combobox
 * searches the directory as the viewer types; chosen people gather as removable chips until
 * "Invite". The directory answers 20 people at a time: while it has more, the listbox ends with
 * a "Load more results" option (an option like the others, so arrow keys and Enter reach it and
 * screen readers announce it), and the status says how many are shown. Flow workspaces take
 * existing internal users, existing clients and new clients; a new internal user must first be
 * invited to the portal. Group workspaces also offer "+ Invite New Internal User" to viewers
 * allowed to invite them.
 *
 * @tag workspace-members-picker
 * @summary Search the directory, choose people, and add them to a workspace with an invitation.
 *
 * @fires members-invited - When people were added to the workspace and invited.
 * @fires invite-new-internal-user-requested - When the viewer asks to invite a new internal user to the portal (flow workspaces).
 * @fires picker-close - "Cancel" was pressed, or the chosen people were invited: close what holds the picker (detail: `workspaceId`, `reason`: `cancel` or `invited`).
 *
 * @csspart picker - The whole picker.
 * @csspart search-field - The search field with its label.
 * @csspart search-label - Its label.
 * @csspart chips - The people chosen.
 * @csspart chip - One of them.
 * @csspart chip-remove-button - Its remove button.
 * @csspart search-input - The type-ahead combobox.
 * @csspart listbox - Its suggestions.
 * @csspart option - One suggestion (an `option-action` too: "+ Invite New Client", "+ Invite New Internal User").
 * @csspart option-more - "Load more results".
 * @csspart search-status - "Searching…", "Nobody matches…".
 * @csspart new-person-form - The new client / new internal user form.
 * @csspart form-field - A field in it, with its label and error.
 * @csspart form-label - A label in it.
 * @csspart form-input - An input in it.
 * @csspart form-error - A field's error.
 * @csspart form-submit - "Add Client" / "Add Internal User".
 * @csspart flow-notice - Why a new internal user must first be invited to the portal.
 * @csspart portal-invite-button - Its button.
 * @csspart picker-footer - Where "Invite" sits.
 * @csspart invite-button - "Invite".
 * @csspart picker-error - Why inviting failed.
 *
 * @keyboard ↓ / ↑ - Move through the suggestions.
 * @keyboard Enter - Choose the active suggestion ("Load more results" and "+ Invite New Client" are suggestions too); with only one, Enter chooses it.
 * @keyboard Escape - Clears the search; with the search empty, it is left to what is around the picker (the panel's dialog closes).
 * @keyboard Backspace in an empty search - Removes the last person chosen.
 */
export class WorkspaceMembersPicker extends InviteKitElement {
  static override styles = [baseStyles, pickerStyles];
  /** Suggestions while typing, and adding the chosen people (invited as they are added). */
  static override readonly clientOperations = ['searchDirectory', 'addWorkspaceMembers'] as const;
  /** The English messages (keys for translations and `overrideMessages`). */
  static readonly messages = workspaceMembersPickerMessages;
  static override shadowRootOptions = { ...InviteKitElement.shadowRootOptions, delegatesFocus: true };

  /** The workspace people are added to. */
  @property({ attribute: 'workspace-id' }) workspaceId = '';
  /** `flow` workspaces take existing internal users, existing clients and new clients only; `group` ones also new internal users. */
  @property({ attribute: 'workspace-kind' }) workspaceKind: WorkspaceKind = 'group';
  /** Portal admins may invite new internal users. */
  @property({ type: Boolean, attribute: 'can-invite-internal-users' }) canInviteInternalUsers = false;

  @state() private chosen: Chosen[] = [];
  @state() private mode: 'search' | NewPersonKind | 'flow-internal-notice' = 'search';
  @state() private draft: NewPersonDraft = EMPTY_DRAFT;
  @state() private fieldErrors: FieldErrors = {};
  @state() private busy = false;
  @state() private error?: InviteKitError;

  private readonly announcer = new AnnouncerController(this);
  /** The directory, 20 people a page, without those already in the workspace. */
  private readonly search = new TypeAheadController<Person>(this, async (query, cursor, signal) =>
    (await this.resolveClient()).searchDirectory(
      { query, ...(cursor === undefined ? {} : { cursor }), excludeWorkspaceId: this.workspaceId, limit: 20 },
      { signal },
    ),
  );
  private inviteKey?: string;
  private newInternalKey?: string;

  private scrolledTo: Element | null = null;

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Arrow keys move the active option past what the listbox shows, and a new page puts a
    // person where "Load more results" was: keep the active option in sight.
    const active = this.renderRoot.querySelector('.option--active');
    if (active !== this.scrolledTo) {
      this.scrolledTo = active;
      active?.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    // A draft belongs to one workspace; closing and reopening the picker keeps it.
    if (changed.has('workspaceId') && changed.get('workspaceId') !== undefined) this.reset();
  }

  /** Starts over: no query, no chips, no form. */
  reset(): void {
    this.requests.abortAll();
    this.search.clear();
    Object.assign(this, {
      chosen: [],
      mode: 'search',
      draft: EMPTY_DRAFT,
      fieldErrors: {},
      busy: false,
      error: undefined,
    });
    this.announcer.clear();
    this.inviteKey = undefined;
  }

  private get options(): Option[] {
    const chosenIds = new Set(this.chosen.map((chip) => (chip.addition.type === 'existing' ? chip.addition.personId : '')));
    const people: Option[] = this.search.results
      .filter((person) => !chosenIds.has(person.id))
      .map((person) => ({ kind: 'person', person }));
    if (this.search.hasMore) return [...people, { kind: 'more' }];
    const offerNew = this.search.settled && this.search.query.trim() !== '' && !this.search.error && this.search.results.length === 0;
    if (!offerNew) return people;
    const actions: Option[] = [{ kind: 'new-client' }];
    if (this.workspaceKind === 'flow' || this.canInviteInternalUsers) actions.push({ kind: 'new-internal' });
    return [...people, ...actions];
  }

  private choose(option: Option): void {
    const query = this.search.query.trim();
    if (option.kind === 'more') {
      void this.loadMore();
      return;
    }
    if (option.kind === 'person') {
      const { person } = option;
      this.chosen = [
        ...this.chosen,
        {
          key: person.id,
          fullName: person.fullName,
          detail: person.email ?? person.phone ?? '',
          addition: { type: 'existing', personId: person.id },
        },
      ];
      this.inviteKey = undefined;
      this.search.clear();
      this.announcer.announce(this.t('picker.added', { name: person.fullName, count: this.chosen.length }));
      this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
      return;
    }
    if (option.kind === 'new-internal' && this.workspaceKind === 'flow') {
      this.mode = 'flow-internal-notice';
      return;
    }
    this.mode = option.kind;
    this.draft = { ...EMPTY_DRAFT, fullName: query };
    this.fieldErrors = {};
    this.error = undefined;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>(query ? '#new-contact' : '#new-fullName')?.focus());
  }

  /**
   * Loads the next page. Chosen from the keyboard, the active option stays at its place in
   * the list, which the first new person now takes, so a screen reader reads them next.
   */
  private async loadMore(): Promise<void> {
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
    await this.search.loadMore();
    // Past the end only when the page brought nobody new (everyone on it already chosen).
    const count = this.options.length;
    if (this.search.activeIndex >= count) {
      this.search.activeIndex = count - 1;
      this.requestUpdate();
    }
  }

  private removeChosen(chip: Chosen): void {
    this.chosen = this.chosen.filter((candidate) => candidate.key !== chip.key);
    this.inviteKey = undefined;
    this.announcer.announce(this.t('picker.removed', { name: chip.fullName, count: this.chosen.length }));
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  private backToSearch(): void {
    this.mode = 'search';
    this.fieldErrors = {};
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus());
  }

  private readonly handleSearchKeydown = (event: KeyboardEvent) => {
    const options = this.options;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.search.move(event.key === 'ArrowDown' ? 1 : -1, options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[this.search.activeIndex] ?? (options.length === 1 ? options[0] : undefined);
      if (option) this.choose(option);
    } else if (event.key === 'Escape' && this.search.query) {
      // First Escape clears the search; the next one closes the dialog around the picker.
      event.preventDefault();
      event.stopPropagation();
      this.search.clear();
    } else if (event.key === 'Backspace' && !this.search.query && this.chosen.length > 0) {
      this.removeChosen(this.chosen[this.chosen.length - 1]!);
    }
  };

  private async submitNewPerson(): Promise<void> {
    if (this.busy || this.mode === 'search' || this.mode === 'flow-internal-notice') return;
    const kind = this.mode;
    const result = toAddition(kind, this.draft);
    if (!result.ok) {
      this.fieldErrors = result.fieldErrors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    const { addition } = result;
    if (kind === 'new-client') {
      const contact = 'email' in addition ? (addition.email ?? addition.phone ?? '') : '';
      this.chosen = [
        ...this.chosen,
        { key: `new:${newIdempotencyKey()}`, fullName: (addition as { fullName: string }).fullName, detail: contact, addition },
      ];
      this.inviteKey = undefined;
      this.announcer.announce(this.t('picker.added', { name: (addition as { fullName: string }).fullName, count: this.chosen.length }));
      this.search.clear();
      this.backToSearch();
      return;
    }
    // "Add Internal User" sends the invitation at once, as the article describes.
    this.newInternalKey ??= newIdempotencyKey();
    await this.addMembers([addition], this.newInternalKey, () => {
      this.newInternalKey = undefined;
      this.announcer.announce(this.t('picker.internalUserInvited', { name: (addition as { fullName: string }).fullName }));
      this.search.clear();
      this.backToSearch();
    });
  }

  private async invite(): Promise<void> {
    if (this.busy || this.chosen.length === 0) return;
    this.inviteKey ??= newIdempotencyKey();
    await this.addMembers(
      this.chosen.map((chip) => chip.addition),
      this.inviteKey,
      () => {
        this.reset();
        this.emit('picker-close', { workspaceId: this.workspaceId, reason: 'invited' });
      },
    );
  }

  private async addMembers(additions: MemberAddition[], idempotencyKey: string, done: () => void): Promise<void> {
    this.busy = true;
    this.error = undefined;
    const workspaceId = this.workspaceId;
    const outcome = await this.requests.run('add', async (signal) => {
      const client = await this.resolveClient();
      return client.addWorkspaceMembers(workspaceId, additions, { signal, idempotencyKey });
    });
    if (outcome.status === 'stale') return;
    this.busy = false;
    if (outcome.status === 'error') {
      this.error = outcome.error;
      if (this.mode !== 'search' && this.mode !== 'flow-internal-notice') {
        this.fieldErrors = toFormErrors(this.mode, outcome.error.fieldErrors);
      }
      return;
    }
    this.emit('members-invited', { workspaceId, added: outcome.value.added });
    done();
  }

  private requestPortalInvitation(): void {
    this.emit('invite-new-internal-user-requested', { workspaceId: this.workspaceId, query: this.search.query.trim() });
  }

  protected override render() {
    return html`<div part="picker" class="picker">
      ${
        this.mode === 'search'
          ? this.renderSearch()
          : this.mode === 'flow-internal-notice'
            ? this.renderFlowNotice()
            : renderNewPersonForm({
                kind: this.mode,
                draft: this.draft,
                fieldErrors: this.fieldErrors,
                busy: this.busy,
                t: (key, params) => this.t(key, params),
                onInput: (name, value) => {
                  this.draft = { ...this.draft, [name]: value };
                  if (this.fieldErrors[name]) this.fieldErrors = { ...this.fieldErrors, [name]: '' };
                  this.newInternalKey = undefined;
                },
                onSubmit: () => void this.submitNewPerson(),
                onCancel: () => this.backToSearch(),
              })
      }
      ${this.error ? html`<div part="picker-error" class="alert alert--danger" role="alert">${this.t('picker.failed', { reason: this.describeError(this.error) })}</div>` : nothing}
      ${this.announcer.render()}
      ${this.renderFooter()}
    </div>`;
  }

  private renderChips() {
    if (this.chosen.length === 0) return nothing;
    return html`<ul part="chips" class="chips" role="list" aria-label=${this.t('picker.chosen', { count: this.chosen.length })}>
      ${this.chosen.map(
        (chip) => html`<li part="chip" class="chip">
          <bdi class="truncate" title=${chip.detail}>${chip.fullName}</bdi>
          <button part="chip-remove-button" class="chip-remove" type="button" aria-label=${this.t('picker.remove', { name: chip.fullName })} @click=${() => this.removeChosen(chip)}>
            <span aria-hidden="true">×</span>
          </button>
        </li>`,
      )}
    </ul>`;
  }

  private renderOption(option: Option, index: number) {
    const active = index === this.search.activeIndex;
    const common = { id: `option-${index}`, class: `option${active ? ' option--active' : ''}` };
    if (option.kind === 'more') {
      // Its own id: when the next page arrives, the active option at this place becomes a new
      // person with a new id, and aria-activedescendant changing is what makes it announced.
      const loading = this.search.loadingMore;
      return html`<li
        id="option-more"
        class="${common.class} option--action option--more"
        part="option option-more"
        role="option"
        aria-selected=${active ? 'true' : 'false'}
        aria-disabled=${loading ? 'true' : nothing}
        @click=${() => this.choose(option)}
      >
        ${loading ? html`<span class="spinner" aria-hidden="true"></span>${this.t('picker.loadingMore')}` : this.t('picker.loadMore')}
      </li>`;
    }
    if (option.kind !== 'person') {
      const label = option.kind === 'new-client' ? this.t('picker.inviteNewClient') : this.t('picker.inviteNewInternalUser');
      return html`<li id=${common.id} class="${common.class} option--action" part="option option-action" role="option" aria-selected=${active ? 'true' : 'false'} @click=${() => this.choose(option)}>
        ${label}
      </li>`;
    }
    const { person } = option;
    return html`<li id=${common.id} class=${common.class} part="option" role="option" aria-selected=${active ? 'true' : 'false'} @click=${() => this.choose(option)}>
      ${avatar({ name: person.fullName, url: person.avatarUrl, locale: this.localize.locale })}
      <span class="option-text">
        <span class="truncate">${person.fullName}</span>
        <span class="hint truncate">${(person.email ?? person.phone) ? html`<bdi>${isolateBidi((person.email ?? person.phone)!)}</bdi> · ` : nothing}${this.t(
          person.type === 'internal' ? 'common.internal' : 'common.client',
        )}</span>
      </span>
    </li>`;
  }

  private optionId(options: Option[], index: number): string {
    return options[index]?.kind === 'more' ? 'option-more' : `option-${index}`;
  }

  private renderSearch() {
    const { search } = this;
    const options = this.options;
    const open = search.query.trim() !== '';
    const status = search.error
      ? this.t('picker.searchFailed', { reason: this.describeError(search.error) })
      : !search.settled
        ? this.t('picker.searching')
        : !open
          ? ''
          : search.results.length === 0
            ? this.t('picker.noMatches', { query: search.query.trim() })
            : search.moreError
              ? this.t('picker.moreFailed', { reason: this.describeError(search.moreError) })
              : search.loadingMore
                ? this.t('picker.loadingMore')
                : search.nextCursor !== null
                  ? search.total !== undefined && search.total > search.results.length
                    ? this.t('picker.shownOf', { shown: search.results.length, count: search.total })
                    : this.t('picker.shownMore', { count: search.results.length })
                  : this.t('picker.found', { count: search.results.length });
    const retry = search.error ? () => search.retry() : search.moreError && open ? () => void this.loadMore() : undefined;
    return html`
      ${this.renderChips()}
      <div part="search-field" class="field">
        <label part="search-label" class="label" for="search">${this.t('picker.searchLabel')}</label>
        <input
          id="search"
          part="search-input"
          class="input"
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="listbox"
          aria-describedby="search-status"
          aria-activedescendant=${search.activeIndex >= 0 && open && options[search.activeIndex] ? this.optionId(options, search.activeIndex) : nothing}
          placeholder=${this.t('picker.searchPlaceholder')}
          .value=${search.query}
          @input=${(event: InputEvent) => search.setQuery((event.target as HTMLInputElement).value)}
          @keydown=${this.handleSearchKeydown}
        />
      </div>
      <ul id="listbox" part="listbox" class="listbox" role="listbox" aria-label=${this.t('picker.results')} ?hidden=${!open || options.length === 0}>
        ${open ? options.map((option, index) => this.renderOption(option, index)) : nothing}
      </ul>
      <p id="search-status" part="search-status" class="hint search-status" role="status">
        ${status}
        ${retry ? html`<button class="button button--small" type="button" @click=${retry}>${this.t('common.retry')}</button>` : nothing}
      </p>
      ${
        open && search.settled && search.results.length === 0 && this.workspaceKind === 'group' && !this.canInviteInternalUsers
          ? html`<p class="hint">${this.t('picker.adminsOnly')}</p>`
          : nothing
      }
    `;
  }

  private renderFlowNotice() {
    return html`<div part="flow-notice" class="alert alert--warning" role="alert">
      <p>${this.t('picker.flowInternalNotice')}</p>
      <div class="form-actions">
        ${
          this.canInviteInternalUsers
            ? html`<button part="portal-invite-button" class="button button--primary" type="button" @click=${() => this.requestPortalInvitation()}>
              ${this.t('picker.inviteToPortal')}
            </button>`
            : html`<span class="hint">${this.t('picker.askAdmin')}</span>`
        }
        <button class="button button--quiet" type="button" @click=${() => this.backToSearch()}>${this.t('picker.back')}</button>
      </div>
    </div>`;
  }

  private renderFooter() {
    const empty = this.chosen.length === 0;
    return html`<div part="picker-footer" class="footer">
      <button class="button" type="button" @click=${() => this.emit('picker-close', { workspaceId: this.workspaceId, reason: 'cancel' })}>${this.t('common.cancel')}</button>
      <button
        part="invite-button"
        class="button button--primary"
        type="button"
        aria-disabled=${empty || this.busy ? 'true' : 'false'}
        aria-describedby=${empty ? 'invite-hint' : nothing}
        @click=${() => void this.invite()}
      >
        ${this.busy && this.mode === 'search' ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
        ${this.t('picker.invite')}
      </button>
      ${empty ? html`<span id="invite-hint" class="visually-hidden">${this.t('picker.inviteHint')}</span>` : nothing}
    </div>`;
  }
}
