import { css } from 'lit';

/**
 * The kit's design tokens. Hosts set the public `--invite-kit-*` properties anywhere above
 * an element (they inherit through shadow roots); each element reads them through the
 * private `--_*` copies below, which carry the defaults. Colours use `light-dark()`, so one
 * declaration covers both schemes and the scheme follows `color-scheme`:
 *
 * - by default the viewer's preference (`light dark`);
 * - `--invite-kit-color-scheme: dark` (or `light`) on any ancestor forces one;
 * - the `color-scheme="dark|light"` attribute on an element or `<invite-kit-provider>` does the same.
 *
 * `test/tokens.test.ts` fails when a token is used but not defined here, or defined and never used.
 */
export const tokens = css`
  :host {
    color-scheme: var(--invite-kit-color-scheme, light dark);

    --_font-family: var(--invite-kit-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size-sm: var(--invite-kit-font-size-sm, 0.8125rem);
    --_font-size-md: var(--invite-kit-font-size-md, 0.9375rem);
    --_font-size-lg: var(--invite-kit-font-size-lg, 1.125rem);
    --_font-weight-strong: var(--invite-kit-font-weight-strong, 600);
    --_line-height: var(--invite-kit-line-height, 1.45);

    --_color-primary: var(--invite-kit-color-primary, light-dark(#2d4fd6, #8da2ff));
    --_color-primary-hover: var(--invite-kit-color-primary-hover, light-dark(#2340b3, #aab9ff));
    --_color-on-primary: var(--invite-kit-color-on-primary, light-dark(#ffffff, #0d1433));
    --_color-surface: var(--invite-kit-color-surface, light-dark(#ffffff, #1b1d24));
    --_color-surface-raised: var(--invite-kit-color-surface-raised, light-dark(#ffffff, #242730));
    --_color-surface-sunken: var(--invite-kit-color-surface-sunken, light-dark(#f3f4f7, #14161b));
    --_color-text: var(--invite-kit-color-text, light-dark(#1b1e27, #eceef4));
    --_color-text-muted: var(--invite-kit-color-text-muted, light-dark(#5a6072, #a6acbd));
    --_color-border: var(--invite-kit-color-border, light-dark(#d5d8e1, #3a3e4b));
    --_color-border-strong: var(--invite-kit-color-border-strong, light-dark(#8a90a2, #7a8094));
    --_color-danger: var(--invite-kit-color-danger, light-dark(#b42318, #ff8a80));
    --_color-danger-surface: var(--invite-kit-color-danger-surface, light-dark(#fdecea, #3a1d1c));
    --_color-success: var(--invite-kit-color-success, light-dark(#146c2e, #7ddc95));
    --_color-success-surface: var(--invite-kit-color-success-surface, light-dark(#e7f6ec, #173323));
    --_color-warning: var(--invite-kit-color-warning, light-dark(#8a5300, #f5c26b));
    --_color-warning-surface: var(--invite-kit-color-warning-surface, light-dark(#fff4e0, #3a2c12));
    --_color-backdrop: var(--invite-kit-color-backdrop, rgb(10 12 20 / 0.5));

    --_radius-sm: var(--invite-kit-radius-sm, 4px);
    --_radius-md: var(--invite-kit-radius-md, 8px);
    --_radius-lg: var(--invite-kit-radius-lg, 14px);

    --_space-xs: var(--invite-kit-space-xs, 0.25rem);
    --_space-sm: var(--invite-kit-space-sm, 0.5rem);
    --_space-md: var(--invite-kit-space-md, 0.75rem);
    --_space-lg: var(--invite-kit-space-lg, 1rem);
    --_space-xl: var(--invite-kit-space-xl, 1.5rem);

    --_control-height: var(--invite-kit-control-height, 2.5rem);
    --_focus-ring: var(--invite-kit-focus-ring, 0 0 0 3px light-dark(rgb(45 79 214 / 0.45), rgb(141 162 255 / 0.55)));
    --_shadow-sm: var(--invite-kit-shadow-sm, 0 1px 2px rgb(0 0 0 / 0.08));
    --_shadow-lg: var(--invite-kit-shadow-lg, 0 18px 48px rgb(0 0 0 / 0.22));
    --_duration: var(--invite-kit-duration, 160ms);
    /* Space every modal keeps from the viewport's edges (styles/modal.ts). */
    --_modal-gap: var(--invite-kit-modal-gap, 1rem);
  }

  /*
   * The attribute sets the same custom property a host would, so every kit element inside this
   * one's shadow root inherits the scheme (no attribute to pass on by hand). An element that
   * forces a scheme also paints the surface that scheme needs behind its content (\`.base\` in
   * base.ts): dark-scheme text on a light page's background would otherwise be unreadable.
   */
  :host([color-scheme='dark']) {
    --invite-kit-color-scheme: dark;
  }
  :host([color-scheme='light']) {
    --invite-kit-color-scheme: light;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }
`;
