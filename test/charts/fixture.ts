/** The fixed small results the chart and report tests are built from (test/fixtures). */
import { readFileSync } from "node:fs";
import type { TraceEvent } from "../../src/model/types.ts";
import type { Summary } from "../../src/montecarlo/types.ts";

const fixtures = new URL("../fixtures/", import.meta.url);

/** A fresh copy of the summary fixture: companies A and B, B's tokens/s swept over 65, 200, 1000. */
export function summaryFixture(): Summary {
  return JSON.parse(readFileSync(new URL("summary/summary.json", fixtures), "utf8")) as Summary;
}

/** A fresh copy of the hand-made trace: two releases each, B takes off at v2 and passes $1M and $10M. */
export function traceFixture(): TraceEvent[] {
  return JSON.parse(readFileSync(new URL("trace/trace.json", fixtures), "utf8")) as TraceEvent[];
}

/** A summary without a sweep: only the last point of the fixture, as a plain run would give. */
export function unsweptFixture(): Summary {
  const s = summaryFixture();
  const point = { ...s.points[2], index: 0, label: "base", params: {} };
  point.companies = point.companies.map((c) => ({ ...c, speedPremium: null }));
  point.comparisons = point.comparisons.filter((c) => !c.against.includes(" @ "));
  return { ...s, sweepAxes: [], baseline: "base", points: [point] };
}
