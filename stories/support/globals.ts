/**
 * Storybook toolbar switches (theme, colour scheme, locale, direction) applied to the preview
 * document, so every story can be seen in each. Kept outside .storybook/ so the story
 * smoke test can apply the same globals.
 */
import '../../src/i18n/locales/all.js';
import { directionOf } from '../../src/i18n/format.js';

/** The shipped themes: plain stylesheets a host links (the default needs none). */
const THEME_URLS: Record<string, string> = {
  corporate: new URL('../../src/themes/corporate.css', import.meta.url).href,
  'high-contrast': new URL('../../src/themes/high-contrast.css', import.meta.url).href,
};

export const storyGlobalTypes = {
  theme: {
    description: 'Theme (a stylesheet of --invite-kit-* properties and ::part() rules)',
    toolbar: {
      title: 'Theme',
      icon: 'paintbrush',
      items: [
        { value: 'default', title: 'Default' },
        { value: 'corporate', title: 'Corporate (dense)' },
        { value: 'high-contrast', title: 'High contrast' },
      ],
      dynamicTitle: true,
    },
  },
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
  theme?: string;
  colorScheme?: string;
  locale?: string;
  direction?: string;
}

/** Links the chosen theme's stylesheet into the preview, or removes it for the default. */
function applyTheme(theme: string | undefined): void {
  const href = theme ? THEME_URLS[theme] : undefined;
  let link = document.querySelector<HTMLLinkElement>('link#invite-kit-theme');
  if (!href) {
    link?.remove();
    return;
  }
  if (!link) {
    link = document.createElement('link');
    link.id = 'invite-kit-theme';
    link.rel = 'stylesheet';
    document.head.append(link);
  }
  if (link.href !== href) link.href = href;
}

export function applyStoryGlobals(globals: StoryGlobals): void {
  const root = document.documentElement;
  const locale = globals.locale ?? 'en';
  root.lang = locale;
  root.dir = globals.direction && globals.direction !== 'auto' ? globals.direction : directionOf(locale);
  const scheme = globals.colorScheme ?? 'light';
  root.style.setProperty('--invite-kit-color-scheme', scheme);
  root.style.colorScheme = scheme;
  document.body.style.background = 'Canvas';
  document.body.style.color = 'CanvasText';
  applyTheme(globals.theme);
}

/**
 * The scheme a story's elements should use: stories set `color-scheme` from their own
 * `colorScheme` arg (light unless the story is about dark mode), which would hide the
 * toolbar's choice; a toolbar "Dark" turns the light ones dark, and dark stories stay dark.
 */
export function storyColorScheme(argument: unknown, globals: StoryGlobals): unknown {
  return globals.colorScheme === 'dark' && argument === 'light' ? 'dark' : argument;
}
