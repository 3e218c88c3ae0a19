/** Live updates: listeners hear about every change right after it is made. */
import type { ChangeListener } from '../invite-client.js';
import type { ChangeEvent } from '../types.js';

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  publish(changes: ChangeEvent[]): void {
    for (const change of changes) {
      for (const listener of [...this.listeners]) {
        try {
          listener({ ...change });
        } catch (error) {
          // One broken listener must not silence the others or fail the call that made the change;
          // rethrown on its own task so it still shows up as an uncaught error.
          setTimeout(() => {
            throw error;
          });
        }
      }
    }
  }
}
