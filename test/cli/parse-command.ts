import { buildProgram } from "../../src/cli/program.ts";

/** What commander made of a command line: the subcommand, its operands and its flags. */
export interface ParsedCommand {
  command: string;
  operands: unknown[];
  flags: Record<string, unknown>;
}

/**
 * Parses velocity's arguments (without `velocity` itself) with the real commander program, every
 * option parser included, capturing the action instead of running it.
 * @throws CommanderError for arguments the CLI would refuse
 */
export async function parseVelocityArgs(args: string[]): Promise<ParsedCommand> {
  const program = buildProgram();
  let parsed: ParsedCommand | undefined;
  for (const command of program.commands) {
    command.action((...received: unknown[]) => {
      parsed = { command: command.name(), operands: received.slice(0, -2), flags: received[received.length - 2] as Record<string, unknown> };
    });
  }
  // Commander would print usage errors itself; the thrown CommanderError says the same.
  program.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  for (const command of program.commands) command.configureOutput({ writeErr: () => {}, writeOut: () => {} });
  await program.parseAsync(args, { from: "user" });
  if (!parsed) throw new Error(`no command ran for: ${args.join(" ")}`);
  return parsed;
}
