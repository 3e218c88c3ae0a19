// Analyzer plugins for custom-elements.json (custom-elements-manifest.config.mjs):
// - each event an element fires gets its type from the `HTMLElementEventMap` entry the kit
//   declares for it (`CustomEvent<InviteSentDetail>`), and the detail's fields (name, type,
//   description) as `detailFields`, so a reader of the manifest alone knows what `event.detail` holds;
// - `@keyboard keys - what they do` in an element's JSDoc becomes `keyboard: [{ keys, description }]`.

/** The JSDoc text of a node (a member or a class), without tags. */
function jsDocText(ts, node) {
  const doc = node.jsDoc?.at(-1);
  if (!doc?.comment) return undefined;
  return (typeof doc.comment === 'string' ? doc.comment : ts.getTextOfJSDocComment(doc.comment))?.replace(/\s+/g, ' ').trim();
}

export function eventDetailTypesPlugin() {
  const eventTypes = new Map(); // invite-sent → CustomEvent<InviteSentDetail> (or an alias of it)
  const aliases = new Map(); // InviteSentEvent → CustomEvent<InviteSentDetail>
  const details = new Map(); // InviteSentDetail → [{ name, type, description, optional }]
  return {
    name: 'invite-kit-event-detail-types',
    analyzePhase({ ts, node }) {
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'HTMLElementEventMap') {
        for (const member of node.members) {
          if (ts.isPropertySignature(member) && member.type) eventTypes.set(member.name.text, member.type.getText());
        }
      } else if (ts.isTypeAliasDeclaration(node) && /^CustomEvent</.test(node.type.getText())) {
        aliases.set(node.name.text, node.type.getText());
      } else if (ts.isInterfaceDeclaration(node) && node.name.text.endsWith('Detail')) {
        details.set(
          node.name.text,
          node.members.filter(ts.isPropertySignature).map((member) => ({
            name: member.name.getText(),
            type: member.type?.getText().replace(/\s+/g, ' ') ?? 'unknown',
            ...(member.questionToken ? { optional: true } : {}),
            ...(jsDocText(ts, member) ? { description: jsDocText(ts, member) } : {}),
          })),
        );
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const declared = eventTypes.get(event.name);
            if (!declared) continue;
            const type = aliases.get(declared) ?? declared;
            event.type = { text: type };
            const detail = /^CustomEvent<(\w+)>$/.exec(type)?.[1];
            if (detail && details.has(detail)) event.detailFields = details.get(detail);
          }
        }
      }
    },
  };
}

export function keyboardPlugin() {
  const keyboards = new Map(); // class name → [{ keys, description }]
  return {
    name: 'invite-kit-keyboard',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const tags = (node.jsDoc ?? []).flatMap((doc) => doc.tags ?? []).filter((tag) => tag.tagName.text === 'keyboard');
      if (!tags.length) return;
      keyboards.set(
        node.name.text,
        tags.map((tag) => {
          const text = (typeof tag.comment === 'string' ? tag.comment : (ts.getTextOfJSDocComment(tag.comment) ?? ''))
            .replace(/\s+/g, ' ')
            .trim();
          const [keys, ...rest] = text.split(' - ');
          return { keys: keys.trim(), description: rest.join(' - ').trim() };
        }),
      );
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (keyboards.has(declaration.name)) declaration.keyboard = keyboards.get(declaration.name);
        }
      }
    },
  };
}
