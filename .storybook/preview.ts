import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { applyStoryGlobals, storyColorScheme, storyGlobalTypes } from '../stories/support/globals.js';

// Controls and docs tables come from the generated manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: storyGlobalTypes,
  initialGlobals: { theme: 'default', colorScheme: 'light', locale: 'en', direction: 'auto' },
  decorators: [
    (story, context) => {
      applyStoryGlobals(context.globals);
      if (!('colorScheme' in context.args)) return story();
      return story({ args: { ...context.args, colorScheme: storyColorScheme(context.args.colorScheme, context.globals) } });
    },
  ],
  tags: ['autodocs'],
};

export default preview;
