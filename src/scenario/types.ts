/**
 * The typed scenario the model runs on: what `loadScenario` returns after YAML, overlays, units,
 * distributions and validation. All values are in model units: hours, USD, tokens, probabilities.
 */
import type { Rng } from "../random/index.ts";

/** Draws one value from a seeded stream. */
export type Sampler = (rng: Rng) => number;

/** Whether a field is drawn once per replication (the world is uncertain) or at each use (things vary). */
export type DrawKind = "perRun" | "perOccurrence";

/** A value that may be uncertain: a constant or a distribution, already converted to model units. */
export interface Quantity {
  /** Draws a value. For a constant it returns the constant without consuming randomness. */
  readonly sample: Sampler;
  /** The value when the field is a plain number; `undefined` when it is a distribution. */
  readonly constant: number | undefined;
  /** The value as the user wrote it (`"5 to 20"`, `"$25"`, `"6 weeks"`), for reports. */
  readonly text: string;
  /** The distribution's mean in model units (the constant itself for a constant). */
  readonly mean: number;
}

/** Humans' working calendar. Agents run around the clock. */
export interface Calendar {
  /** Working days, 0 = Sunday … 6 = Saturday. Simulation hour 0 is Monday 00:00. */
  readonly workdays: readonly number[];
  /** Start of the working day, hours after midnight (e.g. 9). */
  readonly startHour: number;
  /** End of the working day, hours after midnight (e.g. 17). */
  readonly endHour: number;
}

/** One company's assumptions. Comments give the unit and how often each value is drawn. */
export interface CompanyParams {
  readonly name: string;
  readonly agent: {
    /** Output tokens per second of one agent session (per run). */
    readonly tokensPerSecond: Quantity;
    /** Time to first token of each model call, hours (per run). */
    readonly timeToFirstToken: Quantity;
    /** Agent sessions that can run at once (integer). */
    readonly sessions: number;
    /** USD per million input tokens. */
    readonly pricePerMInput: number;
    /** USD per million cached input tokens. */
    readonly pricePerMCachedInput: number;
    /** USD per million output tokens. */
    readonly pricePerMOutput: number;
  };
  readonly team: {
    /** Engineers who plan and review (integer; the reviewer pool's capacity). */
    readonly engineers: number;
    /** USD per engineer per week. */
    readonly costPerEngineerWeek: number;
    readonly calendar: Calendar;
  };
  readonly task: {
    /** Output tokens generated for one task (per occurrence). */
    readonly outputTokens: Quantity;
    /** Input tokens read for one task, all model calls together (per occurrence). */
    readonly inputTokens: Quantity;
    /** Share of input tokens billed at the cached price, 0..1 (per run). */
    readonly cachedInputShare: Quantity;
    /** Model calls per task, each paying time to first token (per occurrence). */
    readonly steps: Quantity;
    /** Tool, test and CI time per task, hours; does not speed up with tokens/s (per occurrence). */
    readonly toolTime: Quantity;
    /** Human review time per task, hours of working time (per occurrence). */
    readonly reviewTime: Quantity;
    /** Probability a review accepts the task (per run). */
    readonly firstPassAcceptance: Quantity;
    /** Rework size as a share of the original task's tokens and tool time (per run). */
    readonly reworkShare: Quantity;
  };
  readonly product: {
    /** Tasks in v1 (per run, rounded to a whole number ≥ 1). */
    readonly v1Tasks: Quantity;
    /** Tasks in each later release (per occurrence, rounded, ≥ 1). */
    readonly iterationTasks: Quantity;
    /** Human planning time before a release's tasks start, working hours (per occurrence). */
    readonly planningTime: Quantity;
    /** Integration and deploy time after a release's tasks, hours (per occurrence). */
    readonly releaseTime: Quantity;
    /** Time after a release until its user signal is known, hours (per occurrence). */
    readonly feedbackDelay: Quantity;
    /** `wait`: plan the next release after the last one's feedback; `pipeline`: plan it right after shipping. */
    readonly iterationPolicy: "wait" | "pipeline";
  };
  readonly takeoff: {
    /** Probability that v1 takes off, 0..1 (per run). */
    readonly v1Chance: Quantity;
    /** Odds multiplier per feedback signal known at planning, ≥ 1 (per run). */
    readonly liftPerLearning: Quantity;
  };
  readonly growth: {
    /** Bass innovation coefficient p, per week (per run). */
    readonly p: Quantity;
    /** Bass imitation coefficient q, per week (per run). */
    readonly q: Quantity;
    /** Attractiveness added per release shipped after takeoff; starts at 1 (per run). */
    readonly attractivenessPerRelease: Quantity;
  };
}

/** The one market all companies share. */
export interface MarketParams {
  /** Potential customers M (per run). */
  readonly potentialCustomers: Quantity;
  /** Annual revenue per customer, USD (per run). */
  readonly arpu: Quantity;
  /** Share of customers lost per month, 0..1 (per run). */
  readonly monthlyChurn: Quantity;
  /** ARR added by each release before takeoff, USD (per run). */
  readonly earlyAdopterArrPerRelease: Quantity;
}

/** One axis of a sweep: a parameter path and the values it takes. */
export interface SweepAxis {
  /** Parameter path as written by the user, e.g. `companies[B].agent.tokensPerSecond`. */
  readonly path: string;
  /** Values as written (numbers, or text with units such as `"$25"`). */
  readonly values: readonly (number | string)[];
}

/**
 * A named sweep point (`sweep.points` in YAML): several parameters set together, e.g. a speed tier
 * that changes tokens/s and prices at once.
 */
export interface SweepNamedPoint {
  /** The point's name in tables and charts. */
  readonly label: string;
  /** Parameter path → value as written (validated like the field it names). */
  readonly set: Readonly<Record<string, unknown>>;
}

/** A validated scenario, ready to simulate. */
export interface Scenario {
  readonly name: string;
  readonly description: string;
  /** The file it was loaded from (for messages and the manifest), or `"<inline>"`. */
  readonly file: string;
  readonly seed: number;
  readonly runs: number;
  /** Simulated time span, hours. */
  readonly horizon: number;
  /** The headline ARR threshold, USD. */
  readonly target: number;
  /** ARR thresholds that fire milestone events, USD, ascending; includes `target`. */
  readonly milestones: readonly number[];
  readonly market: MarketParams;
  readonly companies: readonly CompanyParams[];
  readonly sweep: readonly SweepAxis[];
  /** Named sweep points; with axes too, each point is combined with every grid point. Absent when none. */
  readonly sweepPoints?: readonly SweepNamedPoint[];
  /** Per-chart title and caption overrides (`charts:`), by chart name. Absent when none. */
  readonly charts?: Readonly<Record<string, { readonly title?: string; readonly caption?: string }>>;
  /**
   * The fully resolved document (after `extends`, company inheritance and `--set`) as plain JSON.
   * Compiling it again gives an identical scenario: workers and the manifest use it.
   */
  readonly resolved: Record<string, unknown>;
}

/** One point of a sweep: a scenario with the swept values applied. */
export interface SweepPoint {
  /** 0-based position in the sweep grid. */
  readonly index: number;
  /** Short human label, e.g. `tokensPerSecond=1000` or `base` when nothing is swept. */
  readonly label: string;
  /** The swept values at this point, keyed by path, as written (`1000`, `"$25"`, `"2 h"`). */
  readonly params: Readonly<Record<string, number | string>>;
  /**
   * The same values as numbers in model units (hours, USD), for chart axes: `"$25"` → 25,
   * `"2 h"` → 2. Paths whose value is a distribution are left out.
   */
  readonly numericParams?: Readonly<Record<string, number>>;
  readonly scenario: Scenario;
}
