/**
 * Process entry: builds the program, runs it on argv, and turns errors into exit codes.
 * The only module that calls into `process.exitCode`.
 */
import { CommanderError } from "commander";
import { buildProgram } from "./program.ts";
import { exitCodeFor, messageFor } from "./errors.ts";

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  // Commander has already printed its own help, version or usage message.
  if (!(error instanceof CommanderError)) process.stderr.write(`${messageFor(error)}\n`);
  process.exitCode = exitCodeFor(error);
}
