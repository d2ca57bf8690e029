import { allOf, anyOf } from "./condition.ts";
import { SimulationError } from "./errors.ts";
import { Event, NORMAL, URGENT } from "./event.ts";
import { EventQueue } from "./event-queue.ts";
import { Fifo } from "./fifo.ts";
import { Process, type ProcessGenerator } from "./process.ts";

/** A callback scheduled with `schedule`: the fast path for hot code that needs no process. */
type Callback = () => void;

/** Keys order events of equal time: priority first, then insertion order. */
const PRIORITY_SHIFT = 2 ** 44;

/** How a run ends. */
export interface RunOptions {
  /** Stop at this time (events at exactly `until` are left unprocessed, as in SimPy), or when this event is processed. */
  until?: number | Event<any>;
  /** Stop with a `SimulationError` after this many events: a guard against runaway models. */
  maxEvents?: number;
}

/**
 * The simulation clock and its future event list. Events are processed in order of
 * (time, priority, insertion sequence), so equal-time events run in the order they were
 * scheduled and a run is a pure function of its inputs.
 */
export class Environment {
  private clock: number;
  private sequence = 0;
  private readonly queue = new EventQueue<Event<any> | Callback>();
  // Zero-delay events skip the heap: they sit at `now` in insertion order, and every URGENT key
  // is below every NORMAL one, so two FIFOs merged with the heap by key keep the exact order.
  private readonly urgent = new Fifo<Event<any> | Callback>();
  private readonly normal = new Fifo<Event<any> | Callback>();
  /** Events processed by `run()` so far (for benchmarks: work per replication). */
  eventsProcessed = 0;
  /** The process whose generator is running, if any. */
  activeProcess: Process<any> | null = null;

  constructor(initialTime = 0) {
    if (!Number.isFinite(initialTime)) throw new SimulationError(`Environment: initial time must be finite, got ${initialTime}`);
    this.clock = initialTime;
  }

  /** The current simulation time. */
  get now(): number {
    return this.clock;
  }

  /** @internal Schedules an event or callback `delay` from now. */
  enqueue(delay: number, priority: number, item: Event<any> | Callback): void {
    const key = priority * PRIORITY_SHIFT + this.sequence++;
    if (delay === 0 && priority === NORMAL) {
      this.normal.push(key, item);
    } else if (delay === 0 && priority === URGENT) {
      this.urgent.push(key, item);
    } else {
      this.queue.push(this.clock + delay, key, item);
    }
  }

  /** @internal Schedules an event now at NORMAL priority (a triggered event, an ended process). */
  enqueueNow(event: Event<any>): void {
    this.normal.push(PRIORITY_SHIFT * NORMAL + this.sequence++, event);
  }

  /**
   * Calls `callback` after `delay` (the cheap path: no event object, no process); among callbacks
   * and events of the same time, a lower `priority` runs first (`URGENT` 0, `NORMAL` 1).
   * @throws SimulationError for a negative or non-finite delay, or a priority that is not a whole
   * number from 0 to 255
   */
  schedule(delay: number, callback: Callback, priority: number = NORMAL): void {
    if (!(delay >= 0) || delay === Infinity) throw new SimulationError(`schedule: delay must be a finite number ≥ 0, got ${delay}`);
    // The key priority × 2^44 + sequence stays an exact double (< 2^53) only for small whole priorities.
    if (priority !== NORMAL && !(Number.isInteger(priority) && priority >= 0 && priority <= 255)) {
      throw new SimulationError(`schedule: priority must be a whole number from 0 to 255, got ${priority}`);
    }
    this.enqueue(delay, priority, callback);
  }

  /** An event that succeeds with `value` after `delay`. @throws SimulationError for a negative or non-finite delay */
  timeout<T = undefined>(delay: number, value?: T): Event<T> {
    if (!(delay >= 0) || delay === Infinity) throw new SimulationError(`timeout: delay must be a finite number ≥ 0, got ${delay}`);
    const event = new Event<T>(this);
    event.markTriggered(true, value);
    this.enqueue(delay, NORMAL, event);
    return event;
  }

  /** A pending event, to be triggered with `succeed` or `fail`. */
  event<T = unknown>(): Event<T> {
    return new Event<T>(this);
  }

  /** Starts a process driving `generator` (or the generator a function returns). */
  process<T>(generator: ProcessGenerator<T> | (() => ProcessGenerator<T>)): Process<T> {
    const gen = typeof generator === "function" ? generator() : generator;
    if (!gen || typeof (gen as ProcessGenerator<T>).next !== "function") throw new SimulationError(`process: expected a generator, got ${String(gen)}`);
    return new Process(this, gen);
  }

  /** An event that succeeds when all `events` have (values in order), or fails with the first failure. */
  allOf(events: readonly Event<any>[]): Event<unknown[]> {
    return allOf(this, events);
  }

  /** An event that succeeds with `{ index, value }` of the first of `events` to be processed. */
  anyOf(events: readonly Event<any>[]): Event<{ index: number; value: unknown } | null> {
    return anyOf(this, events);
  }

  /** Time of the next event (Infinity when there is none). */
  peek(): number {
    return this.urgent.empty && this.normal.empty ? this.queue.peekTime() : this.clock;
  }

  /**
   * Processes the next event. @throws SimulationError when there is none; the error of a failed
   * event that nobody handled
   */
  step(): void {
    const item = this.next(Infinity);
    if (item === undefined) throw new SimulationError("step: no more events");
    if (typeof item === "function") item();
    else item.process();
  }

  /**
   * Takes the next event out of the queue if it is due before `horizon`, moving the clock to it;
   * otherwise returns undefined and changes nothing. Each run loop calls only this (no separate
   * peek): it is the innermost loop of every model.
   */
  private next(horizon: number): Event<any> | Callback | undefined {
    const heap = this.queue;
    const urgent = this.urgent;
    const normal = this.normal;
    if (!urgent.empty || !normal.empty) {
      // FIFO entries are due now. A heap entry due now goes first only if its key is smaller (it
      // was scheduled earlier with a delay, at a priority no lower).
      if (!(this.clock < horizon)) return undefined;
      if (!urgent.empty && !(heap.peekTime() === this.clock && heap.peekKey() < urgent.peekKey())) return urgent.shift();
      if (!normal.empty && !(heap.peekTime() === this.clock && heap.peekKey() < normal.peekKey())) return normal.shift();
    }
    const time = heap.peekTime(); // Infinity when empty
    if (!(time < horizon)) return undefined;
    this.clock = time;
    return heap.pop();
  }

  /**
   * Runs until there are no events, until a time, or until an event is processed (returning its
   * value). @throws SimulationError past `maxEvents`, for an `until` in the past, or when the
   * awaited event can no longer happen; the error of a failed event nobody handled
   */
  run(options: RunOptions = {}): unknown {
    const { until, maxEvents = Infinity } = options;
    // Counting is inline, and the event past the budget is refused before it is taken out.
    let budget = maxEvents;
    let taken = 0;
    if (until instanceof Event) {
      while (!until.processed) {
        if (budget <= 0 && this.peek() !== Infinity) this.tooMany(maxEvents);
        const item = this.next(Infinity);
        if (item === undefined) throw new SimulationError("run: no more events, but the awaited event has not happened");
        budget--;
        taken++;
        if (typeof item === "function") item();
        else item.process();
      }
      this.eventsProcessed += taken;
      if (!until._ok) throw until._value;
      return until._value;
    }
    let horizon = Infinity;
    if (until !== undefined) {
      if (!(until >= this.clock)) throw new SimulationError(`run: until (${until}) must be a number ≥ now (${this.clock})`);
      horizon = until;
    }
    for (;;) {
      if (budget <= 0 && this.peek() < horizon) this.tooMany(maxEvents);
      const item = this.next(horizon);
      if (item === undefined) break;
      budget--;
      taken++;
      if (typeof item === "function") item();
      else item.process();
    }
    this.eventsProcessed += taken;
    if (until !== undefined) this.clock = until;
    return undefined;
  }

  private tooMany(maxEvents: number): never {
    throw new SimulationError(`run: more than ${maxEvents} events (maxEvents) at time ${this.clock}`);
  }
}
