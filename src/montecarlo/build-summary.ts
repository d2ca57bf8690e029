import type { Scenario, SweepPoint } from "../scenario/index.ts";
import type { RunTable } from "./run-table.ts";
import { summarisePoint } from "./summarise.ts";
import type { Summary } from "./types.ts";

/** The summary of a whole Monte Carlo run: one point summary per sweep point, in sweep order. */
export function buildSummary(scenario: Scenario, points: readonly SweepPoint[], tables: readonly RunTable[], version: string): Summary {
  const swept = points.length > 1;
  return {
    scenario: scenario.name,
    description: scenario.description,
    seed: scenario.seed,
    runs: tables[0]?.runs ?? 0,
    version,
    horizonWeeks: scenario.horizon / 168,
    targetUsd: scenario.target,
    milestonesUsd: [...scenario.milestones],
    sweepAxes: Object.keys(points[0]?.params ?? {}),
    points: points.map((point, i) =>
      summarisePoint(tables[i], {
        index: point.index,
        label: point.label,
        params: { ...point.params },
        horizon: point.scenario.horizon,
        base: swept ? tables[0] : undefined,
      }),
    ),
  };
}

/**
 * True when every company's 95% interval of the median weeks to target is narrower than `weeks`
 * at every point. A company whose median is beyond the horizon with 95% confidence (even the
 * band's edge never reaches half the runs) has nothing left to narrow and is not waited for.
 */
export function precisionMet(summary: Summary, weeks: number): boolean {
  return summary.points.every((p) =>
    p.companies.every((c) => {
      const { medianLow, medianHigh } = c.weeksToTarget;
      if (medianLow === null) return true;
      return medianHigh !== null && medianHigh - medianLow < weeks;
    }),
  );
}
