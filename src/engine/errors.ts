/** Kernel misuse or a run that went past its limits (a bug in the model, not bad user input). */
export class SimulationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SimulationError";
  }
}

/** Thrown into a process by `Process.interrupt(cause)`; the process may catch it and go on. */
export class Interrupt extends Error {
  constructor(override readonly cause: unknown) {
    super(`interrupted: ${describeCause(cause)}`);
    this.name = "Interrupt";
  }
}

/** A short text for a cause of any shape; causes may be circular (a preemption's links back to its resource). */
function describeCause(cause: unknown): string {
  if (typeof cause === "string") return cause;
  try {
    return JSON.stringify(cause) ?? String(cause);
  } catch {
    return Object.prototype.toString.call(cause);
  }
}
