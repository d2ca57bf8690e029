/**
 * Time to first answer (`npm run bench -- first-answer`, issue 20): what a user waits for, from
 * the built CLI, each a fresh process on 2 workers, against `velocity --version` in the same
 * rounds (the machine is shared: compare the ratios; best of BENCH_ANSWER_REPS, default 2):
 *
 *   npm start            the seed scenario with charts and report, every lever (goal: < 5 s)
 *   grounded default     2,000 runs, every lever, no charts (goal: < 30 s)
 *   … --levers none      the same runs without levers: levers may cost at most 2× (goal)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const REPS = Number(process.env.BENCH_ANSWER_REPS ?? 2);
const dir = mkdtempSync(join(tmpdir(), "velocity-answer-"));
const run = (name: string, ...extra: string[]) => ["bin/velocity.mjs", "run", `scenarios/${name}.yaml`, "--workers", "2", "--quiet", "--force", "--out", join(dir, name), ...extra];
const commands: [string, string[]][] = [
  ["velocity --version", ["bin/velocity.mjs", "--version"]],
  ["npm start (seed-article)", run("seed-article")],
  ["seed-article --levers none", run("seed-article", "--levers", "none")],
  ["grounded, 2,000 runs --no-charts", run("grounded", "--no-charts")],
  ["grounded --levers none", run("grounded", "--no-charts", "--levers", "none")],
];

function wallSeconds(args: string[]): number {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`${args.join(" ")} failed: ${child.stderr}`);
  return (performance.now() - start) / 1000;
}

const best = new Map<string, number>();
for (let r = 0; r < REPS; r++) for (const [name, args] of commands) best.set(name, Math.min(best.get(name) ?? Infinity, wallSeconds(args)));
const s = (name: string) => best.get(name) as number;
console.log(`time to first answer, best wall time of ${REPS} (shared machine), 2 workers:`);
for (const [name] of commands) console.log(`  ${name.padEnd(34)} ${s(name).toFixed(1).padStart(6)} s  ×${(s(name) / s("velocity --version")).toFixed(0)} of --version`);
const goal = (text: string, ok: boolean) => `${text} ${ok ? "(met)" : "(NOT met)"}`;
console.log(`goals: ${goal(`npm start ${s("npm start (seed-article)").toFixed(1)} s < 5 s`, s("npm start (seed-article)") < 5)}, ${goal(`grounded ${s("grounded, 2,000 runs --no-charts").toFixed(1)} s < 30 s`, s("grounded, 2,000 runs --no-charts") < 30)}`);
for (const [all, none] of [["npm start (seed-article)", "seed-article --levers none"], ["grounded, 2,000 runs --no-charts", "grounded --levers none"]]) {
  const ratio = s(all) / s(none);
  console.log(`  levers cost: ${all} ÷ ${none} = ${ratio.toFixed(2)} ${ratio <= 2 ? "(met: ≤ 2)" : "(NOT met: goal ≤ 2)"}`);
}
rmSync(dir, { recursive: true, force: true });
