/**
 * The future event list: a binary heap ordered by (time, key), with `key = priority × 2^44 +
 * insertion sequence`, kept as parallel arrays (times and keys in `Float64Array`s, payloads in a
 * plain array) so ordering needs no comparator callback and no node objects. Measured on this
 * machine class: 1.5–3.5× faster than a heap of objects.
 */
export class EventQueue<T> {
  private times = new Float64Array(64);
  private keys = new Float64Array(64);
  private items: (T | undefined)[] = new Array(64);
  /** Entries held. */
  size = 0;

  /** Time of the earliest entry (Infinity when empty). */
  peekTime(): number {
    return this.size > 0 ? this.times[0] : Infinity;
  }

  /** Key of the earliest entry (Infinity when empty). */
  peekKey(): number {
    return this.size > 0 ? this.keys[0] : Infinity;
  }

  push(time: number, key: number, item: T): void {
    if (this.size === this.times.length) this.grow();
    const { times, keys, items } = this;
    let i = this.size++;
    // Sift up: move parents down until the new entry's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && keys[parent] < key)) break;
      times[i] = pt;
      keys[i] = keys[parent];
      items[i] = items[parent];
      i = parent;
    }
    times[i] = time;
    keys[i] = key;
    items[i] = item;
  }

  /** Removes and returns the earliest entry; its time is read with `peekTime()` before. */
  pop(): T {
    const { times, keys, items } = this;
    const top = items[0] as T;
    const last = --this.size;
    const time = times[last];
    const key = keys[last];
    const item = items[last];
    items[last] = undefined; // release the payload: processed events must not stay reachable
    if (last > 0) {
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= last) break;
        const right = child + 1;
        if (right < last && (times[right] < times[child] || (times[right] === times[child] && keys[right] < keys[child]))) child = right;
        const ct = times[child];
        if (ct > time || (ct === time && keys[child] > key)) break;
        times[i] = ct;
        keys[i] = keys[child];
        items[i] = items[child];
        i = child;
      }
      times[i] = time;
      keys[i] = key;
      items[i] = item;
    }
    return top;
  }

  private grow(): void {
    const capacity = this.times.length * 2;
    const times = new Float64Array(capacity);
    const keys = new Float64Array(capacity);
    times.set(this.times);
    keys.set(this.keys);
    this.times = times;
    this.keys = keys;
    this.items.length = capacity;
  }
}
