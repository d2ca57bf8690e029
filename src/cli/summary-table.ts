import type { Summary } from "../montecarlo/index.ts";
import { formatWeeks as weeks } from "../charts/index.ts";
import { formatUsd } from "../model/index.ts";

const percent = (x: number) => `${Math.round(100 * x)}%`;
const usd = (x: number | null) => (x === null ? "—" : formatUsd(x));

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ")).join("\n");
}

/** The terminal summary of a run: one small table per sweep point. */
export function summaryTable(summary: Summary): string {
  const out: string[] = [];
  for (const point of summary.points) {
    if (summary.points.length > 1) out.push(`\n${point.label}`);
    const rows = [["company", "v1 wk", "takeoff wk", `${usd(summary.targetUsd)} ARR wk (95% CI)`, "reached", "first", "tokens $", "net value $"]];
    for (const c of point.companies) {
      const t = c.weeksToTarget;
      rows.push([
        c.name,
        weeks(c.weeksToV1.p50),
        weeks(c.weeksToTakeoff.p50),
        `${weeks(t.p50)} (${weeks(t.medianLow)}–${weeks(t.medianHigh)})`,
        percent(c.reachedTarget.share),
        percent(c.firstToTarget.share),
        usd(c.tokenSpendUsd.p50),
        usd(c.netValueUsd.p50),
      ]);
    }
    out.push(table(rows));
  }
  return `${out.join("\n").trimStart()}\n`;
}
