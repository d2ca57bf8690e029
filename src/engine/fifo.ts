/**
 * A first-in, first-out list of zero-delay entries, all due at the current time, with the heap
 * keys they would have had (`priority × 2^44 + sequence`, increasing in insertion order). The
 * environment merges its head with the heap's by key, so the order is exactly the heap's, while
 * each entry costs an array write instead of a sift (+21% on M/M/1 when measured).
 *
 * It only ever empties completely (time cannot advance while it holds entries), so `head` chases
 * `tail` and both go back to 0 when they meet: the storage is kept (truncating the arrays instead
 * re-allocated them on almost every event of an M/M/1).
 */
export class Fifo<T> {
  private items: (T | undefined)[] = [];
  private keys = new Float64Array(64);
  private head = 0;
  private tail = 0;

  /** True when there is no entry. */
  get empty(): boolean {
    return this.head === this.tail;
  }

  /** The key of the first entry (only when not empty). */
  peekKey(): number {
    return this.keys[this.head];
  }

  push(key: number, item: T): void {
    const tail = this.tail++;
    if (tail === this.keys.length) {
      const keys = new Float64Array(tail * 2);
      keys.set(this.keys);
      this.keys = keys;
    }
    this.items[tail] = item;
    this.keys[tail] = key;
  }

  /** The key of the last entry (only when not empty). */
  lastKey(): number {
    return this.keys[this.tail - 1];
  }

  /** Removes and returns the first entry (only when not empty). */
  shift(): T {
    const head = this.head;
    const item = this.items[head] as T;
    this.items[head] = undefined; // release: processed events must not stay reachable
    if (head + 1 === this.tail) this.head = this.tail = 0;
    else this.head = head + 1;
    return item;
  }
}
