/**
 * `style=${styleProperties({ height: '10rem' })}`: sets inline style properties through the
 * CSSOM (`element.style.setProperty`), always. Lit's `styleMap` writes its first render as a
 * `style` attribute string, which a page's `style-src` policy without 'unsafe-inline' refuses
 * (a `style-src-attr` violation); property-by-property CSSOM writes are always allowed.
 * Keys are CSS property names as written in CSS (`min-height`, `--my-token`).
 */
import { noChange } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { AttributePart, PartInfo } from 'lit/directive.js';

class StylePropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('styleProperties() belongs in a `style` attribute binding.');
    }
  }

  render(_properties: Readonly<Record<string, string | undefined | null>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string | undefined | null>>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (properties[name] == null) {
        style.removeProperty(name);
        this.previous.delete(name);
      }
    }
    for (const [name, value] of Object.entries(properties)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
