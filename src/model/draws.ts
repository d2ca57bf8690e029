/**
 * Per-run parameters: the uncertain world, drawn once at the start of a replication. Each field
 * has its own stream, `stream(seed, run, owner, path)`, so that adding a field, a company or a
 * sweep point never shifts another field's draw (common random numbers). Fields given as
 * distributions are recorded under their full path for the sensitivity analysis.
 */
import { stream } from "../random/index.ts";
import type { CompanyParams, MarketParams, Offering, Quantity } from "./params.ts";

/** One company's values drawn once per run. */
export interface CompanyDraws {
  /** Output tokens per second. */
  tokensPerSecond: number;
  /** Input tokens prefilled per second. */
  prefillTokensPerSecond: number;
  /** Time to first token per model call, hours. */
  timeToFirstToken: number;
  /** Share of input tokens billed as cached, 0..1. */
  cachedInputShare: number;
  /** Probability a review accepts (the offering's quality). */
  firstPassAcceptance: number;
  /** Turns needed relative to the reference model (the offering's quality). */
  relativeTurns: number;
  /** Share of a task's turns run unattended, 0..1 (shared: see {@link SHARED_PRACTICE_FIELDS}). */
  autonomy: number;
  /** Factor on every refocus time of the run (shared). */
  refocusScale: number;
  /** Factor on every review time of the run (shared). */
  reviewScale: number;
  /** Longest supervised call an engineer waits through, hours. */
  attentionSpan: number;
  /** Rework size as a share of the original task. */
  reworkShare: number;
  /** Tasks in v1 (whole, ≥ 1). */
  v1Tasks: number;
  /** Probability that the idea can take off at all. */
  fitChance: number;
  /** Whether this run's idea can take off at all (drawn with probability `fitChance`). */
  hasFit: boolean;
  /** Learning, bits, a release must be planned on to take off. */
  learningNeeded: number;
  /** Evidence (tasks × users) behind the first bit learned from one hypothesis. */
  evidencePerLearning: number;
  /** Bass p and q, per week. */
  p: number;
  q: number;
  /** Attractiveness that releases after takeoff saturate towards (≥ 1). */
  attractivenessCap: number;
  /** Rate per release at which attractiveness approaches its cap. */
  attractivenessRate: number;
  /** Hours from a rival's move to this company's response. */
  decisionDelay: number;
}

/** The market's values drawn once per run. */
export interface MarketDraws {
  potentialCustomers: number;
  /** USD per customer per year. */
  arpu: number;
  monthlyChurn: number;
  /** Early adopters per week once v1 is out and before takeoff (into an empty market). */
  earlyAdopterRate: number;
}

/** Draws `q` from its own stream; a distribution's draw is recorded in `inputs[key]`. */
function drawOnce(
  q: Quantity,
  seed: number,
  run: number,
  owner: string,
  path: string,
  key: string,
  inputs: Record<string, number>,
): number {
  if (q.constant !== undefined) return q.constant;
  const value = q.sample(stream(seed, run, owner, path));
  inputs[key] = value;
  return value;
}

/**
 * An idea's per-run values: whether it has fit and how hard that fit is to find, and the company
 * whose streams draw the rest of the idea's world (v1 scope, Bass p and q).
 */
export type IdeaDraws = Pick<CompanyDraws, "fitChance" | "hasFit" | "learningNeeded" | "evidencePerLearning"> & {
  /** The first company pursuing the idea: its streams are the idea's. */
  owner: string;
};

/**
 * The per-run fields that belong to the idea, not to the company building it: how much must be
 * built before users can judge it (`product.v1Tasks`) and how its market adopts it (Bass `growth.p`,
 * `growth.q`). Companies on one idea draw them from the idea's streams (its first company's), so
 * with the same distribution they get the same value run by run; a company that writes another
 * distribution gets its own value at the same quantile of the same random numbers.
 */
export const IDEA_WORLD_FIELDS = ["product.v1Tasks", "growth.p", "growth.q"] as const;

/**
 * The per-run fields of how the work is done that every company shares, whatever its idea: the
 * share of turns agents run alone (`task.autonomy`) and the level of refocus and review times
 * (`team.refocusScale`, `task.reviewScale`). They are guesses about people and practice, not about
 * one company: drawn per company they would add noise to every paired difference that no real
 * difference between the companies stands behind, and it would not cancel. So each is one uniform
 * per run from the scenario's first company's stream, mapped through each company's own
 * distribution: equal distributions give equal values run by run; another distribution drawn by
 * inversion (uniform, triangular, normal, lognormal, "a to b", choice) gives its value at the same
 * quantile. The first company's draws stay what they were with these drawn per company.
 */
export const SHARED_PRACTICE_FIELDS = ["task.autonomy", "team.refocusScale", "task.reviewScale"] as const;

/**
 * The key under which companies share an idea's draws: its `takeoff.idea`, or "" for the market's
 * one idea (every company that names none).
 */
export function ideaKey(c: CompanyParams): string {
  return c.takeoff.idea ?? "";
}

/**
 * Draws one company's per-run values (stream owner = the company's name) and records
 * distribution-valued ones in `inputs` as `companies[<name>].<path>`. The fit fields come from
 * `ideas` when an earlier company pursuing the same idea drew them (the idea is one draw per run,
 * from its first company's streams, so that company's runs stay draw for draw what they were);
 * otherwise they are drawn here and stored in `ideas`. The idea's world ({@link IDEA_WORLD_FIELDS})
 * is drawn from the idea's streams (stream owner = its first company). Either way every value is
 * recorded in `inputs` under this company's name, since its outcome depends on it. The practice
 * ({@link SHARED_PRACTICE_FIELDS}) comes from `practiceOwner`'s streams (the scenario's first company).
 */
export function drawCompany(
  c: CompanyParams,
  seed: number,
  run: number,
  inputs: Record<string, number>,
  ideas: Map<string, IdeaDraws> = new Map(),
  practiceOwner: string = c.name,
): CompanyDraws {
  const d = (q: Quantity, path: string, streamName = path): number => drawOnce(q, seed, run, c.name, streamName, `companies[${c.name}].${path}`, inputs);
  const shared = ideas.get(ideaKey(c));
  // Without a rival on the idea the owner is the company itself: its draws are what they were.
  const ideaOwner = shared?.owner ?? c.name;
  const world = (q: Quantity, path: (typeof IDEA_WORLD_FIELDS)[number]): number => drawOnce(q, seed, run, ideaOwner, path, `companies[${c.name}].${path}`, inputs);
  // The practice shared by every company (SHARED_PRACTICE_FIELDS): the first company's streams.
  const practice = (q: Quantity, path: (typeof SHARED_PRACTICE_FIELDS)[number]): number => drawOnce(q, seed, run, practiceOwner, path, `companies[${c.name}].${path}`, inputs);
  const fromIdea = (q: Quantity, field: keyof IdeaDraws & keyof CompanyParams["takeoff"]): number => {
    if (shared === undefined) return d(q, `takeoff.${field}`);
    if (q.constant === undefined) inputs[`companies[${c.name}].takeoff.${field}`] = shared[field];
    return shared[field];
  };
  const draws: CompanyDraws = {
    tokensPerSecond: d(c.agent.tokensPerSecond, "agent.tokensPerSecond"),
    prefillTokensPerSecond: d(c.agent.prefillTokensPerSecond, "agent.prefillTokensPerSecond"),
    timeToFirstToken: d(c.agent.timeToFirstToken, "agent.timeToFirstToken"),
    cachedInputShare: d(c.task.cachedInputShare, "task.cachedInputShare"),
    // Acceptance moved from the task to the offering; its stream keeps the old name (CRN).
    firstPassAcceptance: d(c.agent.firstPassAcceptance, "agent.firstPassAcceptance", "task.firstPassAcceptance"),
    relativeTurns: d(c.agent.relativeTurns, "agent.relativeTurns"),
    autonomy: practice(c.task.autonomy, "task.autonomy"),
    refocusScale: practice(c.team.refocusScale, "team.refocusScale"),
    reviewScale: practice(c.task.reviewScale, "task.reviewScale"),
    attentionSpan: d(c.team.attentionSpan, "team.attentionSpan"),
    reworkShare: d(c.task.reworkShare, "task.reworkShare"),
    v1Tasks: Math.max(1, Math.round(world(c.product.v1Tasks, "product.v1Tasks"))),
    fitChance: fromIdea(c.takeoff.fitChance, "fitChance"),
    hasFit: shared?.hasFit ?? false,
    learningNeeded: fromIdea(c.takeoff.learningNeeded, "learningNeeded"),
    evidencePerLearning: fromIdea(c.takeoff.evidencePerLearning, "evidencePerLearning"),
    p: world(c.growth.p, "growth.p"),
    q: world(c.growth.q, "growth.q"),
    attractivenessCap: d(c.growth.attractivenessCap, "growth.attractivenessCap"),
    attractivenessRate: d(c.growth.attractivenessRate, "growth.attractivenessRate"),
    decisionDelay: c.response.when === "never" ? 0 : d(c.response.decisionDelay, "response.decisionDelay"),
  };
  // Its own stream, so that changing fitChance (a sweep) moves no other draw; with a fixed stream the
  // uniform is shared across sweep points, so a higher fitChance only adds runs with fit.
  if (shared === undefined) {
    draws.hasFit = stream(seed, run, c.name, "fit")() < draws.fitChance;
    const { fitChance, hasFit, learningNeeded, evidencePerLearning } = draws;
    ideas.set(ideaKey(c), { fitChance, hasFit, learningNeeded, evidencePerLearning, owner: c.name });
  }
  return draws;
}

/** The per-run draws that come from an inference offering. */
export type OfferingDraws = Pick<CompanyDraws, "tokensPerSecond" | "prefillTokensPerSecond" | "timeToFirstToken" | "firstPassAcceptance" | "relativeTurns">;

/**
 * Draws an offering's per-run values for company `owner` switching to it mid-run (a response),
 * each from its own stream `(seed, run, owner, "response", field)`: the company's other draws and
 * every other company's stay as they were.
 */
export function drawOffering(o: Offering, owner: string, seed: number, run: number): OfferingDraws {
  const d = (q: Quantity, field: string): number => (q.constant !== undefined ? q.constant : q.sample(stream(seed, run, owner, "response", field)));
  return {
    tokensPerSecond: d(o.tokensPerSecond, "tokensPerSecond"),
    prefillTokensPerSecond: d(o.prefillTokensPerSecond, "prefillTokensPerSecond"),
    timeToFirstToken: d(o.timeToFirstToken, "timeToFirstToken"),
    firstPassAcceptance: d(o.firstPassAcceptance, "firstPassAcceptance"),
    relativeTurns: d(o.relativeTurns, "relativeTurns"),
  };
}

/** Draws the market's per-run values (stream owner `"market"`), recorded as `market.<field>`. */
export function drawMarket(m: MarketParams, seed: number, run: number, inputs: Record<string, number>): MarketDraws {
  const d = (q: Quantity, field: string): number => drawOnce(q, seed, run, "market", field, `market.${field}`, inputs);
  return {
    potentialCustomers: d(m.potentialCustomers, "potentialCustomers"),
    arpu: d(m.arpu, "arpu"),
    monthlyChurn: d(m.monthlyChurn, "monthlyChurn"),
    earlyAdopterRate: d(m.earlyAdopterRate, "earlyAdopterRate"),
  };
}
