/**
 * The scenario format, declared once. Each field says what it means, its unit, whether it is drawn
 * once per run or at each occurrence, its default (with the public source of the number, or
 * "guess") and its allowed range. The JSON Schema (`velocity schema`), the field reference
 * (`scenarios/README.md`), validation and compilation all read this declaration.
 *
 * Defaults are the figures of `scenarios/grounded.yaml`, which gives the source of each.
 */
import * as z from "zod";
import { fixed, group, moneyList, oneOf, quantity, text, timeOfDay, workdays } from "./field.ts";

const MAX_HOURS = 10 * 52 * 168;

/** The market all companies share. */
export const marketSchema = group("The one market all companies share.", {
  potentialCustomers: quantity("count", "perRun", {
    description: "Potential customers M of the Bass diffusion.",
    default: "200k to 1M",
    source: "guess: an AI app-builder market, uncertain",
    min: 0,
    exclusiveMin: true,
  }),
  arpu: quantity("money", "perRun", {
    description: "Annual revenue per customer, USD.",
    default: "$600",
    source: "guess: ~$50/month per seat, typical of AI coding tools' paid plans",
    min: 0,
  }),
  monthlyChurn: quantity("probability", "perRun", {
    description: "Share of customers lost per month.",
    default: "0.02 to 0.06",
    source: "guess: SaaS benchmarks, 2–6%/month for SMB tools",
    min: 0,
    max: 1,
  }),
  earlyAdopterArrPerRelease: quantity("money", "perRun", {
    description: "ARR each release adds before the company takes off, USD.",
    default: "$10k",
    source: "guess",
    min: 0,
  }),
});

/** A company's coding-agent setup. */
export const agentSchema = group("The coding-agent setup: speed, latency, parallelism, prices.", {
  tokensPerSecond: quantity("count", "perRun", {
    description: "Output tokens per second of one agent session.",
    default: 65,
    source: "Opus 4.6 standard output speed, ~65–68 tok/s (public benchmarks)",
    min: 0,
    exclusiveMin: true,
  }),
  timeToFirstToken: quantity("duration", "perRun", {
    description: "Time to first token of each model call (a plain number is hours).",
    default: "1 s to 4 s",
    source: "guess: frontier-model TTFT under load",
    min: 0,
  }),
  sessions: fixed("integer", {
    description: "Agent sessions that can run at once.",
    default: 6,
    source: "guess: two agent sessions per engineer",
    min: 1,
    max: 100_000,
  }),
  pricePerMInput: fixed("money", {
    description: "USD per million input tokens.",
    default: "$5",
    source: "Opus 4.6 list price",
    min: 0,
  }),
  pricePerMCachedInput: fixed("money", {
    description: "USD per million cached input tokens.",
    default: "$0.5",
    source: "Opus 4.6 list price (a tenth of the input price)",
    min: 0,
  }),
  pricePerMOutput: fixed("money", {
    description: "USD per million output tokens.",
    default: "$25",
    source: "Opus 4.6 list price",
    min: 0,
  }),
});

/** The humans' working calendar. */
export const calendarSchema = group("When the humans work (agents run around the clock).", {
  workdays: workdays({
    description: "Working days, e.g. [mon, tue, wed, thu, fri].",
    default: ["mon", "tue", "wed", "thu", "fri"],
    source: "a five-day week",
  }),
  start: timeOfDay({ description: "Start of the working day, \"HH:MM\".", default: "09:00", source: "office hours" }),
  end: timeOfDay({ description: "End of the working day, \"HH:MM\" (after start).", default: "17:00", source: "office hours" }),
});

/** The engineers who plan and review. */
export const teamSchema = group("The engineers who plan releases and review the agents' work.", {
  engineers: fixed("integer", {
    description: "Engineers who plan and review (the reviewer pool's size).",
    default: 3,
    source: "guess: a seed-stage founding team",
    min: 1,
    max: 100_000,
  }),
  costPerEngineerWeek: fixed("money", {
    description: "Fully loaded cost of one engineer per week, USD.",
    default: "$4k",
    source: "guess: ~$200k/year fully loaded",
    min: 0,
  }),
  calendar: calendarSchema,
});

/** One agent-sized change. */
export const taskSchema = group("One agent-sized change: its tokens, model calls, tool time, review and rework.", {
  outputTokens: quantity("count", "perOccurrence", {
    description: "Output tokens generated for one task.",
    default: "30k to 300k",
    source: "derived from a large agent-trace study (~7k output tokens per request, 5–40 requests per task)",
    min: 0,
  }),
  inputTokens: quantity("count", "perOccurrence", {
    description: "Input tokens read for one task, all model calls together.",
    default: "500k to 5M",
    source: "guess: context re-read on every request",
    min: 0,
  }),
  cachedInputShare: quantity("probability", "perRun", {
    description: "Share of input tokens billed at the cached price.",
    default: 0.85,
    source: "guess: agents re-read mostly cached context",
    min: 0,
    max: 1,
  }),
  steps: quantity("count", "perOccurrence", {
    description: "Model calls per task; each pays the time to first token.",
    default: "5 to 40",
    source: "derived from the agent-trace study: requests per task",
    min: 0,
  }),
  toolTime: quantity("duration", "perOccurrence", {
    description: "Tool, test and CI time per task; does not speed up with tokens/s.",
    default: "15 min to 2 h",
    source: "derived: ~60% of each agent request is tool execution (agent-trace study)",
    min: 0,
  }),
  reviewTime: quantity("duration", "perOccurrence", {
    description: "Human review time per task, in working hours.",
    default: "15 min to 5 h",
    source: "code-review studies: median under 1 h for small changes, ~5 h for large",
    min: 0,
  }),
  firstPassAcceptance: quantity("probability", "perRun", {
    description: "Probability a review accepts the task without rework.",
    default: { beta: [7, 3] },
    source: "guess: ~70% of agent PRs merged without rework",
    min: 0,
    max: 1,
    exclusiveMin: true,
  }),
  reworkShare: quantity("ratio", "perRun", {
    description: "Size of a rework as a share of the original task's tokens and tool time.",
    default: 0.4,
    source: "guess",
    min: 0,
    max: 10,
  }),
});

/** The release plan. */
export const productSchema = group("The product plan: release sizes, release overheads, feedback and iteration policy.", {
  v1Tasks: quantity("count", "perRun", {
    description: "Tasks in v1 (rounded to a whole number ≥ 1).",
    default: "100 to 300",
    source: "~3.5 PRs per engineer per day (agentic coding report) × 3 engineers × 2–4 weeks",
    min: 0,
    exclusiveMin: true,
  }),
  iterationTasks: quantity("count", "perOccurrence", {
    description: "Tasks in each later release (rounded, ≥ 1).",
    default: "15 to 60",
    source: "guess: one to two weeks of changes per iteration",
    min: 0,
    exclusiveMin: true,
  }),
  planningTime: quantity("duration", "perOccurrence", {
    description: "Human planning before a release's tasks start, in working hours.",
    default: "4 h to 16 h",
    source: "guess",
    min: 0,
  }),
  releaseTime: quantity("duration", "perOccurrence", {
    description: "Integration, QA and deploy after a release's tasks.",
    default: "2 h to 8 h",
    source: "guess",
    min: 0,
  }),
  feedbackDelay: quantity("duration", "perOccurrence", {
    description: "Time after a release until its user signal is known.",
    default: "3 d to 14 d",
    source: "guess: a usable signal needs days to weeks of traffic",
    min: 0,
  }),
  iterationPolicy: oneOf(["wait", "pipeline"], {
    description: "`wait`: plan the next release after the last one's feedback; `pipeline`: plan it right after shipping.",
    default: "wait",
    source: "guess",
  }),
});

/** Takeoff odds. */
export const takeoffSchema = group("Whether a release takes off: odds of v1 and how learning lifts them.", {
  v1Chance: quantity("probability", "perRun", {
    description: "Probability that v1 takes off.",
    default: { uniform: [0.08, 0.34] },
    source: "online-experiment studies: 66–92% of shipped changes fail to move their metric",
    min: 0,
    max: 1,
  }),
  liftPerLearning: quantity("ratio", "perRun", {
    description: "Odds multiplier per feedback signal known when a release is planned.",
    default: "1.1 to 1.6",
    source: "guess: each learning modestly improves the odds",
    min: 1,
    max: 100,
  }),
});

/** Growth after takeoff. */
export const growthSchema = group("Growth after takeoff: Bass diffusion with competition.", {
  p: quantity("ratio", "perRun", {
    description: "Bass innovation coefficient p, per week.",
    default: "0.002 to 0.01",
    source: "guess",
    min: 0,
    max: 1,
  }),
  q: quantity("ratio", "perRun", {
    description: "Bass imitation coefficient q, per week.",
    default: "0.2 to 0.6",
    source: "Lovable reached $100M ARR ~8 months after launch; Bolt $0 → $20M in 2 months",
    min: 0,
    max: 10,
  }),
  attractivenessPerRelease: quantity("ratio", "perRun", {
    description: "Attractiveness added per release shipped after takeoff (it starts at 1).",
    default: 0.05,
    source: "guess",
    min: 0,
    max: 100,
  }),
});

/** One company: a name, optionally a company it extends, and its parameter groups. */
export const companySchema = z
  .strictObject({
    name: text({ description: "The company's name, unique in the scenario (used in charts and paths).", required: true }),
    extends: text({ description: "Name of another company of this scenario whose values this one starts from." }),
    agent: agentSchema,
    team: teamSchema,
    task: taskSchema,
    product: productSchema,
    takeoff: takeoffSchema,
    growth: growthSchema,
  })
  .meta({ description: "A competing company. Every field except name has a default." });

const axisValue = z.union([z.number(), z.string()]);

/** A sweep axis: a list of values, or a range. */
export const sweepAxisSchema = z
  .union([
    z.array(axisValue).min(1),
    z.strictObject({
      from: axisValue,
      to: axisValue,
      steps: z.number().int().min(2),
      scale: z.enum(["linear", "log"]).optional(),
    }),
  ])
  .meta({ description: "Values of one parameter: a list, or { from, to, steps, scale: linear | log }." });

/** Named points: each sets several parameters together (a speed tier changes tokens/s and prices). */
export const sweepPointSchema = z
  .strictObject({
    label: z.string().meta({ description: "Name of the point in tables and charts." }),
    set: z.record(z.string(), z.unknown()).meta({ description: "Parameter path → value, validated as if written in the file." }),
  })
  .meta({ description: "A named point: several parameters set together." });

/** The `sweep:` map: parameter path → axis, plus optional `points`. */
export const sweepSchema = z
  .object({ points: z.array(sweepPointSchema).min(1).optional().meta({ description: "Named points; with axes too, each point is combined with every grid point." }) })
  .catchall(sweepAxisSchema)
  .optional()
  .meta({
    description:
      "Parameters to run across. Keys are parameter paths (companies[B].agent.tokensPerSecond; a company by name or index); the grid is the product of all axes, first axis slowest.",
  });

/** One chart's words, overriding what the results would title it. */
export const chartTextSchema = z
  .strictObject({
    title: z.string().optional().meta({ description: "The chart's title instead of the finding computed from the results." }),
    caption: z.string().optional().meta({ description: "A caption line instead of the chart's own (the run caption stays)." }),
  })
  .meta({ description: "Words for one chart." });

/** The `charts:` map: chart name → its words. */
export const chartsSchema = z
  .record(z.string(), chartTextSchema)
  .optional()
  .meta({ description: "Per-chart title and caption overrides, by chart file name (levers, paired-difference, tornado-<company>, …)." });

/** A whole scenario file. */
export const scenarioFileSchema = z
  .strictObject({
    name: text({ description: "Scenario name (used in reports). Required, here or in the extended file.", required: true }),
    description: text({ description: "One line saying what the scenario shows.", default: "" }),
    extends: text({ description: "Another scenario file (relative to this one) that this file overlays." }),
    seed: fixed("integer", { description: "Seed of all random streams.", default: 42, source: "any fixed number", min: 0, max: 4_294_967_295 }),
    runs: fixed("integer", { description: "Monte Carlo replications.", default: 1000, source: "enough for ±1.5% on a probability", min: 1, max: 10_000_000 }),
    horizon: fixed("duration", { description: "Simulated time span (a plain number is hours).", default: "52 weeks", source: "guess: a year", min: 0, exclusiveMin: true, max: MAX_HOURS }),
    target: fixed("money", { description: "The headline ARR threshold, USD.", default: "$10M", source: "the design's headline", min: 0, exclusiveMin: true }),
    milestones: moneyList({ description: "ARR thresholds that fire milestone events, USD (the target is added).", default: ["$1M", "$10M", "$100M"], source: "the design" }),
    market: marketSchema,
    companies: z.array(companySchema).min(1).optional().meta({ description: "The competing companies (at least one; here or in the extended file)." }),
    sweep: sweepSchema,
    charts: chartsSchema,
  })
  .meta({ title: "velocity-sim scenario", description: "A velocity-sim scenario: companies racing to revenue in one market." });

/** The groups of a company, in declaration order. */
export const COMPANY_GROUPS = ["agent", "team", "task", "product", "takeoff", "growth"] as const;
