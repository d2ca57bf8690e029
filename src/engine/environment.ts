import { allOf, anyOf } from "./condition.ts";
import { SimulationError } from "./errors.ts";
import { DEFERRED, Event, NORMAL, PROCESSED, TRIGGERED, URGENT } from "./event.ts";
import { EventQueue } from "./event-queue.ts";
import { Fifo } from "./fifo.ts";
import { Process, type ProcessGenerator } from "./process.ts";

/** An event whose trigger may be deferred (see `Environment.defer`): it records the key it would have had. */
export type Deferrable = Event<any> & { endKey: number };

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
  /** The process whose generator is running, if any. */
  activeProcess: Process<any> | null = null;
  /** Events and callbacks processed so far (by `run` and `step`): a model's events per run. */
  eventsProcessed = 0;
  // For deferred events (not queued; see `defer`): the largest key taken at the current time, and
  // the sequence number when the clock last moved.
  private maxKey = -Infinity;
  private advancedAt = 0;

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
   * @internal Triggers-without-queueing an event that nobody can be waiting for yet: the end of a
   * process that succeeded with nobody waiting, or a resource request granted the moment it was
   * made. Processing it would do nothing, and most such events (a customer's or a task's end, an
   * engineer free when asked) are never looked at again. It keeps the key it would have had and
   * is marked DEFERRED; if anyone looks at it later (yields it, adds a callback, asks `processed`,
   * runs until it), `settleDeferred` decides from that key whether it would have been processed
   * by then, or queues it at its place after all. One queue event less each, with the order of
   * everything else unchanged; only `step`, `peek` and `eventsProcessed` see one event fewer.
   */
  defer(event: Deferrable): void {
    const key = PRIORITY_SHIFT * NORMAL + this.sequence++;
    // An event of priority > NORMAL already taken at this time has a larger key: then the
    // comparison in settleDeferred would not hold, so queue it (rare: only `schedule` makes them).
    if (this.maxKey < key) {
      event.state = DEFERRED;
      event.endKey = key;
    } else {
      this.normal.push(key, event);
    }
  }

  /**
   * @internal For a DEFERRED event yielded by a process that nothing else follows (see
   * `Process.resume`): if it would be the very next event taken — nothing due now in the FIFOs,
   * nothing in the heap due now with a smaller key — mark it processed now and return true (one
   * queue event less: a request granted the moment it was made and yielded at once). The clock
   * has not moved since it was deferred (else it was processed long ago: false, settle it).
   */
  takeIfNext(event: Event<any>): boolean {
    const key = (event as Deferrable).endKey;
    if (key - PRIORITY_SHIFT * NORMAL < this.advancedAt || this.maxKey > key) return false;
    if (!this.urgent.empty || !this.normal.empty) return false;
    if (this.queue.peekTime() === this.clock && this.queue.peekKey() < key) return false;
    this.maxKey = key;
    event.state = PROCESSED;
    return true;
  }

  /**
   * @internal For a DEFERRED end event: true (and marks it processed) if it would have been
   * processed by now — the clock has moved since it was deferred, an event with a larger key was
   * taken at this time, or a run drained the queue; otherwise queues it at its place and returns
   * false. Events are taken in (time, key) order, so the deferred event would have come before
   * any event of a larger key taken after it, and after none taken so far.
   */
  settleDeferred(event: Event<any>): boolean {
    const key = (event as Deferrable).endKey;
    if (key - PRIORITY_SHIFT * NORMAL < this.advancedAt || this.maxKey > key) {
      event.state = PROCESSED;
      return true;
    }
    event.state = TRIGGERED;
    // Due now: the FIFO keeps it in key order if nothing keyed after it is there yet (a request
    // yielded the moment it was granted), else the heap does.
    if (this.normal.empty || this.normal.lastKey() < key) this.normal.push(key, event);
    else this.queue.push(this.clock, key, event);
    return false;
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

  /**
   * For the running process: an event that succeeds with `value` after `delay`, like `timeout`,
   * but the process's own wake-up event, reused from one sleep to the next (no allocation per
   * wait: with many processes waiting, timeouts are most of the heap; see the storm bench). Yield
   * it at once and keep no reference: after it is processed it may be rescheduled for the next
   * sleep. Ordered exactly as `timeout(delay)` would be. Outside a process it is `timeout`.
   * @throws SimulationError for a negative or non-finite delay
   */
  sleep<T = undefined>(delay: number, value?: T): Event<T> {
    const process = this.activeProcess;
    if (process === null) return this.timeout(delay, value);
    if (!(delay >= 0) || delay === Infinity) throw new SimulationError(`sleep: delay must be a finite number ≥ 0, got ${delay}`);
    let event = process.wakeUp;
    // Still queued (an interrupt cut the last sleep short, or the event was not yielded): a fresh one.
    if (event === null || event.state === 1) event = process.wakeUp = new Event<any>(this);
    event.markTriggered(true, value);
    this.enqueue(delay, NORMAL, event);
    return event as Event<T>;
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
    if (item === undefined) {
      this.maxKey = Infinity; // drained: every deferred end event would have been processed too
      throw new SimulationError("step: no more events");
    }
    this.eventsProcessed++;
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
      const heapKey = heap.peekTime() === this.clock ? heap.peekKey() : Infinity;
      if (!urgent.empty) {
        const key = urgent.peekKey();
        if (key < heapKey) {
          if (key > this.maxKey) this.maxKey = key;
          return urgent.shift();
        }
      }
      if (!normal.empty) {
        const key = normal.peekKey();
        if (key < heapKey) {
          if (key > this.maxKey) this.maxKey = key;
          return normal.shift();
        }
      }
    }
    const time = heap.peekTime(); // Infinity when empty
    if (!(time < horizon)) return undefined;
    const key = heap.peekKey();
    if (time !== this.clock) {
      this.clock = time;
      this.advancedAt = this.sequence;
      this.maxKey = key;
    } else if (key > this.maxKey) {
      this.maxKey = key;
    }
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
    let count = 0;
    try {
      if (until instanceof Event) {
        while (!until.processed) {
          if (count >= maxEvents && this.peek() !== Infinity) this.tooMany(maxEvents);
          const item = this.next(Infinity);
          if (item === undefined) {
            this.maxKey = Infinity; // drained: every deferred end event would have been processed too
            throw new SimulationError("run: no more events, but the awaited event has not happened");
          }
          count++;
          if (typeof item === "function") item();
          else item.process();
        }
        if (!until._ok) throw until._value;
        return until._value;
      }
      let horizon = Infinity;
      if (until !== undefined) {
        if (!(until >= this.clock)) throw new SimulationError(`run: until (${until}) must be a number ≥ now (${this.clock})`);
        horizon = until;
      }
      for (;;) {
        if (count >= maxEvents && this.peek() < horizon) this.tooMany(maxEvents);
        const item = this.next(horizon);
        if (item === undefined) {
          // Drained: every deferred end event would have been processed too.
          if (this.peek() === Infinity) this.maxKey = Infinity;
          break;
        }
        count++;
        if (typeof item === "function") item();
        else item.process();
      }
      if (until !== undefined && until !== this.clock) {
        this.clock = until;
        this.advancedAt = this.sequence;
        this.maxKey = -Infinity;
      }
      return undefined;
    } finally {
      this.eventsProcessed += count; // once per run, not per event
    }
  }

  private tooMany(maxEvents: number): never {
    throw new SimulationError(`run: more than ${maxEvents} events (maxEvents) at time ${this.clock}`);
  }
}
