import type { Environment } from "./environment.ts";
import { SimulationError } from "./errors.ts";
import { Event } from "./event.ts";

interface PendingGet<T> {
  event: Event<T>;
  filter: ((item: T) => boolean) | null;
}

/**
 * A buffer of items with a capacity: `put(item)` waits while it is full; `get(filter?)` waits for
 * an item (the first one matching `filter`, if given). Requests are served in the order made,
 * except that a filtered get that matches nothing does not block the gets behind it.
 */
export class Store<T> {
  /** Items held, oldest first. */
  readonly items: T[] = [];
  private readonly puts: { event: Event<undefined>; item: T }[] = [];
  private readonly gets: PendingGet<T>[] = [];

  /** @throws SimulationError unless capacity ≥ 1 */
  constructor(
    readonly env: Environment,
    readonly capacity: number = Infinity,
  ) {
    if (!(capacity >= 1)) throw new SimulationError(`Store: capacity must be ≥ 1, got ${capacity}`);
  }

  /** Adds `item`; the event succeeds once it is in. */
  put(item: T): Event<undefined> {
    const event = new Event<undefined>(this.env);
    this.puts.push({ event, item });
    this.settle();
    return event;
  }

  /** Takes the oldest item (matching `filter`); the event succeeds with it. */
  get(filter?: (item: T) => boolean): Event<T> {
    const event = new Event<T>(this.env);
    this.gets.push({ event, filter: filter ?? null });
    this.settle();
    return event;
  }

  private settle(): void {
    let changed = true;
    while (changed) {
      changed = false;
      while (this.puts.length > 0 && this.items.length < this.capacity) {
        const { event, item } = this.puts.shift()!;
        this.items.push(item);
        event.succeed(undefined);
        changed = true;
      }
      for (let g = 0; g < this.gets.length; g++) {
        const { event, filter } = this.gets[g];
        const i = filter ? this.items.findIndex(filter) : this.items.length > 0 ? 0 : -1;
        if (i < 0) continue;
        const [item] = this.items.splice(i, 1);
        this.gets.splice(g--, 1);
        event.succeed(item);
        changed = true;
      }
    }
  }
}
