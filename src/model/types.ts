/**
 * What one replication of the model returns. Times are hours from the start of the simulation
 * (Monday 00:00); `null` means the event did not happen before the horizon (censored).
 */
import type { BillCounts } from "./bill.ts";

/** Where a company's hours went, in the order the time-breakdown chart stacks them. */
export const BREAKDOWN_CATEGORIES = [
  "agentGeneration",
  "prefill",
  "timeToFirstToken",
  "toolTime",
  "rateLimitWait",
  "waitingForAgent",
  "waitingOnModel",
  "steering",
  "refocus",
  "waitingForEngineer",
  "waitingForReviewer",
  "offHours",
  "review",
  "rework",
  "planning",
  "releaseWork",
  "waitingForFeedback",
] as const;

/** One category of the time breakdown. */
export type BreakdownCategory = (typeof BREAKDOWN_CATEGORIES)[number];

/** Hours per category; the categories sum to the span they break down. */
export type Breakdown = Record<BreakdownCategory, number>;

/** Tokens used, by billing class. */
export interface TokenCounts {
  input: number;
  cachedInput: number;
  output: number;
}

/** One company's outcome in one replication. */
export interface CompanyRun {
  name: string;
  /** When v1 shipped, hours. */
  v1: number | null;
  /** When each release shipped (v1 first), hours. */
  releases: number[];
  /** When the company took off (the release that did shipped), hours. */
  takeoff: number | null;
  /** Which release took off (1 = v1). */
  takeoffRelease: number | null;
  /** When ARR first crossed each of `scenario.milestones`, hours, same order. */
  milestones: (number | null)[];
  /** When ARR first crossed `scenario.target`, hours. */
  target: number | null;
  /** Whether this run's idea could take off at all (drawn with probability `takeoff.fitChance`). */
  fit: boolean;
  /** Learning from feedback that arrived before the horizon, bits (see takeoff.ts). */
  learnings: number;
  tokens: TokenCounts;
  /** Token spend to the horizon, USD. */
  tokenSpend: number;
  /**
   * Token spend billed per token (not per session-hour) to the horizon, discounted as `netValue`
   * is, USD.
   */
  tokenBillDiscounted: number;
  /** Team spend to the horizon, USD. */
  teamSpend: number;
  /** Token spend until the target was reached, USD (null if it was not). */
  tokenSpendToTarget: number | null;
  /** Team spend until the target was reached, USD (null if it was not). */
  teamSpendToTarget: number | null;
  /** Revenue earned to the horizon (ARR integrated over time / one year of 365.25 days), USD. */
  revenue: number;
  /**
   * Net value to the horizon, USD: revenue − token spend − team spend, each dollar discounted to
   * the start at `economics.discountRate` per year.
   */
  netValue: number;
  /** ARR at the end of each week: index w is week w (index 0 = start). Length horizonWeeks + 1. */
  arrWeekly: number[];
  /** ARR at the horizon, USD. */
  arrAtHorizon: number;
  /**
   * The quantities of the first offering's bill (bill.ts): tokens at each price and session-hours,
   * plain, discounted, and at the target. With `billsSwitched` false they are the whole bill, and
   * the spend and net value above follow from them and the prices (`velocity reprice`). This and
   * the three fields below are set by every simulated run; a hand-made run may leave them out.
   */
  bill?: BillCounts;
  /** Whether the company switched offering mid-run (a response), opening a second bill. */
  billsSwitched?: boolean;
  /** Revenue to the horizon, each dollar discounted to hour 0, USD (a part of `netValue`). */
  revenueDiscounted?: number;
  /** Team spend to the horizon, each dollar discounted to hour 0, USD (a part of `netValue`). */
  teamSpendDiscounted?: number;
  /** Time from start to v1, broken down (null if v1 was not shipped). */
  breakdownToV1: Breakdown | null;
  /** Time from start to takeoff, broken down (null if no takeoff). */
  breakdownToTakeoff: Breakdown | null;
  /** The per-run inputs drawn from distributions, keyed by parameter path (for sensitivity). */
  inputs: Record<string, number>;
}

/** Kinds of event a trace records. */
export type TraceEventKind =
  | "planStart"
  | "taskStart"
  | "taskRejected"
  | "taskAccepted"
  | "releaseStart"
  | "released"
  | "feedback"
  | "takeoff"
  | "milestone"
  | "response";

/** One line of a replication's event log. */
export interface TraceEvent {
  /** Hours since the start. */
  time: number;
  company: string;
  event: TraceEventKind;
  /** Release number the event belongs to (1 = v1), 0 for market events. */
  release: number;
  /** Task number within its release (1-based), for task events. */
  task?: number;
  /** Readable details, e.g. `"42k output tokens"` or `"ARR $10M"`. */
  detail: string;
}

/** One replication's outcome: one entry per company, in scenario order. */
export interface RunResult {
  /** Replication index (0-based). */
  run: number;
  companies: CompanyRun[];
  /** The event log, present when the run was asked to trace. */
  trace?: TraceEvent[];
}
