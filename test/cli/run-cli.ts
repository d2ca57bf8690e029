import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** What one run of the real `velocity` binary printed and returned. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The repository root, for running the CLI on bundled scenarios. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** Array-job variables of every scheduler: cleared for each CLI run so the host's never leak in. */
const SCHEDULER_VARIABLES = /^(SLURM_|JOB_COMPLETION_INDEX$|AWS_BATCH_|VELOCITY_SHARD_COUNT$)/;

/**
 * Runs `bin/velocity.mjs` with the given arguments, as a user would from a shell. `env` adds
 * variables (e.g. an array job's index) to a copy of this process's environment, from which every
 * scheduler's array variables have been removed.
 */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !SCHEDULER_VARIABLES.test(name)));
  const result = spawnSync(process.execPath, [`${repoRoot}bin/velocity.mjs`, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    encoding: "utf8",
    env: { ...inherited, NO_COLOR: "1", ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
