import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    --_avatar-size: var(--invite-kit-profile-menu-avatar-size, 2.25rem);
  }

  .profile-button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    padding-block: 2px;
    padding-inline: 2px var(--_space-xs);
    border: 1px solid transparent;
    border-radius: 999px;
    background: transparent;
    color: var(--_color-text);
    cursor: pointer;
    transition: background-color var(--_duration), border-color var(--_duration);
  }
  .profile-button:hover,
  :host([open]) .profile-button {
    background: var(--_color-surface-sunken);
    border-color: var(--_color-border);
  }
  .profile-button:focus-visible {
    outline: 2px solid transparent;
    box-shadow: var(--_focus-ring);
  }
  .profile-button .avatar {
    width: var(--_avatar-size);
    height: var(--_avatar-size);
  }
  .caret {
    color: var(--_color-text-muted);
    transition: transform var(--_duration);
  }
  :host([open]) .caret {
    transform: rotate(180deg);
  }

  /* Its surface is the shared popoverStyles'. */
  .panel {
    min-width: min(var(--invite-kit-profile-menu-width, 16rem), calc(100vw - 16px));
    /* Capped, so a long name or address is cut off (in full in its title) rather than widening the menu across the page. */
    max-width: min(var(--invite-kit-profile-menu-max-width, 20rem), calc(100vw - 16px));
    box-sizing: border-box;
    padding: var(--_space-xs);
    font: inherit;
  }

  .viewer {
    display: flex;
    align-items: center;
    gap: var(--_space-md);
    padding: var(--_space-sm) var(--_space-sm) var(--_space-md);
    margin-bottom: var(--_space-xs);
    border-bottom: 1px solid var(--_color-border);
  }
  .avatar-large {
    width: 2.75rem;
    height: 2.75rem;
    font-size: var(--_font-size-md);
  }
  .viewer-text {
    display: grid;
    justify-items: start;
    gap: 2px;
    min-width: 0;
  }
  .viewer-name {
    font-weight: var(--_font-weight-strong);
    max-width: 100%;
  }
  .viewer-email {
    font-size: var(--_font-size-sm);
    color: var(--_color-text-muted);
    max-width: 100%;
  }
  /* Where the viewer would be: why they couldn't be loaded. It wraps to the panel's width rather than widen it. */
  .viewer-error {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-sm);
    inline-size: 0;
    min-inline-size: 100%;
    padding: var(--_space-sm) var(--_space-sm) var(--_space-md);
    margin-bottom: var(--_space-xs);
    border-bottom: 1px solid var(--_color-border);
    color: var(--_color-danger);
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }
  .viewer-error svg,
  .viewer-error .spinner {
    flex: none;
  }
  .viewer-error--retrying {
    color: var(--_color-text-muted);
  }

  .menu {
    display: grid;
    gap: 2px;
  }
  .menu-item,
  ::slotted([role='menuitem']) {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    width: 100%;
    min-height: var(--_control-height);
    padding: 0 var(--_space-md);
    border: 0;
    border-radius: var(--_radius-sm);
    background: transparent;
    color: var(--_color-text);
    font: inherit;
    text-align: start;
    text-decoration: none;
    cursor: pointer;
    box-sizing: border-box;
  }
  .menu-item:hover,
  .menu-item:focus-visible,
  ::slotted([role='menuitem']:hover),
  ::slotted([role='menuitem']:focus-visible) {
    background: var(--_color-surface-sunken);
    outline: none;
  }
  .menu-item:focus-visible,
  ::slotted([role='menuitem']:focus-visible) {
    box-shadow: inset 0 0 0 2px var(--_color-primary);
  }
  .menu-item[aria-disabled='true'] {
    color: var(--_color-text-muted);
    cursor: default;
  }
  ::slotted([role='separator']) {
    height: 1px;
    margin: var(--_space-xs) 0;
    border: 0;
    background: var(--_color-border);
  }

  @media (forced-colors: active) {
    .panel {
      border: 1px solid CanvasText;
    }
    .menu-item:focus-visible,
    ::slotted([role='menuitem']:focus-visible) {
      outline: 2px solid Highlight;
    }
  }
`;
