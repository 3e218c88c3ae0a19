/**
 * Code an element shows only on demand — a dialog's content, a popover's button, the Admin
 * Portal's Bulk Invite — fetched the first time it is wanted rather than with the element:
 * `load()` is cheap to call on every pointerenter and focus of what opens it (so by the click it
 * has usually arrived), and opening calls it too. Until it is there, `render()` shows a loading
 * line in its place; a chunk that can't be fetched shows the error with "Try again", which
 * fetches it again. Once it has arrived, focus goes where the host says (`focusReady`) if it was
 * left waiting on the placeholder. `LazyChunkController` holds what any chunk gives;
 * `LazyElementController` is the common case, a kit element registered once it arrives.
 * (The profile menu's dialog works the same way.)
 */
import { nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { loadDependency } from './define.js';
import type { DefinableElement } from './define.js';
import { errorAlert, loadingStatus } from './status-templates.js';

export interface LazyChunkOptions<T> {
  /** Fetches it (a dynamic import) and makes it ready to show; rejects when it can't be had. */
  load(): Promise<T>;
  /** The loading line, and the alert's sentence and button when the fetch failed. */
  loadingText(): string;
  failedText(): string;
  retryLabel(): string;
  /** Where it sits; focus is only moved there while it shows. */
  root(): ParentNode | null | undefined;
  /** Focus, once it is there (or its "Try again" after a failure), if focus was left waiting. */
  focusReady(): void;
}

/**
 * The stand-in's usual words: the loading line (`loadingKey`, default "Loading…"), the network
 * error when the fetch failed, and "Try again" — each looked up when shown, so a language change applies.
 */
export function lazyTexts(
  t: (key: string) => string,
  loadingKey = 'common.loading',
): Pick<LazyChunkOptions<unknown>, 'loadingText' | 'failedText' | 'retryLabel'> {
  return { loadingText: () => t(loadingKey), failedText: () => t('error.network'), retryLabel: () => t('common.retry') };
}

export interface LazyElementOptions extends Omit<LazyChunkOptions<unknown>, 'load'> {
  /** The tag it is rendered with, registered (with its own dependencies) once it arrives. */
  tag: string;
  /** Fetches its class (a dynamic import). */
  load(): Promise<DefinableElement>;
}

export class LazyChunkController<T> implements ReactiveController {
  status: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  /** The fetch under way, for the host's `updateComplete` to wait on. */
  pending?: Promise<void>;
  /** What `load` gave, once it has arrived. */
  value?: T;
  /** Focus moves to it (or to "Try again") when the fetch settles. */
  private focusOnArrival = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LazyChunkOptions<T>,
  ) {
    host.addController(this);
  }

  get ready(): boolean {
    return this.status === 'ready';
  }

  /** Starts the fetch, once (again after a failure); resolves when it has settled, never rejects. */
  readonly load = (): Promise<void> => this.start(false);

  /** Where focus goes on opening: to it when it is there, else once it arrives (the caller focuses a stand-in meanwhile). */
  focusWhenReady(): boolean {
    if (this.status === 'ready') return true;
    this.focusOnArrival = true;
    void this.load();
    return false;
  }

  private start(retry: boolean): Promise<void> {
    if (this.status === 'ready') return Promise.resolve();
    if (!this.pending) {
      // "Try again" keeps the error and its (now unavailable) button in place, so focus stays on it.
      if (!retry || this.status !== 'failed') this.status = 'loading';
      this.pending = this.fetch();
    }
    return this.pending;
  }

  private async fetch(): Promise<void> {
    this.host.requestUpdate();
    try {
      this.value = await this.options.load();
      this.status = 'ready';
    } catch {
      this.status = 'failed';
    } finally {
      this.pending = undefined;
      this.host.requestUpdate();
    }
  }

  hostUpdated(): void {
    if (!this.focusOnArrival || this.pending || this.status === 'loading' || this.status === 'idle') return;
    this.focusOnArrival = false;
    if (this.status === 'ready') this.options.focusReady();
    else this.options.root()?.querySelector<HTMLElement>('[part~="retry-button"]')?.focus();
  }

  private readonly handleRetry = () => {
    if (this.pending) return;
    this.focusOnArrival = true;
    void this.start(true);
  };

  /** What arrived (`ready()`) once it is here; the loading line, or the failure with "Try again", until then. */
  render(ready: () => TemplateResult): TemplateResult | typeof nothing {
    if (this.status === 'ready') return ready();
    if (this.status === 'idle') return nothing;
    const { options } = this;
    if (this.status === 'failed') {
      const retrying = Boolean(this.pending);
      // The alert says what is happening now, so a retry that fails again is announced again.
      return errorAlert({
        message: retrying ? options.loadingText() : options.failedText(),
        retryLabel: options.retryLabel(),
        retrying,
        onRetry: this.handleRetry,
      });
    }
    return loadingStatus({ text: options.loadingText() });
  }
}

/** A kit element fetched on demand: registered (after its own dependencies) as it arrives. */
export class LazyElementController extends LazyChunkController<void> {
  constructor(host: ReactiveControllerHost, options: LazyElementOptions) {
    super(host, {
      ...options,
      load: async () => {
        try {
          await loadDependency(options.tag, () => options.load());
        } catch (error) {
          console.warn(`invite-kit: <${options.tag}> could not be loaded.`, error);
          throw error;
        }
      },
    });
    if (customElements.get(options.tag)) this.status = 'ready';
  }
}
