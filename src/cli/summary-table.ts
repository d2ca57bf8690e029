import type { Summary } from "../montecarlo/index.ts";
import { briefCompanyTable, comparisonsTable, findings, leversTable, renderTerminal } from "../report/index.ts";

/**
 * The terminal summary of a run: per sweep point the companies, their paired comparisons and what
 * each lever saves (the same tables as summary.md, fewer columns), then the findings in words.
 */
export function summaryTable(summary: Summary): string {
  const out: string[] = [];
  for (const point of summary.points) {
    for (const table of [briefCompanyTable(summary, point), comparisonsTable(summary, point), leversTable(summary, point)]) {
      if (table) out.push("", renderTerminal({ ...table, footnote: undefined }));
    }
  }
  const said = findings(summary);
  if (said.length) out.push("", ...said);
  return `${out.join("\n").trimStart()}\n`;
}
