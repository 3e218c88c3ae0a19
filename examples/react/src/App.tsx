import { useMemo, useRef, useState } from 'react';
// Typed React components for the kit's elements (importing them registers the tags).
import { InviteKitProvider, InviteUserForm } from 'invite-kit/react';
import type { InviteUserFormElement } from 'invite-kit/react';
// The per-element entries speak English; import each language the app offers.
import 'invite-kit/locales/es';
import { createExampleAdapter } from './adapter';

declare global {
  interface Window {
    /** For the example's test: the adapter the elements should be using. */
    exampleAdapter?: ReturnType<typeof createExampleAdapter>;
  }
}

export function App() {
  const client = useMemo(() => (window.exampleAdapter = createExampleAdapter()), []);
  const [lang, setLang] = useState('en');
  const [lastInvite, setLastInvite] = useState('');
  const form = useRef<InviteUserFormElement>(null);

  return (
    <main>
      <h1>invite-kit in React</h1>
      <label>
        Language{' '}
        <select id="language" value={lang} onChange={(event) => setLang(event.target.value)}>
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
      </label>

      {/* Objects such as the adapter are set as properties, not attributes. */}
      <InviteKitProvider client={client} lang={lang}>
        <section className="card">
          <InviteUserForm
            ref={form}
            submitLabel="Send invite"
            deliveryOptions={false}
            onInviteSent={(event) => setLastInvite(`Invited ${event.detail.input.fullName}`)}
          />
          <output id="last-invite">{lastInvite}</output>
          {/* A ref is the element itself, with its methods. */}
          <button type="button" onClick={() => form.current?.reset()}>
            Start over
          </button>
        </section>

        <section className="card">
          {/* React 19 also renders the plain tag: properties and `on<event>` listeners work as they are. */}
          <share-invite-link heading="Or share a link" />
        </section>
      </InviteKitProvider>
    </main>
  );
}
