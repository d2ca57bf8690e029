/** Chart 6: where the weeks go — stacked bars of the time to v1 and to takeoff by category. */
import type { TopLevelSpec } from "vega-lite";
// The contract module, not model/index.ts: charts depend on result types only, never on the simulator.
import { BREAKDOWN_CATEGORIES, type BreakdownCategory } from "../model/types.ts";
import type { Summary } from "../montecarlo/types.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { deckFrame } from "./theme.ts";

const HOURS_PER_WEEK = 168;

/** Legend names of the categories. */
export const CATEGORY_LABELS: Record<BreakdownCategory, string> = {
  agentGeneration: "agent generating",
  prefill: "prefill (reading context)",
  timeToFirstToken: "time to first token",
  toolTime: "tools and CI",
  rateLimitWait: "rate-limit waits",
  waitingForAgent: "waiting for an agent session",
  waitingOnModel: "engineer waiting on the model",
  steering: "steering (prompt and read)",
  refocus: "refocus after a long call",
  waitingForEngineer: "waiting for an engineer",
  waitingForReviewer: "waiting for a reviewer",
  offHours: "off hours",
  review: "review",
  rework: "rework",
  planning: "planning",
  releaseWork: "release work",
  waitingForFeedback: "waiting for feedback",
};

// Agent work in blues and greens, human work in warm colours, idle time in greys; one colour each.
const CATEGORY_COLORS: Record<BreakdownCategory, string> = {
  agentGeneration: "#0072B2",
  prefill: "#3B8FC4",
  timeToFirstToken: "#56B4E9",
  toolTime: "#009E73",
  rateLimitWait: "#5E5E9E",
  waitingForAgent: "#9AD3C0",
  waitingOnModel: "#F0E442",
  steering: "#B8860B",
  refocus: "#E8A0A0",
  waitingForEngineer: "#FFD9A0",
  waitingForReviewer: "#F5C86E",
  offHours: "#C8C8C8",
  review: "#E69F00",
  rework: "#D55E00",
  planning: "#CC79A7",
  releaseWork: "#6A3D9A",
  waitingForFeedback: "#7F7F7F",
};

/**
 * Stacked horizontal bars, one per company and span (to v1, to takeoff), of mean weeks per
 * category at one sweep point, stacked in `BREAKDOWN_CATEGORIES` order. Hours are shown as weeks
 * (168 h), so off hours and weekends count, as they do on a calendar.
 * @returns the spec, or null when no company has a breakdown.
 * @throws RangeError for a bad `options.point`.
 */
export function breakdownSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const { point, frame } = pointContext(summary, options);
  const rowsOrder: string[] = [];
  const values = point.companies.flatMap((c) =>
    (
      [
        ["to v1", c.breakdownToV1],
        ["to takeoff", c.breakdownToTakeoff],
      ] as const
    ).flatMap(([span, breakdown]) => {
      if (breakdown === null) return [];
      const row = `${c.name} ${span}`;
      rowsOrder.push(row);
      return BREAKDOWN_CATEGORIES.map((category, order) => ({ row, category: CATEGORY_LABELS[category], order, weeks: breakdown[category] / HOURS_PER_WEEK }));
    }),
  );
  if (values.length === 0) return null;
  frame.caption = [...frame.caption, "mean over runs that reached v1 / took off; calendar weeks"];
  return {
    ...deckFrame(frame, "Where the weeks go: time to v1 and to takeoff"),
    data: { values },
    mark: { type: "bar" },
    encoding: {
      y: { field: "row", type: "nominal", title: null, sort: rowsOrder },
      // Whole-week ticks: half-week ticks got labels like "2.0" with every other one dropped.
      x: { field: "weeks", type: "quantitative", title: "weeks (mean)", stack: "zero", axis: { format: "~f", tickMinStep: 1 } },
      color: {
        field: "category",
        type: "nominal",
        title: null,
        scale: { domain: BREAKDOWN_CATEGORIES.map((c) => CATEGORY_LABELS[c]), range: BREAKDOWN_CATEGORIES.map((c) => CATEGORY_COLORS[c]) },
        legend: { orient: "right", direction: "vertical" },
      },
      order: { field: "order", type: "quantitative" },
    },
  };
}
