/** The command line that reproduces a run, shell-quoted (no Node imports: the browser explorer shows it too). */

/** `arg` as one shell word: bare when safe, else single-quoted (`$` too, which a shell would expand: `target=$20M`). */
export function quote(arg: string): string {
  return /^[\w./:=,@%+-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}

/** The command line that reproduces an output folder exactly (a precision run becomes its final run count). */
export function reproduceCommand(file: string, runs: number, seed: number, set: readonly string[], vary: readonly string[]): string {
  const parts = ["velocity", "run", file, "--runs", String(runs), "--seed", String(seed)];
  for (const s of set) parts.push("--set", s);
  for (const v of vary) parts.push("--vary", v);
  return parts.map(quote).join(" ");
}

