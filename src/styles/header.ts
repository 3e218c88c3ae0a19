import { css } from 'lit';

/**
 * The header row of a page or a panel: its heading on one side and what goes with it (a badge,
 * actions) on the other, wrapping under it when narrow. The space between is `--_header-gap`,
 * which `pageStyles` and `panelStyles` set on their host, each its own (an element inside another
 * never takes the outer one's).
 */
export const headerStyles = css`
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_header-gap);
  }
`;
