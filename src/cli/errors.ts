import { CommanderError } from "commander";

/** Exit code for bad input (a scenario error, a bad flag). */
export const EXIT_USAGE = 2;
/** Exit code for an unexpected failure (a bug): the message still fits on one line. */
export const EXIT_FAILURE = 1;

/** One line for the user: typed errors print their own message, anything else its name and message. */
export function messageFor(error: unknown): string {
  if (error instanceof Error) {
    const userFacing = (error as { userFacing?: boolean }).userFacing === true;
    return userFacing ? error.message : `error: ${error.message}`;
  }
  return `error: ${String(error)}`;
}

/** 2 for errors the user can fix by changing input, 1 otherwise. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
  if (error instanceof Error && (error as { userFacing?: boolean }).userFacing === true) {
    const own = (error as { exitCode?: unknown }).exitCode;
    return typeof own === "number" ? own : EXIT_USAGE;
  }
  return EXIT_FAILURE;
}
