/**
 * Renders every story of every element, runs its `play` function, and fails on a thrown
 * error, a console error or an axe violation — so no story can rot unnoticed. The list of
 * story files is served by the test runner (see `storyModulesPlugin`).
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { isStory, renderStory, storyModules } from './fixtures/stories.js';

describe('every story', () => {
  let consoleErrors: unknown[][];
  let originalError: typeof console.error;

  beforeEach(() => {
    consoleErrors = [];
    originalError = console.error;
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
      originalError.apply(console, args);
    };
  });

  afterEach(() => {
    console.error = originalError;
    document.querySelectorAll('[data-story-canvas]').forEach((canvas) => {
      render(null, canvas as HTMLElement);
      canvas.remove();
    });
  });

  for (const [file, module] of Object.entries(storyModules)) {
    const meta = module.default;
    describe(`${meta.title} (${file})`, () => {
      for (const [exportName, story] of Object.entries(module)) {
        if (!isStory(exportName, story)) continue;
        it(story.name ?? exportName, async () => {
          const canvasElement = document.createElement('div');
          canvasElement.dataset.storyCanvas = '';
          document.body.append(canvasElement);
          const context = await renderStory(meta, exportName, story, canvasElement);
          const skipAxe = (context.parameters.smokeTest as { skipAxe?: boolean } | undefined)?.skipAxe;
          if (!skipAxe) await expect(canvasElement).to.be.accessible();
          expect(
            consoleErrors.map((args) => args.map(String).join(' ')),
            'console errors',
          ).to.deep.equal([]);
        });
      }
    });
  }
});
