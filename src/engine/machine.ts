import type { Environment } from "./environment.ts";
import { SimulationError } from "./errors.ts";
import { DEFERRED, Event, NORMAL, PROCESSED, TRIGGERED, URGENT, type Waiter } from "./event.ts";

/**
 * A process written by hand as a state machine instead of a generator, for the hottest process of
 * a model: a generator saves and restores every live local at each `yield`, which in a task with
 * ~40 locals and one `yield` per agent turn was a tenth of a grounded run. A machine keeps its
 * state in fields and is called back instead: `step` runs until it must wait, asks for the wait
 * (`sleep` or `waitFor`) and returns; the engine calls `step` again when the wait is over.
 *
 * Ordered exactly as the same process written as a generator: it starts with an URGENT event at
 * its creation, `sleep(d)` is `yield d` and `waitFor(e)` is `yield e` (an event already processed,
 * or a grant deferred and due now, goes on at once), so a model may move a process from one form
 * to the other without changing a run. Two differences: a machine has no end event (nothing can
 * wait for it; signal the end with an event of your own) and cannot be interrupted.
 */
export abstract class Machine implements Waiter {
  /** The machine's one wake-up event, reused for its start and every sleep. */
  private readonly alarm: Event<undefined>;
  /** Resumes this machine from a callback list, made only when another waiter holds an event's slot. */
  private resumeCallback: ((event: Event<any>) => void) | null = null;

  constructor(readonly env: Environment) {
    this.alarm = new Event<undefined>(env);
    this.arm();
    // As a process starts: at once, before ordinary events of the same time.
    env.enqueue(0, URGENT, this.alarm);
  }

  /**
   * Runs the machine on from where it waited, until it waits again (`sleep`, `waitFor`) or ends.
   * `sole` as in `Waiter`: pass it to `waitFor`.
   */
  protected abstract step(sole: boolean): void;

  /** @internal Called by the engine when the event waited for is processed. @throws the event's error if it failed */
  resume(event: Event<any> | null, sole: boolean): void {
    if (event !== null && !event._ok) raise(event);
    this.step(sole);
  }

  /**
   * Resumes after `delay` hours, exactly as a process's `yield delay`. Return from `step` after it.
   * @throws SimulationError for a negative or non-finite delay
   */
  protected sleep(delay: number): void {
    if (!(delay >= 0) || delay === Infinity) throw new SimulationError(`sleep: delay must be a finite number ≥ 0, got ${delay}`);
    if (this.alarm.state === TRIGGERED) throw new SimulationError("sleep: the machine is already asleep (one wait at a time)");
    this.arm();
    this.env.enqueue(delay, NORMAL, this.alarm);
  }

  /**
   * Waits for `event`, exactly as a process's `yield event`: true if it is processed already (go
   * on at once); false if `step` will be called when it is (return from `step`).
   * @throws the event's error if it has already failed
   */
  protected waitFor(event: Event<any>, sole: boolean): boolean {
    const env = this.env;
    // A deferred event (a request granted as it was made): processed by now, next in line (taken
    // at once, nothing between), or queued at its place (see `Process.resume`).
    if (event.state === DEFERRED && !(sole && env.takeIfNext(event))) env.settleDeferred(event);
    if (event.state === PROCESSED) {
      if (!event._ok) raise(event);
      return true;
    }
    if (event.waiter === null && event.callback === null && event.callbacks === null) event.waiter = this;
    else event.addCallback((this.resumeCallback ??= (e) => this.resume(e, false)));
    return false;
  }

  private arm(): void {
    this.alarm.markTriggered(true, undefined);
    this.alarm.waiter = this;
  }
}

/** A failed event's error, thrown into the machine that waits for it (and so handled: defused). */
function raise(event: Event<any>): never {
  event.defused = true;
  throw event._value;
}
