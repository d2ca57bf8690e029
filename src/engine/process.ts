import type { Environment } from "./environment.ts";
import { Interrupt, SimulationError } from "./errors.ts";
import { Event, type EventCallback, URGENT } from "./event.ts";

/**
 * The generator a process drives: it yields events and resumes with their values, or yields a
 * delay in hours (a number) and resumes after it (`env.sleep(delay)`: the process's one wake-up
 * event reused, nothing allocated).
 */
export type ProcessGenerator<T = unknown> = Generator<Event<any> | number, T, any>;

/**
 * A process: an event that drives a generator. Each `yield event` suspends the generator until
 * the event is processed, then resumes it with the event's value (or throws the event's error
 * into it). The process itself succeeds with the generator's return value, or fails with the
 * error the generator let escape.
 */
export class Process<T = unknown> extends Event<T> {
  /** The event the process waits for (null once it has ended). */
  target: Event<any> | null;
  /** @internal The queue key its end event would have had, when that was deferred (see `Environment.defer`). */
  endKey = -1;
  /** @internal The event `env.sleep` reuses for this process (made at its first sleep). */
  wakeUp: Event<any> | null = null;
  /** Resumes this process from a callback list, made only when another waiter holds an event's slot. */
  private resumeCallback: EventCallback | null = null;

  constructor(
    env: Environment,
    private readonly generator: ProcessGenerator<T>,
  ) {
    super(env);
    // Start at once, before ordinary events of the same time (SimPy's Initialize). The process
    // itself is queued as its own start event (see `Event.process()`): one allocation less per process.
    this.target = null;
    env.enqueue(0, URGENT, this);
  }

  /** True until the generator has returned or thrown. */
  get isAlive(): boolean {
    return this.state === 0;
  }

  /**
   * Throws an `Interrupt` with `cause` into the process at the current time, before ordinary
   * events; the process stops waiting for its target.
   * @throws SimulationError when the process has ended, or a process interrupts itself
   */
  interrupt(cause?: unknown): void {
    if (!this.isAlive) throw new SimulationError("process.interrupt: the process has already ended");
    if (this.env.activeProcess === this) throw new SimulationError("process.interrupt: a process cannot interrupt itself");
    const interruption = new Event<Interrupt>(this.env);
    interruption.markTriggered(false, new Interrupt(cause));
    interruption.callback = (event) => {
      if (!this.isAlive) {
        event.defused = true;
        return;
      }
      // Stop waiting: the target may still happen, but must not resume this process.
      const target = this.target;
      if (target !== null) {
        if (target.waiter === this) target.waiter = null;
        else if (this.resumeCallback !== null) target.removeCallback(this.resumeCallback);
      }
      this.resume(event);
    };
    this.env.enqueue(0, URGENT, interruption);
  }

  /**
   * @internal Runs the generator on with the outcome of `event` (called when it is processed).
   * `sole`: nothing else runs before the queue's next event once this returns (the process is
   * the event's only waiter, or it is starting), so a deferred event next in line may be taken
   * at once (`Environment.takeIfNext`).
   */
  resume(event: Event<any> | null, sole = false): void {
    const env = this.env;
    env.activeProcess = this;
    for (;;) {
      let step: IteratorResult<Event<any> | number, T>;
      try {
        if (event === null) {
          step = this.generator.next(undefined); // the start
        } else if (event._ok) {
          step = this.generator.next(event._value);
        } else {
          event.defused = true; // the process gets the error: it is handled here
          step = this.generator.throw(event._value);
        }
      } catch (error) {
        this.finish(false, error);
        break;
      }
      if (step.done) {
        this.finish(true, step.value);
        break;
      }
      let next = step.value;
      if (typeof next === "number") {
        // A plain delay: the process's own wake-up, reused (`env.sleep`).
        try {
          next = env.sleep(next);
        } catch (error) {
          this.finish(false, error);
          break;
        }
      }
      if (!(next instanceof Event)) {
        this.finish(false, new SimulationError(`process: yielded ${String(next)}, expected an Event or a delay (a number of hours ≥ 0)`));
        break;
      }
      // Deferred (an ended process, a request granted as made): processed by now, next in line
      // (then taken at once, with nothing between), or queued.
      if (next.state === 3 && !(sole && env.takeIfNext(next))) env.settleDeferred(next);
      if (next.state === 2) {
        // Already processed: continue at once with its outcome.
        event = next;
        continue;
      }
      // The waiter slot runs before the callbacks, so take it only while there are none (keeps
      // SimPy's order: callbacks run in the order they were added).
      if (next.waiter === null && next.callback === null && next.callbacks === null) next.waiter = this;
      else next.addCallback((this.resumeCallback ??= (e) => this.resume(e)));
      this.target = next;
      break;
    }
    env.activeProcess = null;
  }

  private finish(ok: boolean, value: unknown): void {
    this.target = null;
    this.markTriggered(ok, value as T);
    // Nobody waits and nothing can fail: no need to queue the end event (see `defer`).
    if (ok && this.waiter === null && this.callback === null && this.callbacks === null) this.env.defer(this);
    else this.env.enqueueNow(this);
  }
}
