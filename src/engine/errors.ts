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
    super(`interrupted: ${typeof cause === "string" ? cause : JSON.stringify(cause) ?? String(cause)}`);
    this.name = "Interrupt";
  }
}
