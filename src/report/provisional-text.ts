/**
 * The provisional answer a terminal shows while a run is still going: the verdict sentences and
 * the per-company table (each with its interval) of the runs finished so far, under a line that
 * says how many runs they are. The runs are always a prefix of the run order (runs 0 … n − 1 of
 * every point), so the same numbers come back from `--runs n` with the same seed: a provisional
 * answer is reproducible, only incomplete. It is words for a screen only: it never goes into
 * summary.md, report.html or a pipe (the CLI decides where it is shown).
 */
import type { Summary } from "../montecarlo/types.ts";
import { briefCompanyTable } from "./summary-tables.ts";
import { renderTerminal, wrapText } from "./table-model.ts";
import { headlineVerdicts } from "./verdict-text.ts";

/** `2,000`: a run count with thousands separators, the same on every machine. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The line that heads a provisional answer: `provisional: 400 of 2,000 runs`. */
export function provisionalHeading(done: number, total: number): string {
  return `provisional: ${formatCount(done)} of ${formatCount(total)} runs (replaced as runs finish)`;
}

/**
 * The provisional answer of `summary` (the summary of the first `done` runs of each point, of
 * `total`): the heading, the verdict sentences and the per-company table of each point, every line
 * at most `width` characters. Ends with a newline.
 */
export function provisionalText(summary: Summary, done: number, total: number, width: number): string {
  const out = [provisionalHeading(done, total), ...headlineVerdicts(summary).map((line) => wrapText(line, width))];
  for (const point of summary.points) out.push("", renderTerminal({ ...briefCompanyTable(summary, point), footnote: undefined }, width));
  return `${out.join("\n")}\n`;
}
