import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Placement } from '@floating-ui/dom';

export type { Placement };

type FloatingUi = typeof import('./floating-position.js');
let floatingUi: Promise<FloatingUi> | undefined;
let floatingUiLoaded: FloatingUi | undefined;
/**
 * Floating UI, fetched the first time a popover is wanted: a page pays for positioning only
 * once someone is about to open a menu (hosts call `preload()` on pointer or focus).
 */
function loadFloatingUi(): Promise<FloatingUi> {
  floatingUi ??= import('./floating-position.js').then(
    (module) => (floatingUiLoaded = module),
    (error: unknown) => {
      // A failed fetch is tried again at the next opening.
      floatingUi = undefined;
      throw error;
    },
  );
  return floatingUi;
}

export interface PopoverStartOptions {
  /** Overrides the controller's placement for this opening. */
  placement?: Placement;
  /**
   * Called when the person presses the pointer outside both the anchor and the panel (the
   * popover's light dismiss, done here because a `popover="manual"` panel — needed so a click
   * on its own anchor toggles rather than closes-then-reopens — has none).
   */
  onOutsidePointer?: () => void;
  /** Called when the anchor has left the page (its row was re-rendered away): the panel has nothing to follow. */
  onAnchorGone?: () => void;
}

export interface PopoverOptions {
  /** Where the floating panel sits relative to its anchor before flipping; `end` follows the text direction. */
  placement?: Placement;
  /** Gap between anchor and panel, in pixels. */
  distance?: number;
  /** Closest the panel may come to a viewport edge, in pixels. */
  padding?: number;
}

/**
 * Keeps a floating panel (a menu, a popover) next to its anchor with Floating UI: it flips to
 * the other side and shifts along when it would leave the viewport, and follows scrolling,
 * resizing and layout changes until stopped. The panel uses `position: fixed`, so overflow on
 * the host page's containers never clips it.
 *
 * One controller per panel; `stop()` runs on its own when the host leaves the page, so no
 * listener outlives the element.
 */
export class PopoverController implements ReactiveController {
  /** The side the panel ended up on after flipping (`bottom-end`, `top-end`, …). */
  placement: Placement;
  private cleanup?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PopoverOptions = {},
  ) {
    this.placement = options.placement ?? 'bottom-end';
    host.addController(this);
  }

  /** Starts fetching the positioning code (cheap to call on every pointer move over an anchor). */
  preload(): void {
    loadFloatingUi().catch(() => {});
  }

  /** Whether the panel is being kept in place right now. */
  get active(): boolean {
    return this.cleanup !== undefined;
  }

  /** Positions `panel` at `anchor` now and whenever either moves, until `stop()`. */
  start(anchor: Element, panel: HTMLElement, options: Placement | PopoverStartOptions = {}): void {
    this.stop();
    const { placement, onOutsidePointer, onAnchorGone } =
      typeof options === 'string' ? { placement: options } : (options as PopoverStartOptions);
    panel.style.position = 'fixed';
    const wanted = placement ?? this.options.placement ?? 'bottom-end';
    let stopPositioning = () => {};
    const follow = ({ autoUpdate }: FloatingUi) => {
      stopPositioning = autoUpdate(anchor, panel, () => {
        if (anchor.isConnected) void this.position(anchor, panel, wanted);
        else onAnchorGone?.();
      });
    };
    if (floatingUiLoaded) follow(floatingUiLoaded);
    else {
      // Not placed yet: transparent rather than shown in a corner for the frames the code takes
      // (still focusable, so focus can move in at once).
      panel.style.opacity = '0';
      loadFloatingUi().then(
        (module) => {
          panel.style.opacity = '';
          if (this.cleanup === cleanup) follow(module);
        },
        () => {
          // Without the code the panel still opens, where the page's CSS puts it.
          panel.style.opacity = '';
        },
      );
    }
    let stopDismissing = () => {};
    if (onOutsidePointer) {
      const handlePointer = (event: PointerEvent) => {
        const path = event.composedPath();
        if (!path.includes(panel) && !path.includes(anchor)) onOutsidePointer();
      };
      document.addEventListener('pointerdown', handlePointer, true);
      stopDismissing = () => document.removeEventListener('pointerdown', handlePointer, true);
    }
    const cleanup = () => {
      stopPositioning();
      stopDismissing();
    };
    this.cleanup = cleanup;
  }

  stop(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private async position(anchor: Element, panel: HTMLElement, placement: Placement): Promise<void> {
    const padding = this.options.padding ?? 8;
    const { computePosition, offset, flip, shift } = await loadFloatingUi();
    const {
      x,
      y,
      placement: final,
    } = await computePosition(anchor, panel, {
      strategy: 'fixed',
      placement,
      middleware: [offset(this.options.distance ?? 6), flip({ padding }), shift({ padding })],
    });
    // A stop() while Floating UI measured means the panel closed: leave it be.
    if (!this.cleanup) return;
    // The anchor left the page (its row was re-rendered away): nothing to follow.
    if (!anchor.isConnected) return;
    this.placement = final;
    panel.style.left = `${x}px`;
    panel.style.top = `${y}px`;
    // Exposed for styling (an arrow, an entry animation) without a re-render on every scroll.
    panel.dataset.placement = final;
  }
}
