/** The report's summary tables: one per sweep point, one row per company. */
import { formatUsdShort, formatWeeks, labelAxes, pointLabel } from "../charts/index.ts";
import type { CompanySummary, Quantiles, ShareInterval, Summary } from "../montecarlo/types.ts";
import { escapeHtml } from "./html-escape.ts";

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

function share(s: ShareInterval): string {
  return `${percent(s.share)} <span class="ci">(${percent(s.low)}–${percent(s.high)})</span>`;
}

function usd(q: Quantiles): string {
  return q.p50 === null ? "—" : formatUsdShort(q.p50);
}

function weeksRange(c: CompanySummary): string {
  const w = c.weeksToTarget;
  const median = formatWeeks(w.p50);
  const ci = w.medianLow === null || w.medianHigh === null ? "" : ` <span class="ci">(${formatWeeks(w.medianLow)}–${formatWeeks(w.medianHigh)})</span>`;
  return `${median}${ci}`;
}

function premium(c: CompanySummary): string {
  const p = c.speedPremium;
  if (p === null || p.returnPerDollar === null) return "—";
  return `${p.returnPerDollar.toFixed(1)}× <span class="ci">(${formatUsdShort(p.extraRevenueUsd)} on ${formatUsdShort(p.extraTokenSpendUsd)})</span>`;
}

/** Column headings and cell builders, in display order. */
const COLUMNS: [string, (c: CompanySummary, s: Summary) => string][] = [
  ["company", (c) => escapeHtml(c.name)],
  ["reached target by horizon", (c) => share(c.reachedTarget)],
  ["median weeks to target (95% CI)", (c) => weeksRange(c)],
  ["weeks to target p10 / p90", (c, s) => `${formatWeeks(c.weeksToTarget.p10)} / ${c.weeksToTarget.p90 === null ? `>${s.horizonWeeks}` : formatWeeks(c.weeksToTarget.p90)}`],
  ["median weeks to v1", (c) => formatWeeks(c.weeksToV1.p50)],
  ["median weeks to takeoff", (c) => formatWeeks(c.weeksToTakeoff.p50)],
  ["first to target", (c) => share(c.firstToTarget)],
  ["token spend (median)", (c) => usd(c.tokenSpendUsd)],
  ["net value to horizon, discounted (median)", (c) => usd(c.netValueUsd)],
  ["ARR at horizon (median)", (c) => usd(c.arrAtHorizonUsd)],
  ["speed premium (revenue per extra token $)", (c) => premium(c)],
];

/** HTML for the summary tables of every sweep point (a heading per point when there is a sweep). */
export function summaryTablesHtml(summary: Summary): string {
  const head = `<tr>${COLUMNS.map(([h]) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr>`;
  return summary.points
    .map((point) => {
      const rows = point.companies.map((c) => `<tr>${COLUMNS.map(([, cell]) => `<td>${cell(c, summary)}</td>`).join("")}</tr>`).join("\n");
      const heading = summary.points.length > 1 ? `<h3>${escapeHtml(pointLabel(point, labelAxes(summary)))}</h3>\n` : "";
      return `${heading}<table>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    })
    .join("\n");
}
