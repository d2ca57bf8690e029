/**
 * The scenario format, declared once. Each field says what it means, its unit, whether it is drawn
 * once per run or at each occurrence, its default (with the public source of the number, or
 * "guess") and its allowed range. The JSON Schema (`velocity schema`), the field reference
 * (`scenarios/README.md`), validation and compilation all read this declaration.
 *
 * Defaults are the figures of `scenarios/grounded.yaml`, which gives the source of each.
 */
import * as z from "zod";
import { fixed, group, moneyList, name, oneOf, quantity, text, timeOfDay, workdays } from "./field.ts";
import { economicsSchema, growthSchema, marketSchema, responseSchema, takeoffSchema } from "./market-schema.ts";
import { offeringFields } from "./offering.ts";

export { economicsSchema, growthSchema, marketSchema, responseSchema, takeoffSchema };

/** Longest horizon, hours (ten years): bounds a run's weeks of ARR and a report's fan rows. */
export const MAX_HORIZON_HOURS = 10 * 52 * 168;
/** Most replications per sweep point. */
export const MAX_RUNS = 10_000_000;
/**
 * Most tasks in one release. Bounds a run's work: every task is one process with a few events per
 * review pass, and the per-run event budget (model/simulate.ts) is sized for this.
 */
export const MAX_TASKS = 100_000;
/**
 * Most companies in one scenario. Guess: a race is read company by company in every table and
 * chart (the palette has 8 colours); 50 is far past readable, and bounds the work of a run and of
 * a report, whose comparisons grow with the square of the count.
 */
export const MAX_COMPANIES = 50;
/** Most ARR milestones a scenario may list. Guess: each is an event per run and a row per company; real decks use three or four. */
export const MAX_MILESTONES = 100;
/** Largest amount of money a target or milestone may be, USD: far above any real ARR, far below overflow. */
export const MAX_USD = 1e12;

/** One inference offering of the `models:` catalogue (every field has a default: the reference model). */
export const offeringSchema = z
  .strictObject(offeringFields(true))
  .meta({ description: "An inference offering: speed, latency, prices, quality, limits. Unset fields take the reference model's values (Claude Opus 4.6)." });

/** The `models:` catalogue: offering name → offering. */
export const modelsSchema = z
  .record(z.string(), offeringSchema)
  .optional()
  .meta({ description: "Inference offerings a company's agent can name (scenarios/models.yaml ships the public ones; extend it)." });

/** A company's coding-agent setup: an offering from the catalogue, its sessions, and any overrides. */
export const agentSchema = group("The coding-agent setup: the offering it runs on, parallel sessions, and overrides of any offering field.", {
  model: text({
    description: "Name of the offering in `models:` the agent runs on; left out, the reference model's values (the defaults of `models[*]`).",
    sweepable: true,
  }),
  sessions: fixed("integer", {
    description: "Agent sessions the company runs at once (capped by the offering's `maxSessions`).",
    default: 6,
    source: "guess: two agent sessions per engineer",
    min: 1,
    max: 10_000,
  }),
  priceSpeedExponent: fixed("ratio", {
    description:
      "A declared price curve: every token price scales with (tokensPerSecond ÷ the named offering's tokensPerSecond) ^ this, so a speed sweep pays for speed (fast mode: 2.5× the speed at 6× the price is an exponent of ln 6 / ln 2.5 ≈ 1.96). Left out: prices stay those of the offering (or as written) at any speed, and outputs say so. A distribution of tokens/s is read at its mean.",
    min: 0,
    max: 10,
  }),
  ...offeringFields(false),
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
export const teamSchema = group("The engineers: one pool for all human work (steering agent turns, review, planning, release work), on the calendar.", {
  engineers: fixed("integer", {
    description: "Engineers who steer agents, review, plan and do release work (one pool for all human work).",
    default: 3,
    source: "guess: a seed-stage founding team",
    min: 1,
    max: 10_000,
  }),
  costPerEngineerWeek: fixed("money", {
    description: "Fully loaded cost of one engineer per week, USD.",
    default: "$4k",
    source: "guess: ~$200k/year fully loaded",
    min: 0,
    max: 1e6,
  }),
  calendar: calendarSchema,
  attentionSpan: quantity("duration", "perRun", {
    description: "A supervised model call shorter than this keeps its engineer waiting at the screen (held); a longer one sends the engineer to other work, who pays `refocusTime` on coming back.",
    default: "10 s",
    source: "Nielsen's response-time limits: ~10 s keeps the user's attention on the dialogue",
    min: 0,
    max: 1,
  }),
  refocusTime: quantity("duration", "perOccurrence", {
    description: "Working time to get back into a task after switching away during a long model call (drawn once per task, paid at each return).",
    default: "1 min to 10 min",
    source: "interruption studies: full recovery up to ~23 min (Mark et al. 2008), partial recovery in minutes; guess within that",
    min: 0,
    max: 8,
  }),
  refocusScale: quantity("ratio", "perRun", {
    description: "A factor on every `refocusTime` of the run: how far the refocus guess's level is off in this run (the per-task draws vary task to task around it). One draw per run shared by every company (its own distribution at the same random number), since the same people's refocus is uncertain for both sides.",
    default: 1,
    source: "none: 1 keeps `refocusTime` as written; a range makes its level a ranked assumption (docs/answers.md)",
    min: 0,
    max: 100,
  }),
});

/** One agent-sized change. */
export const taskSchema = group("One agent-sized change: a sequence of agent turns (supervised or unattended), its tokens, tool time, review and rework.", {
  outputTokens: quantity("count", "perOccurrence", {
    description: "Output tokens generated for one task, all turns together.",
    default: "30k to 300k",
    source: "derived from a large agent-trace study (~7k output tokens per request, 5–40 requests per task)",
    min: 0,
    max: 1e9,
  }),
  inputTokens: quantity("count", "perOccurrence", {
    description: "Input tokens read for one task, all turns together (each turn re-reads its context).",
    default: "500k to 5M",
    source: "agent-trace study: input ~100× output per request, mostly cached context",
    min: 0,
    max: 1e11,
  }),
  cachedInputShare: quantity("probability", "perRun", {
    description: "Share of input tokens billed at the cached price.",
    default: 0.85,
    source: "agent-trace study: most input is re-read context served from the prompt cache",
    min: 0,
    max: 1,
  }),
  baseContext: fixed("count", {
    description: "Tokens a task's first turn reads before any work (system prompt, tool definitions, project instructions); each turn then adds `contextGrowth` tokens per output token, and a turn that would read more than the offering's `contextWindow` is preceded by a compaction (docs/model.md).",
    default: "26k",
    source: "the shared Claude Code sessions (/work/shared/sessions): first calls read 25.4k–28.2k tokens, median 25.9k",
    min: 0,
    max: 1e9,
  }),
  contextGrowth: fixed("ratio", {
    description: "Tokens each turn adds to the context per output token it writes: its own output plus the tool results it brings back.",
    default: 6,
    source: "the shared Claude Code sessions: the context grew 410k tokens over calls that wrote 69k output tokens (5.9×; 4.8× and 7.3× in the two long sessions)",
    min: 0,
    max: 1000,
  }),
  summaryTokens: fixed("count", {
    description: "Output tokens of a compaction's summary; after a compaction the context restarts at `baseContext` + this.",
    default: "6k",
    source: "the shared Claude Code sessions: two compactions of a ~168k context took 87 s and 105 s on Opus 4.6 (≈ 6k tokens at its 68 tok/s after prefill and first token); the first call after each read 8k–10k more than the session's first call",
    min: 0,
    max: 1e9,
  }),
  turns: quantity("count", "perOccurrence", {
    description: "Agent turns (model calls) per task with the reference model, times the offering's `relativeTurns` (rounded, ≥ 1). Tokens and tool time are split evenly over them.",
    default: "5 to 40",
    source: "derived from the agent-trace study: requests per task",
    min: 0,
    max: 10_000,
  }),
  autonomy: quantity("probability", "perRun", {
    description: "Share of a task's turns the agent runs unattended (around the clock, no engineer); the rest are supervised turns an engineer steers in working hours. A distribution is one draw per run shared by every company (each company's own distribution at the same random number), so the paired verdict compares both sides at the same practice.",
    default: 0.5,
    source: "guess: engaged sessions are steered turn by turn, background agents run alone",
    min: 0,
    max: 1,
  }),
  supervisedTurns: fixed("integer", {
    description: "Supervised turns per task pass, whatever its length (overrides `autonomy`): one person prompt followed by the agent's own stretch of calls, as recorded sessions show (`velocity calibrate` writes 1). Left out: `autonomy` decides.",
    min: 0,
    max: 10_000,
  }),
  promptTime: quantity("duration", "perOccurrence", {
    description: "Working time an engineer takes to frame each supervised turn's prompt (drawn once per task).",
    default: "15 s to 3 min",
    source: "guess: a steering message of a few sentences",
    min: 0,
    max: 8,
  }),
  readTime: quantity("duration", "perOccurrence", {
    description: "Working time an engineer takes to read each supervised turn's result (drawn once per task).",
    default: "15 s to 3 min",
    source: "guess: skimming an agent's answer and diff",
    min: 0,
    max: 8,
  }),
  toolTime: quantity("duration", "perOccurrence", {
    description: "Tool, test and CI time per task, all turns together; does not speed up with tokens/s.",
    default: "15 min to 2 h",
    source: "derived: ~60% of each agent request is tool execution (agent-trace study)",
    min: 0,
    max: 4 * 168,
  }),
  reviewTime: quantity("duration", "perOccurrence", {
    description: "Engineer effort to review a task, in working hours (the queue for an engineer comes on top).",
    default: "5 min to 1 h",
    source: "guess from code-review studies: most agent PRs are small; effort, not the days a PR waits",
    min: 0,
    max: 4 * 168,
  }),
  reviewScale: quantity("ratio", "perRun", {
    description: "A factor on every `reviewTime` of the run: how far the review guess's level is off in this run (the per-task draws vary task to task around it). One draw per run shared by every company (its own distribution at the same random number), since review effort is uncertain for both sides alike.",
    default: 1,
    source: "none: 1 keeps `reviewTime` as written; a range makes its level a ranked assumption (docs/answers.md)",
    min: 0,
    max: 100,
  }),
  reworkShare: quantity("ratio", "perRun", {
    description: "Size of a rework as a share of the original task's turns, tokens and tool time.",
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
    max: MAX_TASKS,
  }),
  iterationTasks: quantity("count", "perOccurrence", {
    description: "Tasks in each later release (rounded, ≥ 1).",
    default: "15 to 60",
    source: "guess: one to two weeks of changes per iteration",
    min: 0,
    exclusiveMin: true,
    max: MAX_TASKS,
  }),
  planningTime: quantity("duration", "perOccurrence", {
    description: "Human planning before a release's tasks start, in working hours.",
    default: "4 h to 16 h",
    source: "guess",
    min: 0,
    max: 26 * 168,
  }),
  releaseTime: quantity("duration", "perOccurrence", {
    description: "Integration, QA and deploy after a release's tasks.",
    default: "2 h to 8 h",
    source: "guess",
    min: 0,
    max: 26 * 168,
  }),
  feedbackDelay: quantity("duration", "perOccurrence", {
    description: "Time after a release until its users have used it enough to give a signal; the evidence counts the customers at this time.",
    default: "3 d to 14 d",
    source: "guess: a usable signal needs days to weeks of traffic",
    min: 0,
    max: 52 * 168,
  }),
  feedbackLatency: quantity("duration", "perOccurrence", {
    description: "Time from the users' signal (after `feedbackDelay`) until the team has read it: gathering, analysing, interviews. The lever `no-feedback-latency` removes it.",
    default: "0 h",
    source: "guess: none unless a scenario says so (the delay's traffic time is the signal)",
    min: 0,
    max: 52 * 168,
  }),
  iterationPolicy: oneOf(["wait", "pipeline"], {
    description: "`wait`: plan the next release after the last one's feedback; `pipeline`: plan it right after shipping.",
    default: "wait",
    source: "guess",
  }),
});

/** One company: a name, optionally a company it extends, and its parameter groups. */
export const companySchema = z
  .strictObject({
    name: name({ description: "The company's name, unique in the scenario (used in charts and paths): one line, at most 80 characters.", required: true }),
    extends: text({ description: "Name of another company of this scenario whose values this one starts from." }),
    agent: agentSchema,
    team: teamSchema,
    task: taskSchema,
    product: productSchema,
    takeoff: takeoffSchema,
    growth: growthSchema,
    response: responseSchema,
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
    name: name({ description: "Scenario name (used in reports): one line, at most 80 characters. Required, here or in the extended file.", required: true, optionalInFile: true }),
    description: text({ description: "One line saying what the scenario shows.", default: "" }),
    kind: oneOf(["story", "grounded", "illustration"], {
      description:
        "What the scenario claims: `grounded` (its market, Bass coefficients and fit inside the public ranges of docs/validation.md; the suite checks it), `story` (knobs calibrated to tell a story, not data) or `illustration` (a what-if for one question). Reports print the assumptions outside public ranges first whatever the kind.",
    }),
    extends: text({ description: "Another scenario file (relative to this one) that this file overlays." }),
    seed: fixed("integer", { description: "Seed of all random streams.", default: 42, source: "any fixed number", min: 0, max: 4_294_967_295 }),
    runs: fixed("integer", { description: "Monte Carlo replications.", default: 1000, source: "enough for ±1.5% on a probability", min: 1, max: MAX_RUNS }),
    horizon: fixed("duration", { description: "Simulated time span, with its unit (52 weeks).", default: "52 weeks", source: "guess: a year", min: 0, exclusiveMin: true, max: MAX_HORIZON_HOURS }),
    target: fixed("money", { description: "The headline ARR threshold, USD.", default: "$10M", source: "the design's headline", min: 0, exclusiveMin: true, max: MAX_USD }),
    milestones: moneyList({ description: "ARR thresholds that fire milestone events, USD (the target is added).", default: ["$1M", "$10M", "$100M"], source: "the design" }),
    market: marketSchema,
    economics: economicsSchema,
    models: modelsSchema,
    companies: z.array(companySchema).min(1).optional().meta({ description: "The competing companies (at least one; here or in the extended file)." }),
    sweep: sweepSchema,
    charts: chartsSchema,
  })
  .meta({ title: "velocity-sim scenario", description: "A velocity-sim scenario: companies racing to revenue in one market." });

/** The groups of a company, in declaration order. */
export const COMPANY_GROUPS = ["agent", "team", "task", "product", "takeoff", "growth", "response"] as const;
