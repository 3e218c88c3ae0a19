/**
 * Renders every story of every element, runs its `play` function, and fails on a thrown
 * error, a console error or an axe violation — so no story can rot unnoticed. The list of
 * story files is served by the test runner (see `storyModulesPlugin`).
 */
import { expect, nextFrame } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

type Args = Record<string, unknown>;
interface StoryContext {
  args: Args;
  canvasElement: HTMLElement;
  globals: Record<string, string>;
  parameters: Record<string, unknown>;
  id: string;
  name: string;
  step: (label: string, play: () => Promise<void> | void) => Promise<void>;
}
type RenderFn = (args: Args, context: StoryContext) => TemplateResult | HTMLElement;
type Decorator = (story: () => TemplateResult | HTMLElement, context: StoryContext) => TemplateResult | HTMLElement;
interface StoryObject {
  args?: Args;
  render?: RenderFn;
  decorators?: Decorator[];
  play?: (context: StoryContext) => Promise<void> | void;
  parameters?: Record<string, unknown> & { smokeTest?: { skipAxe?: boolean } };
  name?: string;
  tags?: string[];
}
interface StoryMeta extends StoryObject {
  title: string;
  component?: string;
}

const storyModulesUrl = '/__story-modules__.js';
const storyModules = (await import(/* @vite-ignore */ storyModulesUrl)).default as Record<
  string,
  Record<string, unknown> & { default: StoryMeta }
>;

/** Lets every custom element in a subtree (and their shadow roots) finish rendering. */
async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const elements = [...root.querySelectorAll('*')].filter((el) => el.localName.includes('-'));
    await Promise.all(
      elements.map(async (el) => {
        const lit = el as Element & { updateComplete?: Promise<unknown> };
        await lit.updateComplete;
        if (el.shadowRoot) await settle(el.shadowRoot);
      }),
    );
    await nextFrame();
  }
}

function isStory(name: string, value: unknown): value is StoryObject {
  return name !== 'default' && !name.startsWith('_') && typeof value === 'object' && value !== null;
}

const RESIZE_OBSERVER_NOISE = /ResizeObserver loop/;

describe('every story', () => {
  let consoleErrors: unknown[][];
  let originalError: typeof console.error;
  const originalOnError = window.onerror;
  let resizeObserverNoise = 0;

  beforeEach(() => {
    consoleErrors = [];
    originalError = console.error;
    console.error = (...args: unknown[]) => {
      consoleErrors.push(args);
      originalError.apply(console, args);
    };
    resizeObserverNoise = 0;
    window.onerror = (message) => {
      const noise = RESIZE_OBSERVER_NOISE.test(String(message));
      if (noise) resizeObserverNoise++;
      return noise;
    };
  });

  afterEach(() => {
    console.error = originalError;
    window.onerror = originalOnError;
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
          const context: StoryContext = {
            args: { ...meta.args, ...story.args },
            canvasElement,
            globals: { locale: 'en', colorScheme: 'light' },
            parameters: { ...meta.parameters, ...story.parameters },
            id: `${meta.title}--${exportName}`,
            name: exportName,
            step: async (_label, play) => {
              await play();
            },
          };
          const renderStory = story.render ?? meta.render;
          expect(renderStory, `${exportName} has a render function`).to.be.a('function');
          const decorators = [...(story.decorators ?? []), ...(meta.decorators ?? [])];
          const decorated = decorators.reduce<() => TemplateResult | HTMLElement>(
            (inner, decorator) => () => decorator(inner, context),
            () => renderStory!(context.args, context),
          );
          const output = decorated();
          if (output instanceof HTMLElement) canvasElement.append(output);
          else render(output, canvasElement);
          await settle(canvasElement);
          await story.play?.(context);
          await settle(canvasElement);

          const skipAxe = (context.parameters.smokeTest as { skipAxe?: boolean } | undefined)?.skipAxe;
          if (!skipAxe) await expect(canvasElement).to.be.accessible();
          // @web/browser-logs reports an uncaught error event as console.error(event.error): `null` for the ResizeObserver notice.
          const reportedNoise = (args: unknown[]) => args.length === 1 && args[0] === null && resizeObserverNoise > 0;
          const errors = consoleErrors.filter((args) => !RESIZE_OBSERVER_NOISE.test(String(args[0])) && !reportedNoise(args));
          expect(
            errors.map((args) => args.map(String).join(' ')),
            'console errors',
          ).to.deep.equal([]);
        });
      }
    });
  }
});
