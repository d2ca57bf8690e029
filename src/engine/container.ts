import type { Environment } from "./environment.ts";
import { SimulationError } from "./errors.ts";
import { Event } from "./event.ts";

/**
 * A continuous level (fuel, budget, review hours) between 0 and a capacity: `put(amount)` waits
 * while it would overflow, `get(amount)` waits until enough is there. Served in request order.
 */
export class Container {
  private amount: number;
  private readonly puts: { event: Event<undefined>; amount: number }[] = [];
  private readonly gets: { event: Event<undefined>; amount: number }[] = [];
  readonly capacity: number;

  /** @throws SimulationError for capacity ≤ 0 or init outside [0, capacity] */
  constructor(
    readonly env: Environment,
    options: { capacity?: number; init?: number } = {},
  ) {
    this.capacity = options.capacity ?? Infinity;
    const init = options.init ?? 0;
    if (!(this.capacity > 0)) throw new SimulationError(`Container: capacity must be > 0, got ${this.capacity}`);
    if (!(init >= 0 && init <= this.capacity)) throw new SimulationError(`Container: init must be between 0 and capacity (${this.capacity}), got ${init}`);
    this.amount = init;
  }

  /** The current level. */
  get level(): number {
    return this.amount;
  }

  /** Adds `amount` once there is room. @throws SimulationError for amount ≤ 0 */
  put(amount: number): Event<undefined> {
    if (!(amount > 0) || amount > this.capacity) throw new SimulationError(`Container.put: amount must be in (0, capacity], got ${amount}`);
    const event = new Event<undefined>(this.env);
    this.puts.push({ event, amount });
    this.settle();
    return event;
  }

  /** Removes `amount` once it is there. @throws SimulationError for amount ≤ 0 */
  get(amount: number): Event<undefined> {
    if (!(amount > 0) || amount > this.capacity) throw new SimulationError(`Container.get: amount must be in (0, capacity], got ${amount}`);
    const event = new Event<undefined>(this.env);
    this.gets.push({ event, amount });
    this.settle();
    return event;
  }

  private settle(): void {
    let changed = true;
    while (changed) {
      changed = false;
      if (this.puts.length > 0 && this.amount + this.puts[0].amount <= this.capacity) {
        const { event, amount } = this.puts.shift()!;
        this.amount += amount;
        event.succeed(undefined);
        changed = true;
      }
      if (this.gets.length > 0 && this.amount >= this.gets[0].amount) {
        const { event, amount } = this.gets.shift()!;
        this.amount -= amount;
        event.succeed(undefined);
        changed = true;
      }
    }
  }
}
