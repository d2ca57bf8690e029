/** The entries of one priority, first in, first out, from index `head` on. */
interface Bucket<T> {
  readonly priority: number;
  readonly items: (T | undefined)[];
  head: number;
}

/** Empty buckets kept for reuse before they are dropped: models use a handful of priorities. */
const KEPT_BUCKETS = 16;

/**
 * A priority queue for a small set of priorities (a bucket queue): one FIFO per priority, the
 * FIFOs in priority order. Lower numbers come out first, equal numbers in insertion order.
 *
 * Push and shift cost O(1) for a fixed set of priorities (O(number of priorities) to find the
 * FIFO, which is a handful in every model; no scan of the waiting entries, no `splice` across
 * them: the sorted array it replaces moved hundreds of queued tasks for each rework request).
 * Removing an entry that is not at the head (a cancelled request) scans its own FIFO.
 */
export class BucketQueue<T> {
  /** In priority order; a bucket stays after it empties (reused), up to KEPT_BUCKETS. */
  private readonly buckets: Bucket<T>[] = [];
  /** Entries held. */
  size = 0;

  /** Adds `item` behind every entry of priority ≤ `priority`. */
  push(priority: number, item: T): void {
    const buckets = this.buckets;
    let i = 0;
    while (i < buckets.length && buckets[i].priority < priority) i++;
    let bucket = buckets[i];
    if (bucket === undefined || bucket.priority !== priority) {
      if (buckets.length >= KEPT_BUCKETS) this.dropEmpty();
      i = 0;
      while (i < buckets.length && buckets[i].priority < priority) i++;
      bucket = { priority, items: [], head: 0 };
      buckets.splice(i, 0, bucket);
    }
    bucket.items.push(item);
    this.size++;
  }

  /** The first entry (lowest priority number, then oldest), or undefined when empty. */
  peek(): T | undefined {
    if (this.size === 0) return undefined;
    const bucket = this.first();
    return bucket.items[bucket.head];
  }

  /** Removes and returns the first entry, or undefined when empty. */
  shift(): T | undefined {
    if (this.size === 0) return undefined;
    const bucket = this.first();
    const items = bucket.items;
    const item = items[bucket.head];
    items[bucket.head++] = undefined; // release: a served entry must not stay reachable from here
    if (bucket.head === items.length) {
      items.length = 0; // drained: start over, keeping the storage
      bucket.head = 0;
    } else if (bucket.head >= 1024 && bucket.head * 2 >= items.length) {
      items.splice(0, bucket.head); // a long queue that never drains: drop the served prefix now and then
      bucket.head = 0;
    }
    this.size--;
    return item;
  }

  /** Removes `item` queued at `priority`; false when it is not there. */
  remove(priority: number, item: T): boolean {
    for (const bucket of this.buckets) {
      if (bucket.priority !== priority) continue;
      const i = bucket.items.indexOf(item, bucket.head);
      if (i < 0) return false;
      bucket.items.splice(i, 1);
      if (bucket.head === bucket.items.length) {
        bucket.items.length = 0;
        bucket.head = 0;
      }
      this.size--;
      return true;
    }
    return false;
  }

  /**
   * Calls `visit` on the entries in order and removes those for which it returns true; stops
   * early when `more()` turns false. For a consumer that may skip entries (a filtered get).
   */
  removeWhere(visit: (item: T) => boolean, more: () => boolean): void {
    for (const bucket of this.buckets) {
      const items = bucket.items;
      let kept = bucket.head;
      let i = bucket.head;
      for (; i < items.length && more(); i++) {
        const item = items[i] as T;
        if (visit(item)) this.size--;
        else items[kept++] = item;
      }
      // Entries not visited (stopped early) move down behind the kept ones.
      for (; i < items.length; i++) items[kept++] = items[i];
      items.length = kept;
      if (bucket.head === kept) {
        items.length = 0;
        bucket.head = 0;
      }
      if (!more()) return;
    }
  }

  /** The entries in order (a copy). */
  toArray(): T[] {
    const out: T[] = [];
    for (const bucket of this.buckets) for (let i = bucket.head; i < bucket.items.length; i++) out.push(bucket.items[i] as T);
    return out;
  }

  /** The first non-empty bucket (only when size > 0). */
  private first(): Bucket<T> {
    const buckets = this.buckets;
    let i = 0;
    while (buckets[i].head === buckets[i].items.length) i++;
    return buckets[i];
  }

  private dropEmpty(): void {
    const buckets = this.buckets;
    let kept = 0;
    for (const bucket of buckets) if (bucket.head < bucket.items.length) buckets[kept++] = bucket;
    buckets.length = kept;
  }
}
