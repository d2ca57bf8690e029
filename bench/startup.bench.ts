/**
 * Start-up time of the CLI against `node -e 0` (`npm run bench -- startup`): `--version`,
 * `validate` and a one-run `run --no-charts` from the built CLI, each a fresh process, taking turns
 * BENCH_STARTUP_REPS times (default 7), best wall time kept (the machine is shared: the best is
 * the least disturbed), plus the modules each loads (scripts/module-log.mjs; a run's workers
 * included). Goal (issue 14): none of them loads the chart renderer (vega, d3, resvg).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const REPS = Number(process.env.BENCH_STARTUP_REPS ?? 7);
const dir = mkdtempSync(join(tmpdir(), "velocity-startup-"));
const commands: [string, string[]][] = [
  ["node -e 0", ["-e", "0"]],
  ["velocity --version", ["bin/velocity.mjs", "--version"]],
  ["velocity validate", ["bin/velocity.mjs", "validate", "scenarios/seed-article.yaml"]],
  ["velocity run --no-charts (1 run)", ["bin/velocity.mjs", "run", "scenarios/seed-article.yaml", "--runs", "1", "--workers", "1", "--no-charts", "--quiet", "--out", join(dir, "out")]],
];

function wallSeconds(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: "utf8", env });
  if (child.status !== 0) throw new Error(`${args.join(" ")} failed: ${child.stderr}`);
  return (performance.now() - start) / 1000;
}

const best = new Map<string, number>();
for (let r = 0; r < REPS; r++) {
  for (const [name, args] of commands) best.set(name, Math.min(best.get(name) ?? Infinity, wallSeconds(args)));
}
const base = best.get("node -e 0") as number;
console.log(`start-up, best wall time of ${REPS} (shared machine), against node -e 0:`);
for (const [name, args] of commands) {
  const seconds = best.get(name) as number;
  let modules = "";
  if (name !== "node -e 0") {
    const log = join(dir, "modules.log");
    rmSync(log, { force: true });
    wallSeconds(["--import", "./scripts/module-log.mjs", ...args], { ...process.env, VELOCITY_MODULE_LOG: log });
    const loaded = readFileSync(log, "utf8").trim().split("\n");
    const renderer = loaded.filter((m) => /\/node_modules\/(vega|d3-|@resvg)/.test(m)).length;
    modules = `  ${String(loaded.length).padStart(4)} modules, ${renderer} of vega/d3/resvg${renderer === 0 ? "" : "  (goal: none)"}`;
  }
  console.log(`  ${name.padEnd(34)} ${(seconds * 1000).toFixed(0).padStart(5)} ms  ${name === "node -e 0" ? "" : `+${((seconds - base) * 1000).toFixed(0).padStart(4)} ms  ×${(seconds / base).toFixed(1)}`}${modules}`);
}
rmSync(dir, { recursive: true, force: true });
