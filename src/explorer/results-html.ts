/**
 * The explorer's words for a result, as HTML, in the order of the terminal, summary.md and
 * report.html: the verdict, what the scenario assumes, the findings, then the tables (the best
 * option of a sweep, the verdict's table, what is worth checking first, the companies and their
 * paired comparisons: a subset of report.html's tables, in report.html's order). Pure, so the order
 * is tested in Node against the other three outputs; the page only inserts it.
 */
import type { Summary } from "../montecarlo/portable.ts";
import { decisionTable } from "../report/decision-text.ts";
import { assumptionsHtml, findingsHtml, verdictHtml } from "../report/sections-html.ts";
import { briefCompanyTable, comparisonsTable } from "../report/summary-tables.ts";
import { renderHtml, type Table } from "../report/table-model.ts";
import { valueOfInformationTable, verdictTable } from "../report/verdict-text.ts";

const html = (t: Table | null): string => (t === null ? "" : renderHtml(t));

/**
 * The result of the shown sweep point (the last) as HTML: every text escaped by the report layer.
 * The companies' table sits in `div.companies`, the paired comparisons in `div.paired`.
 */
export function resultsHtml(summary: Summary): string {
  const point = summary.points[summary.points.length - 1];
  if (point === undefined) return "";
  return [
    `<div class="verdict">\n${verdictHtml(summary)}</div>`,
    assumptionsHtml(summary),
    findingsHtml(summary),
    html(decisionTable(summary)),
    html(verdictTable(summary, point)),
    html(valueOfInformationTable(summary, point)),
    `<div class="companies">${html(briefCompanyTable(summary, point))}</div>`,
    `<div class="paired">${html(comparisonsTable(summary, point))}</div>`,
  ]
    .filter((part) => part !== "")
    .join("\n");
}
