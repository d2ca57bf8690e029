/** The domain model: one replication of the race to revenue. */
export { simulate, RunawayRunError, MAX_EVENTS_PER_RUN, type SimulateOptions } from "./simulate.ts";
export { WorkCalendar } from "./calendar.ts";
export { takeoffProbability } from "./takeoff.ts";
export { bassClosedForm } from "./bass.ts";
export { emptyBreakdown, breakdownTotal } from "./breakdown.ts";
export { formatHours, formatTokens, formatUsd } from "./format.ts";
export {
  BREAKDOWN_CATEGORIES,
  type Breakdown,
  type BreakdownCategory,
  type CompanyRun,
  type RunResult,
  type TokenCounts,
  type TraceEvent,
  type TraceEventKind,
} from "./types.ts";
