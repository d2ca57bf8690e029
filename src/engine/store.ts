import { BucketQueue } from "./bucket-queue.ts";
import type { Environment } from "./environment.ts";
import { SimulationError } from "./errors.ts";
import { Event } from "./event.ts";

/** A waiting put: the item goes in once there is room. */
interface PendingPut<T> {
  event: Event<undefined>;
  item: T;
}

/** A waiting get: takes the oldest item that passes `filter` (any item when null). */
interface PendingGet<T> {
  event: Event<T>;
  filter: ((item: T) => boolean) | null;
}

/** Options of a put or get request. */
export interface StoreRequestOptions {
  /** Lower numbers are served first (default 0); equal ones in request order. */
  priority?: number;
}

/** Options of a get: a priority and, optionally, which items it accepts. */
export interface StoreGetOptions<T> extends StoreRequestOptions {
  filter?: (item: T) => boolean;
}

/**
 * A buffer of items with a capacity: `put(item)` waits while it is full; `get(filter?)` waits for
 * an item (the first one matching `filter`, if given). Waiting requests are served by priority
 * (lower first; O(1) per request for a few priorities), then in the order made, except that a
 * filtered get that matches nothing does not block the gets behind it.
 */
export class Store<T> {
  /** Items held, oldest first. */
  readonly items: T[] = [];
  private readonly puts = new BucketQueue<PendingPut<T>>();
  private readonly gets = new BucketQueue<PendingGet<T>>();
  /** Filtered gets waiting: while there is none, a get takes the oldest item without a scan. */
  private filteredGets = 0;

  /** @throws SimulationError unless capacity ≥ 1 */
  constructor(
    readonly env: Environment,
    readonly capacity: number = Infinity,
  ) {
    if (!(capacity >= 1)) throw new SimulationError(`Store: capacity must be ≥ 1, got ${capacity}`);
  }

  /** Adds `item`; the event succeeds once it is in. @throws SimulationError for a priority that is not finite */
  put(item: T, options?: StoreRequestOptions): Event<undefined> {
    const event = new Event<undefined>(this.env);
    this.puts.push(priorityOf(options, "put"), { event, item });
    this.settle();
    return event;
  }

  /**
   * Takes the oldest item (matching the filter); the event succeeds with it. Accepts a filter, a
   * filter and options, or options with a `filter`.
   * @throws SimulationError for a priority that is not finite
   */
  get(filter?: ((item: T) => boolean) | StoreGetOptions<T> | null, options?: StoreRequestOptions): Event<T> {
    if (filter !== null && typeof filter === "object") {
      options = filter;
      filter = filter.filter;
    }
    const event = new Event<T>(this.env);
    const pending: PendingGet<T> = { event, filter: filter ?? null };
    if (pending.filter !== null) this.filteredGets++;
    this.gets.push(priorityOf(options, "get"), pending);
    this.settle();
    return event;
  }

  /** Puts waiting for room. */
  get putQueueLength(): number {
    return this.puts.size;
  }

  /** Gets waiting for an item. */
  get getQueueLength(): number {
    return this.gets.size;
  }

  /**
   * Withdraws a waiting put or get (its event then never triggers); true when it was waiting,
   * false when it had already been served or withdrawn.
   */
  cancel(event: Event<any>): boolean {
    let found = false;
    const more = () => !found;
    this.puts.removeWhere((p) => (found = p.event === event), more);
    if (!found) {
      this.gets.removeWhere((g) => {
        found = g.event === event;
        if (found && g.filter !== null) this.filteredGets--;
        return found;
      }, more);
    }
    // A withdrawn put may have blocked nothing, but a withdrawn get can let a put or get behind it on.
    if (found) this.settle();
    return found;
  }

  private settle(): void {
    const items = this.items;
    let changed = true;
    while (changed) {
      changed = false;
      while (this.puts.size > 0 && items.length < this.capacity) {
        const { event, item } = this.puts.shift() as PendingPut<T>;
        items.push(item);
        event.succeed(undefined);
        changed = true;
      }
      if (items.length === 0 || this.gets.size === 0) continue;
      if (this.filteredGets === 0) {
        // Every waiting get takes the oldest item: the first `items.length` of them are served.
        while (items.length > 0 && this.gets.size > 0) {
          const { event } = this.gets.shift() as PendingGet<T>;
          event.succeed(items.shift() as T);
        }
        changed = true;
        continue;
      }
      this.gets.removeWhere(
        (get) => {
          const i = get.filter === null ? 0 : items.findIndex(get.filter);
          if (i < 0) return false;
          const [item] = items.splice(i, 1);
          if (get.filter !== null) this.filteredGets--;
          get.event.succeed(item);
          changed = true;
          return true;
        },
        () => items.length > 0,
      );
    }
  }
}

function priorityOf(options: StoreRequestOptions | undefined, what: string): number {
  const priority = options?.priority ?? 0;
  if (!Number.isFinite(priority)) throw new SimulationError(`Store.${what}: priority must be a finite number, got ${priority}`);
  return priority;
}
