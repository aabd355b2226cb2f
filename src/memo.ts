/**
 * The last few results of a pure step, keyed by a hash of everything it depends on: the watch
 * process rebuilds after every save, and what the save did not change (the appendix after an edit of
 * a pembahasan file, the Word file of an unchanged document) is taken as it was, not made again.
 * A fresh process starts empty: a cold build is never served from here.
 */
import { createHash } from 'node:crypto';

export const hashOf = (...parts: unknown[]): string => createHash('sha1').update(JSON.stringify(parts)).digest('hex');

export class Memo<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly size = 4) {}

  /** The value kept for the key (counts as a use), if any. */
  peek(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.size) this.entries.delete(this.entries.keys().next().value as string);
  }

  get(key: string, make: () => V): V {
    const hit = this.peek(key);
    if (hit !== undefined) return hit;
    const value = make();
    this.set(key, value);
    // A promise that fails is not kept: the next build tries again.
    if (value instanceof Promise) value.catch(() => this.entries.get(key) === value && this.entries.delete(key));
    return value;
  }
}
