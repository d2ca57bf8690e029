import type { Summary } from "../montecarlo/index.ts";
// Not the report index: it loads vega, which the terminal table does not need.
import { briefCompanyTable, comparisonsTable, findings, leversTable } from "../report/summary-tables.ts";
import { assumptionLines } from "../report/assumptions-text.ts";
import { renderTerminal } from "../report/table-model.ts";
import { headlineVerdicts } from "../report/verdict-text.ts";

/**
 * The terminal summary of a run: the verdict in words first and what the scenario assumes right
 * after it, then per sweep point the companies, their paired comparisons and what each lever
 * saves (the same tables as summary.md, fewer columns), then the findings in words.
 */
export function summaryTable(summary: Summary): string {
  const out: string[] = [...headlineVerdicts(summary)];
  // What the verdict rests on, short (the sources are in summary.md and the report).
  const assumed = assumptionLines(summary, false);
  if (assumed.length) out.push("", ...assumed);
  for (const point of summary.points) {
    for (const table of [briefCompanyTable(summary, point), comparisonsTable(summary, point), leversTable(summary, point)]) {
      if (table) out.push("", renderTerminal({ ...table, footnote: undefined }));
    }
  }
  const said = findings(summary);
  if (said.length) out.push("", ...said);
  return `${out.join("\n").trimStart()}\n`;
}
