/** The terminal's words for a run: the same tables as summary.md, fewer columns, at most 100 columns wide. */
import type { Summary } from "../montecarlo/index.ts";
import { briefCompanyTable, comparisonsTable, findings, leversTable } from "./summary-tables.ts";
import { assumptionLines } from "./assumptions-text.ts";
import { renderTerminal, wrapText } from "./table-model.ts";
import { headlineVerdicts } from "./verdict-text.ts";

/** Columns the terminal summary fits in: the usual narrowest terminal (a wider one gets no wider table, so logs read the same). */
export const TERMINAL_WIDTH = 100;

/**
 * The terminal summary of a run, in the order of summary.md and report.html: the verdict in words
 * first and what the scenario assumes right after it, the findings in words, then per sweep point
 * the companies, their paired comparisons and what each lever saves (the same tables as
 * summary.md, fewer columns); every line at most {@link TERMINAL_WIDTH} characters.
 */
export function summaryTable(summary: Summary): string {
  const wrap = (line: string) => wrapText(line, TERMINAL_WIDTH);
  const out: string[] = headlineVerdicts(summary).map(wrap);
  // What the verdict rests on, short (the sources are in summary.md and the report).
  const assumed = assumptionLines(summary, false).map(wrap);
  if (assumed.length) out.push("", ...assumed);
  // The findings before the tables, as in summary.md and report.html.
  const said = findings(summary);
  if (said.length) out.push("", ...said.map(wrap));
  for (const point of summary.points) {
    for (const table of [briefCompanyTable(summary, point), comparisonsTable(summary, point), leversTable(summary, point)]) {
      if (table) out.push("", renderTerminal({ ...table, footnote: undefined }, TERMINAL_WIDTH));
    }
  }
  return `${out.join("\n").trimStart()}\n`;
}
