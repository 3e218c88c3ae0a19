// The drop-in bundle's element table, generated at build time from src/*/define.ts (scripts/kit-elements.mjs).
declare module 'virtual:invite-kit/elements' {
  /** Tag → loads the module that defines it. */
  export const elements: Readonly<Record<string, () => Promise<unknown>>>;
}
declare module 'virtual:invite-kit/define-all' {}
