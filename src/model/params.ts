/**
 * The parameters the model runs on, in model units (hours, USD, tokens, probabilities): what a
 * company, its offering, its team and its market are. The model owns their meaning; the scenario
 * layer (src/scenario/) builds them from YAML, overlays, units and distributions, and validates them.
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

/**
 * Where a company's token prices come from, for outputs that print money: `list` (the named
 * offering's), `default` (the reference model's, no offering named), `written` (the scenario sets a
 * price), `held` (the offering's list price kept while the scenario sets another speed, one the
 * offering is not sold at) or `curve` (scaled with speed by `priceSpeedExponent`).
 */
export interface PriceBasis {
  readonly how: "list" | "default" | "written" | "held" | "curve";
  /** The offering named, if any. */
  readonly model?: string;
  /** USD per million output tokens paid (after any curve). */
  readonly outputPerM: number;
  /** The factor the curve applied to every token price (1 without a curve). */
  readonly multiplier: number;
  /** The curve's exponent, with `how: "curve"`. */
  readonly exponent?: number;
  /** Tokens/s (mean) the agent runs at, and the offering's own. */
  readonly tokensPerSecond: number;
  readonly offeringTokensPerSecond: number;
  /** True when the price is not a published one: the offering's is a guess, or it is held at a speed not sold. */
  readonly guess: boolean;
  /**
   * Where the output price paid may really lie (USD per M, after any curve), when the offering gives
   * a range and the scenario writes no price of its own: the verdict ranks it.
   */
  readonly range?: { readonly low: number; readonly high: number };
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

/**
 * One inference offering, compiled: what a company's agent runs on. Limits and the long-context tier
 * that were left out are `Infinity` (no limit, no tier); long-context prices left out equal the
 * normal ones. Any field may be set to 0 or `Infinity` by code (a counterfactual "lever") even where
 * the YAML range forbids it: the model handles both.
 */
export interface Offering {
  /** Output (decode) tokens per second of one session (per run). */
  readonly tokensPerSecond: Quantity;
  /** Input tokens prefilled per second (per run); a call's prefill is its input tokens ÷ this. */
  readonly prefillTokensPerSecond: Quantity;
  /** Fixed latency of each model call before decoding, hours (per run). */
  readonly timeToFirstToken: Quantity;
  /** USD per million input tokens. */
  readonly pricePerMInput: number;
  /** USD per million cached input tokens. */
  readonly pricePerMCachedInput: number;
  /** USD per million output tokens. */
  readonly pricePerMOutput: number;
  /** Input tokens of one call above which the call is billed at long-context prices (`Infinity`: no tier). */
  readonly longContextAbove: number;
  /** USD per million input tokens of a long-context call. */
  readonly longContextPricePerMInput: number;
  /** USD per million cached input tokens of a long-context call. */
  readonly longContextPricePerMCachedInput: number;
  /** USD per million output tokens of a long-context call. */
  readonly longContextPricePerMOutput: number;
  /** Probability a review accepts a task the model built (per run). */
  readonly firstPassAcceptance: Quantity;
  /** Turns needed relative to the reference model (per run). */
  readonly relativeTurns: Quantity;
  /** Tokens (input + output) per minute for the whole company (`Infinity`: no limit). */
  readonly tokensPerMinute: number;
  /** Sessions the provider allows at once (`Infinity`: no cap). */
  readonly maxSessions: number;
  /** Most tokens one call can read, the context window (`Infinity`: none, never compacts). */
  readonly contextWindow: number;
  /** USD per session-hour on top of token prices. */
  readonly costPerSessionHour: number;
  /** `list`: published prices; `guess`: none is published. */
  readonly priceSource?: "list" | "guess";
  /** Where the output price may really lie (a lognormal 90% interval, USD per M), never drawn; absent: known. */
  readonly pricePerMOutputRange?: PriceRange;
}

/** A `"low to high"` range of an output price, USD per million tokens (a lognormal 90% interval). */
export interface PriceRange {
  readonly low: number;
  readonly high: number;
  /** As written. */
  readonly text: string;
}

/** One company's assumptions. Comments give the unit and how often each value is drawn. */
export interface CompanyParams {
  readonly name: string;
  /** The offering the agent runs on (after the company's overrides), plus its sessions. */
  readonly agent: Offering & {
    /** The catalogue name of the offering, if the agent names one. */
    readonly model?: string;
    /** Agent sessions run at once (a whole number ≥ 1, or `Infinity` for "unlimited"). */
    readonly sessions: number;
    /** Which prices the agent pays and why (list, written, held at another speed, or a price curve); set by the loader. */
    readonly price?: PriceBasis;
  };
  readonly team: {
    /** Engineers: one pool for all human work (steering, review, planning, release work). */
    readonly engineers: number;
    /** USD per engineer per week. */
    readonly costPerEngineerWeek: number;
    readonly calendar: Calendar;
    /** A supervised call up to this long keeps its engineer waiting (held), hours (per run). */
    readonly attentionSpan: Quantity;
    /** Working hours to get back into a task after a long call (per occurrence: once per task). */
    readonly refocusTime: Quantity;
    /** Factor on every refocus time of the run (per run, shared by every company's random number). */
    readonly refocusScale: Quantity;
  };
  readonly task: {
    /** Output tokens generated for one task, all turns together (per occurrence). */
    readonly outputTokens: Quantity;
    /** Input tokens read for one task, all turns together (per occurrence). */
    readonly inputTokens: Quantity;
    /** Share of input tokens billed at the cached price, 0..1 (per run). */
    readonly cachedInputShare: Quantity;
    /** Tokens a task's first turn reads (system prompt, tools, instructions). */
    readonly baseContext: number;
    /** Tokens each turn adds to the context per output token it writes (its output and tool results). */
    readonly contextGrowth: number;
    /** Output tokens of a compaction's summary; the context restarts at `baseContext` + this. */
    readonly summaryTokens: number;
    /** Agent turns per task with the reference model (per occurrence). */
    readonly turns: Quantity;
    /** Share of turns run unattended, 0..1 (per run, shared by every company's random number). */
    readonly autonomy: Quantity;
    /** Supervised turns per task pass whatever its length (overrides `autonomy`); undefined: `autonomy` decides. */
    readonly supervisedTurns?: number;
    /** Working hours to frame each supervised turn's prompt (per occurrence: once per task). */
    readonly promptTime: Quantity;
    /** Working hours to read each supervised turn's result (per occurrence: once per task). */
    readonly readTime: Quantity;
    /** Tool, test and CI time per task, hours; does not speed up with tokens/s (per occurrence). */
    readonly toolTime: Quantity;
    /** Engineer effort to review a task, working hours (per occurrence). */
    readonly reviewTime: Quantity;
    /** Factor on every review time of the run (per run, shared by every company's random number). */
    readonly reviewScale: Quantity;
    /** Rework size as a share of the original task (per run). */
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
    /** Time after a release until its users have given a signal, hours (per occurrence): the evidence counts the customers then. */
    readonly feedbackDelay: Quantity;
    /** Time from that signal until the team has read it, hours (per occurrence). */
    readonly feedbackLatency: Quantity;
    /** `wait`: plan the next release after the last one's feedback; `pipeline`: plan it right after shipping. */
    readonly iterationPolicy: "wait" | "pipeline";
  };
  readonly takeoff: {
    /** The idea the company pursues; companies with the same idea (or none) share its fit draws. */
    readonly idea?: string;
    /** Probability that the idea can take off at all, 0..1 (per run). */
    readonly fitChance: Quantity;
    /** Learning, in bits, a release must be planned on to take off (per run). */
    readonly learningNeeded: Quantity;
    /** Evidence (tasks × users) behind the first bit learned from one hypothesis (per run). */
    readonly evidencePerLearning: Quantity;
  };
  readonly growth: {
    /** Bass innovation coefficient p, per week (per run). */
    readonly p: Quantity;
    /** Bass imitation coefficient q, per week (per run). */
    readonly q: Quantity;
    /** Attractiveness that releases after takeoff saturate towards, ≥ 1 (per run). */
    readonly attractivenessCap: Quantity;
    /** Share of the remaining gap to the cap closed per release after takeoff, as a rate (per run). */
    readonly attractivenessRate: Quantity;
  };
  readonly response: {
    /** What triggers the response (once). */
    readonly when: "never" | "rivalTakeoff" | "rivalRelease";
    /** Hours from the trigger until the change takes effect (per run). */
    readonly decisionDelay: Quantity;
    /** The catalogue name of the offering to switch to, if any. */
    readonly model?: string;
    /** That offering, resolved from `models:` (present with `model`). */
    readonly offering?: Offering;
    /** Agent sessions added then. */
    readonly addSessions: number;
    /** Engineers added then. */
    readonly addEngineers: number;
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
  /** Early adopters per week once v1 is out and before takeoff, into an empty market (per run). */
  readonly earlyAdopterRate: Quantity;
}

/** How money over time is valued. */
export interface EconomicsParams {
  /** Annual discount rate, e.g. 0.25 for 25% a year. */
  readonly discountRate: number;
}

/** What the model reads of a scenario to simulate one run (src/scenario's `Scenario` is one). */
export interface ModelScenario {
  readonly name: string;
  readonly seed: number;
  /** Simulated time span, hours. */
  readonly horizon: number;
  /** The headline ARR threshold, USD. */
  readonly target: number;
  /** ARR thresholds that fire milestone events, USD, ascending; includes `target`. */
  readonly milestones: readonly number[];
  readonly market: MarketParams;
  readonly economics: EconomicsParams;
  readonly companies: readonly CompanyParams[];
}
