/** The domain model: one replication of the race to revenue. */
export type { Sampler, DrawKind, Quantity, PriceBasis, Calendar, Offering, PriceRange, CompanyParams, MarketParams, EconomicsParams, ModelScenario } from "./params.ts";
export { simulate, RunawayRunError, MAX_EVENTS_PER_RUN, type SimulateOptions } from "./simulate.ts";
export { WorkCalendar } from "./calendar.ts";
export { FitSearch, learningFromEvidence } from "./takeoff.ts";
export { attractiveness } from "./market.ts";
export { HOURS_PER_DAY, HOURS_PER_WEEK, HOURS_PER_MONTH, HOURS_PER_YEAR, WEEKS_PER_YEAR, DAYS_PER_MONTH } from "../format/index.ts";
export { bassClosedForm } from "./bass.ts";
export { PRICE_SLOTS, SESSION_SLOT, pricesOf, spendFromBills, netValueOf, type BillCounts, type PriceSlot, type Prices, type Spend } from "./bill.ts";
export { emptyBreakdown, breakdownTotal } from "./breakdown.ts";
export { formatBits, formatHours, formatTokens, formatUsd } from "./format.ts";
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
