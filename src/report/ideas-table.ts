/**
 * Fit exists vs who finds it first, in words and as a table: rivals on one idea share whether it has
 * fit, so "B first in 90% of runs" splits into "the idea has fit in X%" and "where it has, B is
 * first in Y%" (see src/montecarlo/ideas.ts).
 */
import { pointLabel } from "../charts/labels.ts";
import { formatRange, formatShare, formatUsd } from "../format/index.ts";
import type { IdeaSummary, PointSummary, Summary } from "../montecarlo/types.ts";
import { cell, type Table } from "./table-model.ts";

/** How an idea is named: its `takeoff.idea`, or "the idea" for the market's one. */
function ideaName(idea: IdeaSummary): string {
  return idea.idea === "" ? "the idea" : `idea "${idea.idea}"`;
}

/** `B 97%, A 2%, none 1%`: who got there first over the runs with fit, most often first. */
function firsts(idea: IdeaSummary, shares: IdeaSummary["firstToTarget"], none: IdeaSummary["noTarget"]): string {
  if (idea.runsWithFit === 0) return "no run with fit";
  const named = idea.companies.map((name, i) => ({ name, share: shares[i].share })).sort((a, b) => b.share - a.share);
  return [...named.map((n) => `${n.name} ${formatShare(n.share)}`), `none ${formatShare(none.share)}`].join(", ");
}

/** Ideas at a point that more than one company pursues (only there is "who first" a question). */
function contested(point: PointSummary): IdeaSummary[] {
  return (point.ideas ?? []).filter((i) => i.companies.length > 1);
}

/** The table of a point's ideas pursued by rivals; null when no idea has two companies. */
export function ideasTable(summary: Summary, point: PointSummary): Table | null {
  const ideas = contested(point);
  if (ideas.length === 0) return null;
  const at = summary.points.length > 1 ? ` — ${pointLabel(point)}` : "";
  return {
    title: `Fit exists vs who finds it first${at}`,
    headings: ["idea", "companies", "idea has fit (95% CI)", "runs with fit", "first to take off, of runs with fit", `first to ${formatUsd(summary.targetUsd)}, of runs with fit`],
    nameColumns: 2,
    rows: ideas.map((i) => [
      cell(ideaName(i)),
      cell(i.companies.join(", ")),
      cell(formatShare(i.hadFit.share), formatRange(formatShare(i.hadFit.low), formatShare(i.hadFit.high))),
      cell(String(i.runsWithFit)),
      cell(firsts(i, i.firstToTakeoff, i.noTakeoff)),
      cell(firsts(i, i.firstToTarget, i.noTarget)),
    ]),
    footnote: "Rivals on one idea share whether it has fit (one draw per run); where it has, each searches for it on its own. A tie credits no one; none = no one got there by the horizon.",
  };
}

/**
 * One sentence per contested idea at the first point: "The idea has fit in 90% of runs; where it
 * has, B reaches $10M first in 99% of them (A 0%, none 1%)."
 */
export function ideaFindings(summary: Summary): string[] {
  const point = summary.points[0];
  if (point === undefined) return [];
  const at = summary.points.length > 1 ? `At ${pointLabel(point)}: ` : "";
  return contested(point).flatMap((i) => {
    const fit = `${ideaName(i).replace(/^t/, "T")} has fit in ${formatShare(i.hadFit.share)} of runs (${i.companies.join(", ")} share it)`;
    if (i.runsWithFit === 0) return [`${at}${fit}.`];
    // No company got there in any run with fit: say so, not "A reaches $10M first in 0% of them".
    if (i.firstToTarget.every((x) => x.share === 0) && i.noTarget.share === 1) return [`${at}${fit}; where it has, no run got to ${formatUsd(summary.targetUsd)} by week ${summary.horizonWeeks.toFixed(0)}.`];
    const order = i.companies.map((name, k) => ({ name, share: i.firstToTarget[k].share })).sort((a, b) => b.share - a.share);
    const rest = [...order.slice(1).map((o) => `${o.name} ${formatShare(o.share)}`), `none ${formatShare(i.noTarget.share)}`].join(", ");
    return [`${at}${fit}; where it has, ${order[0].name} reaches ${formatUsd(summary.targetUsd)} first in ${formatShare(order[0].share)} of them (${rest}).`];
  });
}
