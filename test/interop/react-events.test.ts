import { expect } from '@open-wc/testing';
import { reactEventProp, reactEventsByTag } from '../../src/react/events.js';

interface ManifestEvent {
  name: string;
}
interface ManifestDeclaration {
  name: string;
  tagName?: string;
  customElement?: boolean;
  events?: ManifestEvent[];
}

/** Every registered element of custom-elements.json, with the events it documents (`@fires`). */
async function manifestElements(): Promise<ManifestDeclaration[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  return manifest.modules.flatMap((mod: { declarations?: ManifestDeclaration[] }) =>
    (mod.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
  );
}

describe('invite-kit/react event props', () => {
  it('has a wrapper for every element of the manifest', async () => {
    const tags = (await manifestElements()).map((element) => element.tagName!);
    expect(tags.length).to.be.greaterThan(0);
    expect(Object.keys(reactEventsByTag).sort()).to.deep.equal([...tags].sort());
  });

  it('maps every documented event of every element to its on<Event> prop, and nothing else', async () => {
    for (const element of await manifestElements()) {
      const documented = (element.events ?? []).map((event) => event.name).sort();
      const wrapper = reactEventsByTag[element.tagName!] ?? {};
      const expected = Object.fromEntries(documented.map((name) => [reactEventProp(name), name]));
      expect(wrapper, `<${element.tagName}>: event props of invite-kit/react (src/react/events.ts)`).to.deep.equal(expected);
    }
  });

  it('names props the React way', () => {
    expect(reactEventProp('invite-sent')).to.equal('onInviteSent');
    expect(reactEventProp('invite-new-internal-user-requested')).to.equal('onInviteNewInternalUserRequested');
  });
});
