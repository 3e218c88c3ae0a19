import { createContext } from '@lit/context';
import type { InviteClient } from './invite-client.js';
import type { Viewer } from './types.js';

/** The client `<invite-kit-provider>` hands to every kit element below it. */
export const clientContext = createContext<InviteClient | undefined>(Symbol.for('invite-kit/client'));

/** The viewer, loaded once by the provider. `undefined` while loading or when no provider is above. */
export const viewerContext = createContext<Viewer | undefined>(Symbol.for('invite-kit/viewer'));

/** The locale the provider sets with its `lang` attribute. */
export const localeContext = createContext<string | undefined>(Symbol.for('invite-kit/locale'));
