// Types for the plain tags in JSX (`<share-invite-link heading="…" />`), generated from the
// kit's custom-elements.json. Not needed for the components from `invite-kit/react`.
import type { CustomElements } from 'invite-kit/types/jsx';

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
