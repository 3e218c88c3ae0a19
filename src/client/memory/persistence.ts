/**
 * Keeping a demo portal across page loads: the whole state as JSON in a storage the host
 * provides (the demo passes `localStorage`). Best effort on purpose — a full or broken
 * storage must never break the portal itself.
 */
import type { MemoryPortal } from './portal.js';
import { isMemorySeed } from './records.js';
import type { MemorySeed } from './records.js';

export interface MemoryStorage {
  load(): string | null;
  save(json: string): void;
}

/** The stored portal, or `undefined` when there is none or it is corrupt or of another format. */
export function loadStoredSeed(storage: MemoryStorage | undefined): MemorySeed | undefined {
  if (!storage) return undefined;
  try {
    const json = storage.load();
    if (!json) return undefined;
    const parsed: unknown = JSON.parse(json);
    return isMemorySeed(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function saveState(storage: MemoryStorage | undefined, portal: MemoryPortal): void {
  if (!storage) return;
  try {
    storage.save(portal.toJson());
  } catch (error) {
    // Typically a quota error for a huge generated workspace: the portal keeps working unsaved.
    console.warn('invite-kit memory client: could not save the portal state.', error);
  }
}
