import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
  }
  .base {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .message:not(:empty) {
    margin-top: var(--invite-kit-resend-invite-button-gap, var(--_space-xs));
  }
  .status {
    font-size: var(--_font-size-sm);
    color: var(--invite-kit-resend-invite-button-success-color, var(--_color-success));
  }
  :host([state='sending']) .button {
    cursor: progress;
  }
`;
