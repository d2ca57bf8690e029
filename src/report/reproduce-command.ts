/** The command line that reproduces a run, shell-quoted (no Node imports: the browser explorer shows it too). */
import { DEFAULT_LEVER_RUNS, LEVER_IDS } from "../montecarlo/levers.ts";

/** `arg` as one shell word: bare when safe, else single-quoted (`$` too, which a shell would expand: `target=$20M`). */
export function quote(arg: string): string {
  return /^[\w./:=,@%+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

/** Which levers a run re-simulates and which point it compares against. */
export interface LeverSettings {
  levers: string[];
  leverRuns: number;
  baseline?: string;
}

/** The command line that reproduces an output folder exactly (a precision run becomes its final run count). */
export function reproduceCommand(file: string, runs: number, seed: number, set: readonly string[], vary: readonly string[], answers: LeverSettings = { levers: [...LEVER_IDS], leverRuns: DEFAULT_LEVER_RUNS }): string {
  const parts = ["velocity", "run", file, "--runs", String(runs), "--seed", String(seed)];
  for (const s of set) parts.push("--set", s);
  for (const v of vary) parts.push("--vary", v);
  if (answers.levers.join(",") !== LEVER_IDS.join(",")) parts.push("--levers", answers.levers.length ? answers.levers.join(",") : "none");
  if (answers.levers.length && answers.leverRuns !== DEFAULT_LEVER_RUNS) parts.push("--lever-runs", String(answers.leverRuns));
  if (answers.baseline !== undefined) parts.push("--baseline", answers.baseline);
  return parts.map(quote).join(" ");
}
