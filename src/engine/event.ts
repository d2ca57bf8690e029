import type { Environment } from "./environment.ts";
import { SimulationError } from "./errors.ts";
import type { Process } from "./process.ts";

/** Priority of events that must run before others at the same time (process start, interrupts). */
export const URGENT = 0;
/** Priority of ordinary events. */
export const NORMAL = 1;

/** @internal Not yet triggered. */
export const PENDING = 0;
/** @internal Triggered and queued. */
export const TRIGGERED = 1;
/** @internal */
export const PROCESSED = 2;
/** @internal Triggered when nobody could be waiting yet, and not queued (see `Environment.defer`). */
export const DEFERRED = 3;

/** Called when an event is processed. */
export type EventCallback = (event: Event<any>) => void;

/**
 * What an event resumes when it is processed: a `Process` (a generator) or a `Machine` (a process
 * written as a state machine). `sole`: nothing else runs before the queue's next event once
 * `resume` returns (see `Process.resume`).
 */
export interface Waiter {
  resume(event: Event<any> | null, sole: boolean): void;
}

/**
 * Something that happens at a point of simulated time. An event is pending, then triggered
 * (`succeed` / `fail` schedules it), then processed (its callbacks have run). A process that
 * yields it resumes with its value, or has its error thrown in. A failed event that nobody
 * handled ends the run with its error.
 */
export class Event<T = unknown> {
  /** @internal 0 pending, 1 triggered, 2 processed, 3 deferred (an ended process: triggered, not queued). */
  state = PENDING;
  /** @internal */
  _ok = true;
  /** @internal */
  _value: T | undefined = undefined;
  /**
   * @internal The process waiting for this event, if any: most events have exactly one waiter, a
   * process, so it gets a slot of its own and is resumed by a direct call (no closure per process).
   */
  waiter: Waiter | null = null;
  /** @internal The first callback, kept out of an array. */
  callback: EventCallback | null = null;
  /** @internal Further waiters. */
  callbacks: EventCallback[] | null = null;
  /** Set when a failure has been handled (e.g. thrown into a process), so the run goes on. */
  defused = false;

  constructor(readonly env: Environment) {}

  /** True once `succeed` or `fail` was called. */
  get triggered(): boolean {
    return this.state !== PENDING;
  }

  /** True once the callbacks have run. */
  get processed(): boolean {
    return this.state === PROCESSED || (this.state === DEFERRED && this.env.settleDeferred(this));
  }

  /** Whether the event succeeded. @throws SimulationError while pending */
  get ok(): boolean {
    if (this.state === PENDING) throw new SimulationError("event.ok: the event is still pending");
    return this._ok;
  }

  /** The value (or the error of a failed event). @throws SimulationError while pending */
  get value(): T {
    if (this.state === PENDING) throw new SimulationError("event.value: the event is still pending");
    return this._value as T;
  }

  /** Triggers the event now with `value`. @throws SimulationError when already triggered */
  succeed(value?: T): this {
    if (this.state !== PENDING) throw new SimulationError(`event.succeed: already triggered (with ${String(this._value)})`);
    this._ok = true;
    this._value = value;
    this.state = TRIGGERED;
    this.env.enqueueNow(this);
    return this;
  }

  /** Triggers the event now as failed with `error`. @throws SimulationError when already triggered */
  fail(error: Error): this {
    if (this.state !== PENDING) throw new SimulationError(`event.fail: already triggered (with ${String(this._value)})`);
    if (!(error instanceof Error)) throw new SimulationError(`event.fail: expected an Error, got ${String(error)}`);
    this._ok = false;
    this._value = error as T;
    this.state = TRIGGERED;
    this.env.enqueueNow(this);
    return this;
  }

  /** Runs `fn(event)` when the event is processed. @throws SimulationError when it already was */
  addCallback(fn: EventCallback): void {
    if (this.state === DEFERRED) this.env.settleDeferred(this);
    if (this.state === PROCESSED) throw new SimulationError("event.addCallback: the event was already processed");
    if (this.callback === null) this.callback = fn;
    else (this.callbacks ??= []).push(fn);
  }

  /** Removes a waiter added with `addCallback` (an interrupted process stops waiting). */
  removeCallback(fn: EventCallback): void {
    if (this.callback === fn) {
      this.callback = this.callbacks && this.callbacks.length ? (this.callbacks.shift() as EventCallback) : null;
    } else if (this.callbacks) {
      const i = this.callbacks.indexOf(fn);
      if (i >= 0) this.callbacks.splice(i, 1);
    }
  }

  /**
   * @internal Called by the environment when the event's time comes. A process is queued as its
   * own start event while still pending; starting it is handled here rather than in an override,
   * so every queued event calls one function (the run loop's call site stays monomorphic).
   */
  process(): void {
    if (this.state === PENDING) {
      (this as unknown as Process<any>).resume(null, true);
      return;
    }
    this.state = PROCESSED;
    const waiter = this.waiter;
    const first = this.callback;
    const rest = this.callbacks;
    this.waiter = null;
    this.callback = null;
    this.callbacks = null;
    if (waiter !== null) waiter.resume(this, first === null && rest === null && this._ok);
    if (first !== null) first(this);
    if (rest !== null) for (let i = 0; i < rest.length; i++) rest[i](this);
    if (!this._ok && !this.defused) throw this._value;
  }

  /** @internal Marks a freshly made event as triggered without scheduling it (the caller schedules). */
  markTriggered(ok: boolean, value: T | undefined): void {
    this.state = TRIGGERED;
    this._ok = ok;
    this._value = value;
  }
}
