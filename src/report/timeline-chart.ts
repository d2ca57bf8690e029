/** The timeline of one run as a chart, built from a trace and a scenario's names. */
import type { TopLevelSpec } from "vega-lite";
import { timelineSpec, type DeckSize } from "../charts/index.ts";
import type { TraceEvent } from "../model/types.ts";
import { HOURS_PER_WEEK } from "../format/index.ts";

/** What a timeline is labelled with: the scenario's name, companies and horizon, and the run. */
export interface TimelineContext {
  scenario: string;
  /** Company names in scenario order (fixes their colours, same as in the summary charts). */
  companies: readonly string[];
  /** Horizon, hours. */
  horizonHours: number;
  seed: number;
  run: number;
  version?: string;
  size?: DeckSize;
}

/**
 * The timeline spec of one run, captioned with scenario, run and seed.
 * @returns the spec, or null for an empty trace.
 */
export function timelineChart(trace: readonly TraceEvent[], context: TimelineContext): TopLevelSpec | null {
  const version = context.version === undefined ? "" : ` · velocity-sim ${context.version}`;
  return timelineSpec(trace, {
    companies: [...context.companies],
    horizonWeeks: context.horizonHours / HOURS_PER_WEEK,
    caption: [`${context.scenario} · run ${context.run} · seed ${context.seed}${version} · the scenario as written, before any sweep`],
    size: context.size,
  });
}
