/**
 * Hand-made scenarios for mechanism tests: a full `Scenario` with simple constants, overridable
 * section by section. Numbers become constant `Quantity`s; pass `dist(...)` for a distribution.
 * Defaults: unattended turns (autonomy 1), instant prefill, no rate limit, no session cap, no context window.
 */
import type { Sampler } from "../../src/random/index.ts";
import type { CompanyParams, EconomicsParams, MarketParams, Quantity, Scenario } from "../../src/scenario/index.ts";

/** A constant quantity (draws no randomness). */
export function constant(value: number): Quantity {
  return { sample: () => value, constant: value, text: String(value), mean: value };
}

/** A distribution-valued quantity with a known mean. */
export function dist(sample: Sampler, mean: number, text = "dist"): Quantity {
  return { sample, constant: undefined, text, mean };
}

type Section<T> = { [K in keyof T]?: T[K] extends Quantity ? Quantity | number : T[K] };
/** Overrides for one company: each section partially, numbers allowed for quantities. */
export interface CompanyPatch {
  agent?: Section<CompanyParams["agent"]>;
  team?: Section<CompanyParams["team"]>;
  task?: Section<CompanyParams["task"]>;
  product?: Section<CompanyParams["product"]>;
  takeoff?: Section<CompanyParams["takeoff"]>;
  growth?: Section<CompanyParams["growth"]>;
  response?: Section<CompanyParams["response"]>;
}

function section<T extends object>(base: T, patch: object | undefined): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(patch ?? {})) {
    const isQuantityField = typeof (base as Record<string, unknown>)[k] === "object" && "sample" in ((base as Record<string, object>)[k] ?? {});
    out[k] = typeof v === "number" && isQuantityField ? constant(v) : v;
  }
  return out as T;
}

/** Office hours: Monday to Friday, 09:00 to 17:00. */
export const OFFICE_HOURS = { workdays: [1, 2, 3, 4, 5], startHour: 9, endHour: 17 } as const;
/** A team that works around the clock (no off-hours): for arithmetic checks by hand. */
export const ALWAYS = { workdays: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 24 } as const;

/**
 * A company with one task per release, fixed sizes and a 24/7 team, unless patched. Its idea has
 * no fit (it never takes off): `takeoff: { fitChance: 1 }` makes v1 take off (nothing to learn).
 * Each hand-made company pursues its own idea (named after it), so rivals patched with different
 * fit values keep them; patch `takeoff: { idea: "shared" }` on both to make them share one.
 */
export function company(name: string, patch: CompanyPatch = {}): CompanyParams {
  return {
    name,
    agent: section(
      {
        tokensPerSecond: constant(100),
        // Instant prefill and no first-token latency unless patched: the hand arithmetic stays simple.
        prefillTokensPerSecond: constant(Infinity),
        timeToFirstToken: constant(0),
        sessions: 1,
        pricePerMInput: 5,
        pricePerMCachedInput: 0.5,
        pricePerMOutput: 25,
        longContextAbove: Infinity,
        longContextPricePerMInput: 5,
        longContextPricePerMCachedInput: 0.5,
        longContextPricePerMOutput: 25,
        firstPassAcceptance: constant(1),
        relativeTurns: constant(1),
        tokensPerMinute: Infinity,
        maxSessions: Infinity,
        // No context window unless patched: no compaction.
        contextWindow: Infinity,
        costPerSessionHour: 0,
      },
      patch.agent,
    ),
    team: section({ engineers: 1, costPerEngineerWeek: 4000, calendar: ALWAYS, attentionSpan: constant(10 / 3600), refocusTime: constant(0), refocusScale: constant(1) }, patch.team),
    task: section(
      {
        outputTokens: constant(360_000), // 1 h at 100 tok/s
        inputTokens: constant(1_000_000),
        cachedInputShare: constant(0.5),
        baseContext: 26_000,
        contextGrowth: 6,
        summaryTokens: 6000,
        turns: constant(1),
        // Unattended unless patched (the agent runs alone, as before turns were modelled).
        autonomy: constant(1),
        promptTime: constant(0),
        readTime: constant(0),
        toolTime: constant(1),
        reviewTime: constant(1),
        reviewScale: constant(1),
        reworkShare: constant(1),
      },
      patch.task,
    ),
    product: section(
      {
        v1Tasks: constant(1),
        iterationTasks: constant(1),
        planningTime: constant(2),
        releaseTime: constant(1),
        feedbackDelay: constant(24),
        feedbackLatency: constant(0),
        iterationPolicy: "wait" as const,
      },
      patch.product,
    ),
    takeoff: section({ idea: name, fitChance: constant(0), learningNeeded: constant(0), evidencePerLearning: constant(1) }, patch.takeoff),
    growth: section({ p: constant(0.01), q: constant(0.5), attractivenessCap: constant(1), attractivenessRate: constant(0) }, patch.growth),
    response: section({ when: "never" as const, decisionDelay: constant(0), addSessions: 0, addEngineers: 0 }, patch.response),
  };
}

/** Overrides for the whole scenario. */
export interface ScenarioPatch {
  seed?: number;
  horizon?: number;
  target?: number;
  milestones?: number[];
  market?: Section<MarketParams>;
  economics?: Partial<EconomicsParams>;
  companies?: CompanyParams[];
}

/** A full scenario: 8 weeks, one company "A", a market of 100k customers at $600, no early adopters, no discounting, unless patched. */
export function scenario(patch: ScenarioPatch = {}): Scenario {
  const target = patch.target ?? 10e6;
  return {
    name: "hand-made",
    description: "test",
    file: "<inline>",
    seed: patch.seed ?? 42,
    runs: 10,
    horizon: patch.horizon ?? 8 * 168,
    target,
    milestones: patch.milestones ?? [1e6, target],
    market: section(
      { potentialCustomers: constant(100_000), arpu: constant(600), monthlyChurn: constant(0), earlyAdopterRate: constant(0) },
      patch.market,
    ),
    economics: { discountRate: 0, ...patch.economics },
    models: {},
    companies: patch.companies ?? [company("A")],
    sweep: [],
    resolved: {},
  };
}
