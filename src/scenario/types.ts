/**
 * The typed scenario the model runs on: what `loadScenario` returns after YAML, overlays, units,
 * distributions and validation. All values are in model units: hours, USD, tokens, probabilities.
 */
import type { ModelScenario, Offering } from "../model/index.ts";

// The model's parameters, for everything that reads a scenario: defined where their meaning is.
export type { Sampler, DrawKind, Quantity, PriceBasis, Calendar, Offering, PriceRange, CompanyParams, MarketParams, EconomicsParams, ModelScenario } from "../model/index.ts";

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

/** A validated scenario, ready to simulate: the model's inputs (name, seed, horizon, target, milestones, market, economics, companies) and what a run of many replications needs besides. */
export interface Scenario extends ModelScenario {
  readonly description: string;
  /** What it claims: `grounded` in public ranges, a calibrated `story`, or an `illustration`; undefined when unstated. */
  readonly kind?: "story" | "grounded" | "illustration";
  /** The file it was loaded from (for messages and the manifest), or `"<inline>"`. */
  readonly file: string;
  readonly runs: number;
  /** The `models:` catalogue, by name. */
  readonly models: Readonly<Record<string, Offering>>;
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
  /**
   * Whom each company extends and what it writes itself, so that a sweep reaches the companies that
   * inherit the swept value, as the file and `--set` do (lineage.ts). Absent when no company
   * extends another, and in a scenario compiled from `resolved` (inheritance is done there).
   */
  readonly lineage?: Lineage;
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

/** Per company (by name): whom it extends, and the key paths its own section writes. */
export type Lineage = Readonly<Record<string, { readonly extends?: string; readonly writes: readonly string[] }>>;
