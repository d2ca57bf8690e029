/** Readable names and number formats for chart titles, axes and captions. */
import { formatUsd } from "../format/index.ts";
import type { PointSummary, Summary } from "../montecarlo/types.ts";
import type { SharedAssumption } from "../montecarlo/shared-assumptions.ts";

/** Vega format for dollars with SI suffixes: `$10M`, `$250k`. */
export const USD_FORMAT = "$.3~s";

/** `$10M`, `$250k`, `$1.5B`: dollars, short, for titles (the shared formatter). */
export function formatUsdShort(usd: number): string {
  return formatUsd(usd);
}

// Names for the parameters people sweep or that show up in the tornado; others fall back to words.
const LEAF_NAMES: Record<string, string> = {
  tokensPerSecond: "output tokens/s",
  timeToFirstToken: "time to first token",
  sessions: "agent sessions",
  engineers: "engineers",
  outputTokens: "output tokens per task",
  inputTokens: "input tokens per task",
  cachedInputShare: "cached input share",
  turns: "agent turns per task",
  autonomy: "unattended share of turns",
  promptTime: "prompt time per turn",
  readTime: "read time per turn",
  attentionSpan: "attention span",
  refocusTime: "refocus time",
  refocusScale: "refocus time (scale)",
  prefillTokensPerSecond: "prefill tokens/s",
  relativeTurns: "turns vs reference model",
  tokensPerMinute: "rate limit (tokens/min)",
  model: "offering",
  toolTime: "tool time per task",
  reviewTime: "review time per task",
  reviewScale: "review time (scale)",
  firstPassAcceptance: "first-pass acceptance",
  reworkShare: "rework share",
  v1Tasks: "tasks in v1",
  iterationTasks: "tasks per iteration",
  planningTime: "planning time",
  releaseTime: "release time",
  feedbackDelay: "feedback delay",
  feedbackLatency: "feedback latency",
  fitChance: "chance the idea has fit",
  learningNeeded: "learning needed for fit",
  evidencePerLearning: "evidence per bit learned",
  attractivenessCap: "attractiveness cap",
  attractivenessRate: "attractiveness growth per release",
  // Bass diffusion coefficients (growth.p, growth.q): one letter says nothing on a slide.
  p: "innovation rate (Bass p)",
  q: "imitation rate (Bass q)",
  arpu: "ARPU",
  monthlyChurn: "monthly churn",
  potentialCustomers: "potential customers",
  earlyAdopterRate: "early adopters per week",
  costPerEngineerWeek: "cost per engineer-week",
  pricePerMInput: "price per M input tokens",
  pricePerMCachedInput: "price per M cached input tokens",
  pricePerMOutput: "price per M output tokens",
};

/** `someCamelCase` → `some camel case`. */
function words(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
}

/**
 * A parameter path as a reader would say it: `companies[B].agent.tokensPerSecond` → `B output tokens/s`,
 * `market.monthlyChurn` → `monthly churn`.
 */
export function paramLabel(path: string): string {
  const company = /^companies\[([^\]]+)\]\./.exec(path)?.[1];
  const leaf = path.split(".").pop() ?? path;
  const name = LEAF_NAMES[leaf] ?? words(leaf);
  return company === undefined ? name : `${company} ${name}`;
}

/** An assumption's label on a chart, named for every company that shares its draws: "A, B unattended share of turns". */
export function sharedLabel(a: SharedAssumption): string {
  return a.companies.length > 1 ? `${a.companies.join(", ")} ${paramLabel(a.field)}` : paramLabel(a.path);
}

/** Whether an axis is best read on a log scale (speeds span orders of magnitude). */
export function isLogAxis(path: string): boolean {
  return path.endsWith("tokensPerSecond");
}

/**
 * Which sweep point a chart, a table or a sentence is about: the point's own label
 * (`B.tokensPerSecond=1000`, a named point's label, or `base`), the text summary.json, runs.csv,
 * `--baseline` and every comparison ("A @ B.tokensPerSecond=65") use, so a point reads the same
 * wherever it is named.
 */
export function pointLabel(point: PointSummary): string {
  return point.label;
}

/** `Company B!` → `company-b`: a company name safe in a file name (and a chart's name). */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}

/** The caption every chart carries: scenario, runs, seed and version. */
export function runCaption(summary: Summary): string {
  return `${summary.scenario} · ${summary.runs.toLocaleString("en-US")} runs · seed ${summary.seed} · velocity-sim ${summary.version}`;
}

export { formatWeeks, formatWeeksSigned, formatShare, formatUsdSigned } from "../format/index.ts";
