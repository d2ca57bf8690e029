/**
 * The line that says which companies a `--set` or `--vary` reached. A company that extends another
 * inherits the values it does not write, so a change to company A also changes the companies that
 * extend it: the run says so, rather than leaving a one-at-a-time study to find out from runs.csv.
 */

/** One change given on the command line and the companies it reached (the named company first). */
export interface ChangeReach {
  flag: "--set" | "--vary";
  path: string;
  companies: readonly string[];
}

/** `--vary companies[A].agent.sessions reached A and B (B extends A without writing it)`. */
export function reachLine(change: ChangeReach): string {
  const [own, ...heirs] = change.companies;
  const head = `${change.flag} ${change.path}`;
  if (heirs.length === 0) return `${head} reached ${own} only`;
  const list = (names: readonly string[]) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`);
  const verb = heirs.length === 1 ? "extends" : "extend";
  return `${head} reached ${list(change.companies)} (${list(heirs)} ${verb} ${own} without writing it)`;
}
