import type { Environment } from "./environment.ts";
import { Interrupt, SimulationError } from "./errors.ts";
import { Event, NORMAL, URGENT } from "./event.ts";

/** The generator a process drives: it yields events and resumes with their values. */
export type ProcessGenerator<T = unknown> = Generator<Event<any>, T, any>;

/**
 * A process: an event that drives a generator. Each `yield event` suspends the generator until
 * the event is processed, then resumes it with the event's value (or throws the event's error
 * into it). The process itself succeeds with the generator's return value, or fails with the
 * error the generator let escape.
 */
export class Process<T = unknown> extends Event<T> {
  /** The event the process waits for (null once it has ended). */
  target: Event<any> | null;
  private readonly resumeBound: (event: Event<any>) => void;

  constructor(
    env: Environment,
    private readonly generator: ProcessGenerator<T>,
  ) {
    super(env);
    this.resumeBound = (event) => this.resume(event);
    // Start at once, before ordinary events of the same time (SimPy's Initialize).
    const start = new Event<undefined>(env);
    start.markTriggered(true, undefined);
    start.callback = this.resumeBound;
    env.enqueue(0, URGENT, start);
    this.target = start;
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
      this.target?.removeCallback(this.resumeBound);
      this.resume(event);
    };
    this.env.enqueue(0, URGENT, interruption);
  }

  private resume(event: Event<any>): void {
    const env = this.env;
    env.activeProcess = this;
    for (;;) {
      let step: IteratorResult<Event<any>, T>;
      try {
        if (event._ok) {
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
      const next = step.value;
      if (!(next instanceof Event)) {
        this.finish(false, new SimulationError(`process: yielded ${String(next)}, expected an Event`));
        break;
      }
      if (next.state === 2) {
        // Already processed: continue at once with its outcome.
        event = next;
        continue;
      }
      next.addCallback(this.resumeBound);
      this.target = next;
      break;
    }
    env.activeProcess = null;
  }

  private finish(ok: boolean, value: unknown): void {
    this.target = null;
    this.markTriggered(ok, value as T);
    this.env.enqueue(0, NORMAL, this);
  }
}
