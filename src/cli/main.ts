/**
 * Process entry: builds the program, runs it on argv, and turns errors into exit codes.
 * The only module that calls into `process.exitCode` (and `process.exit`, for a closed stdout).
 */
import { CommanderError } from "commander";
import { buildProgram } from "./program.ts";
import { exitCodeFor, messageFor } from "./errors.ts";

// A reader that stops early (`velocity schema | head`) closes the pipe: stop quietly, as other
// command-line tools do, instead of printing Node's stack trace for the failed write.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(0);
});

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  // Commander has already printed its own help, version or usage message.
  if (!(error instanceof CommanderError)) process.stderr.write(`${messageFor(error)}\n`);
  process.exitCode = exitCodeFor(error);
}
