/**
 * Time to first answer (`npm run bench -- first-answer`, issues 20 and 32): what a user waits for,
 * from the built CLI, each a fresh process on 2 workers, against `velocity --version` in the same
 * rounds (the machine may be shared: compare the ratios; best of BENCH_ANSWER_REPS, default 2).
 *
 * Each run's stdout is a pseudo-terminal (util-linux `script`), as a user's is, so the CLI shows
 * its provisional answer; `timing.json` gives the seconds to that first answer (`firstAnswerSeconds`)
 * and to everything (`wallSeconds`), both from the CLI's own start of the run:
 *
 *   npm start            the seed scenario with charts and report, every lever
 *                        (goals, issue 32: first answer ≤ 3 s, everything ≤ 8 s)
 *   grounded default     2,000 runs, every lever, no charts (first answer ≤ 8 s, everything ≤ 30 s)
 *   … --levers none      the same runs without levers: levers may cost at most 2× (issue 20)
 *
 * Without `script` (not Linux) the runs go to a pipe: no provisional answer, and the first answer
 * is the final one.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const REPS = Number(process.env.BENCH_ANSWER_REPS ?? 2);
const dir = mkdtempSync(join(tmpdir(), "velocity-answer-"));
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
const run = (name: string, out: string, ...extra: string[]) => ["bin/velocity.mjs", "run", `scenarios/${name}.yaml`, "--workers", "2", "--force", "--out", join(dir, out), ...extra];
const commands: [string, string[], string | null][] = [
  ["velocity --version", ["bin/velocity.mjs", "--version"], null],
  ["npm start (seed-article)", run("seed-article", "a"), "a"],
  ["seed-article --levers none", run("seed-article", "b", "--levers", "none"), "b"],
  ["grounded, 2,000 runs --no-charts", run("grounded", "c", "--no-charts"), "c"],
  ["grounded --levers none", run("grounded", "d", "--no-charts", "--levers", "none"), "d"],
];

const quote = (arg: string) => `'${arg.replace(/'/g, "'\\''")}'`;

/** Runs the CLI with a terminal for stdout (when `script` is here); wall seconds as seen from outside. */
function wallSeconds(args: string[]): number {
  const start = performance.now();
  const command = [process.execPath, ...args].map(quote).join(" ");
  const child = hasScript
    ? spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8", env: { ...process.env, COLUMNS: "100", LINES: "50" } })
    : spawnSync(process.execPath, args, { encoding: "utf8" });
  if (child.status !== 0) throw new Error(`${args.join(" ")} failed: ${child.stdout}${child.stderr}`);
  return (performance.now() - start) / 1000;
}

interface Best {
  wall: number;
  first: number;
  all: number;
}
const best = new Map<string, Best>();
for (let r = 0; r < REPS; r++) {
  for (const [name, args, out] of commands) {
    const wall = wallSeconds(args);
    const timing = out === null ? { wallSeconds: wall, firstAnswerSeconds: wall } : JSON.parse(readFileSync(join(dir, out, "timing.json"), "utf8"));
    const was = best.get(name) ?? { wall: Infinity, first: Infinity, all: Infinity };
    best.set(name, { wall: Math.min(was.wall, wall), first: Math.min(was.first, timing.firstAnswerSeconds), all: Math.min(was.all, timing.wallSeconds) });
  }
}
const s = (name: string) => best.get(name) as Best;
const version = s("velocity --version").wall;
console.log(`time to first answer, best of ${REPS} (shared machine: compare ratios), 2 workers, stdout ${hasScript ? "a pseudo-terminal" : "a pipe (no script(1): first answer = final)"}:`);
console.log(`  ${"".padEnd(34)} ${"first answer".padStart(12)} ${"everything".padStart(11)} ${"process".padStart(8)}  ×--version`);
for (const [name] of commands) {
  const b = s(name);
  console.log(`  ${name.padEnd(34)} ${b.first.toFixed(1).padStart(10)} s ${b.all.toFixed(1).padStart(9)} s ${b.wall.toFixed(1).padStart(6)} s  ×${(b.wall / version).toFixed(0)}`);
}
const goal = (text: string, seconds: number, most: number) => `${text} ${seconds.toFixed(1)} s ≤ ${most} s ${seconds <= most ? "(met)" : "(NOT met)"}`;
const seed = s("npm start (seed-article)");
const grounded = s("grounded, 2,000 runs --no-charts");
console.log(`goals: ${goal("seed-article first answer", seed.first, 3)}, ${goal("everything", seed.all, 8)}; ${goal("grounded first answer", grounded.first, 8)}, ${goal("everything", grounded.all, 30)}`);
for (const [all, none] of [["npm start (seed-article)", "seed-article --levers none"], ["grounded, 2,000 runs --no-charts", "grounded --levers none"]]) {
  const ratio = s(all).all / s(none).all;
  console.log(`  levers cost: ${all} ÷ ${none} = ${ratio.toFixed(2)} ${ratio <= 2 ? "(met: ≤ 2)" : "(NOT met: goal ≤ 2)"}`);
}
rmSync(dir, { recursive: true, force: true });
