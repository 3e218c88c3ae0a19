import { expect } from '@open-wc/testing';

// The typings and VS Code custom data that `npm run build` generates into dist/ from
// custom-elements.json (scripts/generate-typings.mjs); scripts/test.mjs builds when stale.
// The Vue and JSX typings are type-checked against the examples by test/interop/node-checks.mjs.

interface Named {
  name: string;
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}

async function json(url: string) {
  const response = await fetch(url);
  expect(response.ok, `${url} exists (npm run build)`).to.equal(true);
  return response.json();
}

async function elements(): Promise<ManifestDeclaration[]> {
  const manifest = await json('/custom-elements.json');
  return manifest.modules.flatMap((mod: { declarations?: ManifestDeclaration[] }) =>
    (mod.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
  );
}

describe('editor data and framework typings', () => {
  it('VS Code HTML data: every tag with its attributes', async () => {
    const data = await json('/dist/vscode.html-custom-data.json');
    for (const element of await elements()) {
      const tag = data.tags.find((entry: Named) => entry.name === element.tagName);
      expect(tag, `<${element.tagName}> in vscode.html-custom-data.json`).to.exist;
      const attributes = tag.attributes.map((attribute: Named) => attribute.name);
      for (const attribute of element.attributes ?? []) expect(attributes).to.include(attribute.name);
      // Slots, events and parts are described in the tag's documentation.
      const description = JSON.stringify(tag.description);
      for (const part of element.cssParts ?? []) expect(description, `<${element.tagName}> part ${part.name}`).to.contain(part.name);
      for (const event of element.events ?? []) expect(description, `<${element.tagName}> event ${event.name}`).to.contain(event.name);
    }
  });

  it('VS Code CSS data: every part, every element token and the kit-wide tokens', async () => {
    const data = await json('/dist/vscode.css-custom-data.json');
    const properties = data.properties.map((property: Named) => property.name);
    const pseudoElements = data.pseudoElements.map((pseudo: Named) => pseudo.name);
    for (const element of await elements()) {
      for (const part of element.cssParts ?? []) expect(pseudoElements).to.include(`::part(${part.name})`);
      for (const token of element.cssProperties ?? []) expect(properties).to.include(token.name);
    }
    for (const token of ['--invite-kit-color-primary', '--invite-kit-radius-md', '--invite-kit-font-family', '--invite-kit-color-scheme']) {
      expect(properties).to.include(token);
    }
  });
});
