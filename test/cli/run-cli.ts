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

/** Runs `bin/velocity.mjs` with the given arguments, as a user would from a shell. */
export function runCli(args: string[], options: { cwd?: string; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [`${repoRoot}bin/velocity.mjs`, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
