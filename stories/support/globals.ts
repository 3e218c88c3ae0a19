/**
 * Storybook toolbar switches (colour scheme, locale, direction) applied to the preview
 * document, so every story can be seen in each. Kept outside .storybook/ so the story
 * smoke test can apply the same globals.
 */
export const storyGlobalTypes = {
  colorScheme: {
    description: 'Colour scheme',
    toolbar: {
      title: 'Scheme',
      icon: 'mirror',
      items: [
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
        { value: 'light dark', title: 'Follow the system' },
      ],
      dynamicTitle: true,
    },
  },
  locale: {
    description: 'Locale of the kit elements',
    toolbar: {
      title: 'Locale',
      icon: 'globe',
      items: [
        { value: 'en', title: 'English' },
        { value: 'es', title: 'Español' },
        { value: 'de', title: 'Deutsch' },
        { value: 'ja', title: '日本語' },
        { value: 'ar', title: 'العربية' },
      ],
      dynamicTitle: true,
    },
  },
  direction: {
    description: 'Text direction',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'auto', title: 'From the locale' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
};

export interface StoryGlobals {
  colorScheme?: string;
  locale?: string;
  direction?: string;
}

const RTL_LANGUAGES = ['ar', 'he', 'fa', 'ur'];

export function applyStoryGlobals(globals: StoryGlobals): void {
  const root = document.documentElement;
  const locale = globals.locale ?? 'en';
  root.lang = locale;
  const direction =
    globals.direction && globals.direction !== 'auto'
      ? globals.direction
      : RTL_LANGUAGES.includes(locale.split('-')[0]!)
        ? 'rtl'
        : 'ltr';
  root.dir = direction;
  const scheme = globals.colorScheme ?? 'light';
  root.style.setProperty('--invite-kit-color-scheme', scheme);
  root.style.colorScheme = scheme;
  document.body.style.background = 'Canvas';
  document.body.style.color = 'CanvasText';
}
