/**
 * Pairs of `velocity run` / `sweep` flags where one would silently cancel the other: a shard runs
 * exactly its slice (no precision rounds, no summary, no charts), `--no-charts` draws nothing to
 * size or title, `--quiet` prints nothing, `--levers none` re-runs nothing. Each is refused before
 * any run, naming both flags and what to do instead.
 */

/** Two flags that cannot go together. */
export class ConflictingFlagsError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "ConflictingFlagsError";
  }
}

/** The run flags the check reads (as commander parses them). */
export interface RunFlagSet {
  shard?: string;
  precision?: number;
  json?: boolean;
  quiet?: boolean;
  progress?: boolean;
  charts: boolean;
  size?: string;
  title?: Record<string, string>;
  caption?: Record<string, string>;
  company?: string;
  levers?: string[];
  leverRuns?: number;
}

/** The chart flags a folder without charts (a shard, `--no-charts`) would ignore, as written. */
function chartFlags(flags: RunFlagSet): string[] {
  return [
    ...(flags.size === undefined ? [] : ["--size"]),
    ...(flags.title === undefined ? [] : ["--title"]),
    ...(flags.caption === undefined ? [] : ["--caption"]),
    ...(flags.company === undefined ? [] : ["--company"]),
  ];
}

/**
 * The first pair of flags that would cancel each other, as a one-line message; null when none.
 * `--json --progress` is not such a pair: the JSON goes to stdout, the progress to stderr.
 */
export function conflictingRunFlags(flags: RunFlagSet): string | null {
  if (flags.shard !== undefined) {
    const shard = `--shard ${flags.shard}`;
    if (flags.precision !== undefined) return `--precision cannot go with ${shard}: a shard runs exactly its slice of --runs, so no shard can tell when the merged medians are precise enough (run without --shard, or raise --runs)`;
    if (flags.json) return `--json cannot go with ${shard}: a shard writes rows, not a summary (velocity merge the shards, then read summary.json)`;
    const [chart] = chartFlags(flags);
    if (chart !== undefined) return `${chart} cannot go with ${shard}: a shard draws no charts (give ${chart} to velocity merge or velocity report)`;
  }
  if (!flags.charts) {
    const [chart] = chartFlags(flags);
    if (chart !== undefined) return `${chart} cannot go with --no-charts: there is no chart to apply it to (drop one of them)`;
  }
  if (flags.quiet && flags.json) return "--quiet cannot go with --json: --quiet prints nothing, --json prints the summary (drop one of them)";
  if (flags.quiet && flags.progress) return "--quiet cannot go with --progress: --quiet prints nothing, --progress prints progress (drop one of them)";
  if (flags.levers?.length === 0 && flags.leverRuns !== undefined) return "--levers none cannot go with --lever-runs: no lever is re-run (drop --lever-runs, or name the levers)";
  return null;
}

/** @throws ConflictingFlagsError for the first pair that would cancel each other */
export function checkRunFlags(flags: RunFlagSet): void {
  const message = conflictingRunFlags(flags);
  if (message !== null) throw new ConflictingFlagsError(message);
}
