/**
 * Reads the saved results a report is built from: `summary.json` and `manifest.json`, checked
 * against the shape `velocity run` writes (every field the charts and tables read, with its type),
 * so a damaged or hand-edited file is one line naming the file and the field, not a crash.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { CURVE_POINTS, LEVER_IDS, PRICE_CURVE_POINTS, SHARE_LEVELS } from "../montecarlo/index.ts";
import type { Summary } from "../montecarlo/types.ts";
import { MAX_COMPANIES, MAX_HORIZON_HOURS, MAX_MILESTONES, MAX_NAME_LENGTH, MAX_RUNS, MAX_SWEEP_POINTS, MAX_USD, nameProblem } from "../scenario/index.ts";
import type { Manifest } from "./output-folder.ts";
import { ReportError, badResultMessage, missingResultMessage } from "./report-errors.ts";

/** The results of one output folder. */
export interface SavedResults {
  summary: Summary;
  manifest: Manifest;
}

// The limits `velocity run` enforces on a scenario hold for a summary read from disk too, so a
// tampered file (a horizon of 1e308 weeks, two million curve rows, 5,000 companies) is one line,
// not gigabytes of charts: every list is bounded by what a run can write.
const MAX_HORIZON_WEEKS = MAX_HORIZON_HOURS / 168;
/** Largest summary.json read, bytes: far above what a run writes, below V8's longest string. */
export const MAX_SUMMARY_BYTES = 256 * 1024 * 1024;
/** Longest sweep point label: labels from --vary join every axis's value, so longer than a name. */
const MAX_LABEL_LENGTH = 1000;
const MAX_TEXT_LENGTH = 10_000;

const num = z.number();
const maybe = z.number().nullable();
const count = z.number().int().min(0).max(MAX_RUNS);
const text = z.string().max(MAX_TEXT_LENGTH);
const nameOf = (max: number) =>
  z.string().superRefine((value, ctx) => {
    const problem = value.length > max ? `expected at most ${max} characters, got ${value.length.toLocaleString("en-US")}` : nameProblem(value.slice(0, MAX_NAME_LENGTH));
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
  });
const share = z.looseObject({ share: num, low: num, high: num });
const quantiles = z.looseObject({ p10: maybe, p50: maybe, p90: maybe, mean: maybe, n: count });
const breakdown = z.record(z.string(), num).nullable();

// Money a run can write: far above any net value (a market is at most MAX_USD a year), finite.
const usd = z.number().min(-1e15).max(1e15);
const usdOrNull = usd.nullable();
const unit = z.number().min(0).max(1);
const estimate = z.looseObject({ p50: usd, low: usd, high: usd });
/**
 * A verdict (points[].verdicts[]): the fields the sentence, its table and the break-even chart read.
 * The decision fields are optional: folders written before them have none.
 */
const verdictSchema = z.looseObject({
  of: text,
  against: text,
  runs: count,
  extraTokenSpendUsd: estimate,
  weeksSooner: z.looseObject({ horizonWeeks: num.min(0).max(MAX_HORIZON_WEEKS), weeks: num, low: num, high: num }),
  revenueDifferenceUsd: estimate,
  netValueDifferenceUsd: estimate,
  sharePaidForItself: unit,
  pricePerMOutputUsd: usd.min(0),
  breakEvenPricePerMOutputUsd: usdOrNull,
  priceCurve: z.array(z.looseObject({ pricePerMOutputUsd: usd.min(0), p50: usd, low: usd, high: usd, sharePays: unit.optional() })).max(PRICE_CURVE_POINTS),
  priceGuess: z.boolean().optional(),
  netValueMedianInterval: z.looseObject({ low: usd, high: usd, detectable: z.boolean() }).optional(),
  breakEvenInterval: z.looseObject({ low: usd.min(0), high: usdOrNull }).nullable().optional(),
  tokenParityPricePerMOutputUsd: usdOrNull.optional(),
  valueOfTimePerMOutputUsd: usdOrNull.optional(),
  sharePaysCrossings: z.array(z.looseObject({ share: unit, pricePerMOutputUsd: usdOrNull })).max(SHARE_LEVELS.length).optional(),
  // One row per drawn input of any company or the market, as the sensitivity tables.
  valueOfInformation: z.looseObject({ evpiUsd: usd.min(0), perAssumption: z.array(z.looseObject({ path: text, evppiUsd: usd.min(0), standardError: usd.min(0), lowTenthGainUsd: usd.optional(), highTenthGainUsd: usd.optional() })).max(200 * (MAX_COMPANIES + 1)) }).optional(),
});

/** The best option of a one-axis sweep (summary.decision): one option per sweep point. */
const decisionSchema = z.looseObject({
  company: text,
  options: z.array(z.looseObject({ label: nameOf(MAX_LABEL_LENGTH), meanNetValueUsd: usd, low: usd, high: usd, p50: usd, shareBest: unit, expectedRegretUsd: usd.min(0) })).min(1).max(MAX_SWEEP_POINTS),
  choose: z.looseObject({ label: nameOf(MAX_LABEL_LENGTH), runnerUp: nameOf(MAX_LABEL_LENGTH).nullable(), marginUsd: usd, marginLow: usd, marginHigh: usd }),
  knee: nameOf(MAX_LABEL_LENGTH).nullable().optional(),
});

/** What the charts and tables read of `summary.json`; extra fields are allowed (newer versions add some). */
const summarySchema = z.looseObject({
  scenario: nameOf(MAX_NAME_LENGTH),
  // A scenario's description has no length limit of its own (its file has: 1 MiB).
  description: z.string(),
  seed: z.number().int().min(0).max(4_294_967_295),
  runs: z.number().int().min(1).max(MAX_RUNS),
  version: text,
  horizonWeeks: num.positive().max(MAX_HORIZON_WEEKS),
  targetUsd: num.positive().max(MAX_USD),
  // The target is added to the milestones a scenario lists.
  milestonesUsd: z.array(num.positive().max(MAX_USD)).max(MAX_MILESTONES + 1),
  sweepAxes: z.array(text).max(MAX_SWEEP_POINTS),
  levers: z.array(z.looseObject({})).max(LEVER_IDS.length).optional(),
  leverRuns: count.optional(),
  decision: decisionSchema.nullable().optional(),
  points: z
    .array(
      z.looseObject({
        index: num,
        label: nameOf(MAX_LABEL_LENGTH),
        // Every ordered pair of companies at three milestones, and each company against the baseline point.
        comparisons: z.array(z.looseObject({ of: text, against: text, metric: text, medianDifferenceWeeks: maybe, low: maybe, high: maybe, shareSooner: num, shareLater: num })).max(3 * MAX_COMPANIES * MAX_COMPANIES).optional(),
        // One effect per lever, company and milestone.
        levers: z.array(z.looseObject({})).max(LEVER_IDS.length * MAX_COMPANIES * 3).optional(),
        // At most one idea per company, each naming its companies and one share per company.
        ideas: z
          .array(z.looseObject({ idea: text, companies: z.array(text).max(MAX_COMPANIES), hadFit: share, runsWithFit: num, firstToTakeoff: z.array(share).max(MAX_COMPANIES), noTakeoff: share, firstToTarget: z.array(share).max(MAX_COMPANIES), noTarget: share }))
          .max(MAX_COMPANIES)
          .optional(),
        params: z.record(text, z.union([num, text])),
        // Each company but the first against the first, and each against itself at the baseline point.
        verdicts: z.array(verdictSchema).max(2 * MAX_COMPANIES).optional(),
        companies: z
          .array(
            z.looseObject({
              name: nameOf(MAX_NAME_LENGTH),
              runs: count,
              reachedTarget: share,
              weeksToTarget: z.looseObject({ p10: maybe, p50: maybe, p90: maybe, medianLow: maybe, medianHigh: maybe, medianSe: maybe }),
              reachedCurve: z.array(z.looseObject({ week: num, reached: num, low: num, high: num })).max(CURVE_POINTS + 1),
              weeksToV1: quantiles,
              weeksToTakeoff: quantiles,
              firstToTarget: share,
              leads: z.array(z.looseObject({ rival: text, ahead: num, p10: maybe, p50: maybe, p90: maybe })).max(MAX_COMPANIES),
              tokenSpendUsd: quantiles,
              tokenSpendToTargetUsd: quantiles,
              teamSpendUsd: quantiles,
              revenueUsd: quantiles,
              arrAtHorizonUsd: quantiles,
              arrFan: z.array(z.looseObject({ week: num, p10: num, p50: num, p90: num })).max(Math.ceil(MAX_HORIZON_WEEKS) + 1),
              breakdownToV1: breakdown,
              breakdownToTakeoff: breakdown,
              // The interval fields are absent in folders written before they existed (upgradeSummary fills them in).
              // One row per drawn input of any company or the market: far fewer than 200 per company.
              sensitivity: z.array(z.looseObject({ input: text, spearman: num, low: num.optional(), high: num.optional(), detectable: z.boolean().optional(), lowDecileWeeks: maybe, highDecileWeeks: maybe })).max(200 * (MAX_COMPANIES + 1)),
              // Paired spreads now; an older folder's mean ratios are dropped by upgradeSummary.
              speedPremium: z.looseObject({ extraTokenSpendUsd: z.union([num, z.looseObject({ p10: maybe, p50: maybe, p90: maybe })]) }).nullable(),
            }),
          )
          .min(1)
          .max(MAX_COMPANIES),
      }),
    )
    .min(1)
    .max(MAX_SWEEP_POINTS),
});

/** What the report reads of `manifest.json`. */
const manifestSchema = z.looseObject({
  scenario: z.string(),
  file: z.string(),
  seed: z.number().int().min(0).max(4_294_967_295),
  runs: z.number().int().min(1).max(MAX_RUNS),
  version: z.string(),
  command: z.string(),
  resolved: z.record(z.string(), z.unknown()),
  vary: z.array(z.string()).optional(),
});

function readJson(dir: string, file: string): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) throw new ReportError(missingResultMessage(dir, file));
  const size = statSync(path).size;
  if (size > MAX_SUMMARY_BYTES) throw new ReportError(badResultMessage(path, `a file of ${size.toLocaleString("en-US")} bytes (at most ${MAX_SUMMARY_BYTES / 1024 / 1024} MiB is read)`));
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    // The parser quotes the text around the fault, newlines and all: keep the message on one line.
    throw new ReportError(badResultMessage(path, `unparsable JSON (${(error as Error).message.replace(/\s+/g, " ")})`));
  }
}

/** The first problem zod found, as `points[0].companies[1].reachedTarget.low: expected number`. */
function firstIssue(error: z.ZodError, value: unknown): string {
  const issue = error.issues[0];
  const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("").replace(/^\./, "");
  if (issue.path.length === 0 && (value === null || typeof value !== "object" || Array.isArray(value))) return "no JSON object";
  if (issue.path.length === 1 && issue.path[0] === "points" && Array.isArray((value as { points?: unknown }).points) && (value as { points: unknown[] }).points.length === 0) return "no sweep points";
  if (issue.code === "invalid_type" && issue.path.length > 0) {
    let at: unknown = value;
    for (const p of issue.path) at = (at as Record<PropertyKey, unknown> | undefined)?.[p as PropertyKey];
    if (at === undefined) return `no "${path}"`;
  }
  return `${path === "" ? "" : `${path}: `}${issue.message.replace(/^(Invalid input|Too big|Too small): /, "")}`;
}

function check<T>(schema: z.ZodType, value: unknown, path: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ReportError(badResultMessage(path, firstIssue(parsed.error, value)));
  return value as T;
}

/**
 * Reads `summary.json` and `manifest.json` from an output folder and checks every field the
 * report reads.
 * @throws ReportError (user-facing, one line) when a file is missing, unparsable or damaged.
 */
export function readResults(dir: string): SavedResults {
  const summary = check<Summary>(summarySchema, readJson(dir, "summary.json"), join(dir, "summary.json"));
  const manifest = check<Manifest>(manifestSchema, readJson(dir, "manifest.json"), join(dir, "manifest.json"));
  return { summary: upgradeSummary(summary), manifest };
}

/**
 * A summary written before comparisons, levers and verdicts existed, read as one with none: no
 * comparisons, no levers, no verdicts, the first point as baseline, and the old mean-ratio speed
 * premium dropped (it is not the paired distribution the report shows now). A current summary is
 * returned unchanged.
 */
export function upgradeSummary(summary: Summary): Summary {
  summary.baseline ??= summary.points[0]?.label ?? "base";
  summary.kind ??= null;
  summary.assumptions ??= [];
  summary.levers ??= [];
  summary.leverRuns ??= 0;
  for (const point of summary.points) {
    point.comparisons ??= [];
    point.levers ??= [];
    point.ideas ??= [];
    point.verdicts ??= [];
    for (const c of point.companies) {
      if (c.speedPremium && !("netValueUsd" in c.speedPremium)) c.speedPremium = null;
      // Written before intervals: nothing was shown to be distinguishable from noise.
      c.sensitivity = (c.sensitivity ?? []).map((x) => (x.detectable === undefined ? { ...x, low: -1, high: 1, detectable: false } : x));
    }
  }
  return summary;
}
