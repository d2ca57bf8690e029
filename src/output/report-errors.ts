/** Errors of the report builder; user-facing messages live here. */

/** An output folder that cannot be reported on (missing or unreadable results). The CLI prints the message and exits 2. */
export class ReportError extends Error {
  /** Marks the error as fixable by the user: the CLI prints only the message. */
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "ReportError";
  }
}

/** `output/x: no summary.json (write one with velocity run <scenario> --out output/x)` */
export function missingResultMessage(dir: string, file: string): string {
  return `${dir}: no ${file} (write the results first with: velocity run <scenario> --out ${dir})`;
}

/** A results file that is not the JSON `velocity run` writes. */
export function badResultMessage(path: string, problem: string): string {
  return `${path}: expected the JSON velocity run writes, got ${problem} (re-run velocity run to rewrite it)`;
}

/** A chart file name whose extension says no format we write. */
export function badChartFileMessage(file: string): string {
  return `--chart: expected a file name ending in .svg, .png or .json, got ${JSON.stringify(file)}`;
}
