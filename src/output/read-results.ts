/**
 * Reads the saved results a report is built from: `summary.json` and `manifest.json`, checked
 * against the shape `velocity run` writes (every field the charts and tables read, with its type),
 * so a damaged or hand-edited file is one line naming the file and the field, not a crash.
 */
import { join } from "node:path";
import * as z from "zod";
import { CURVE_POINTS, LEVER_IDS } from "../montecarlo/index.ts";
import type { Summary } from "../montecarlo/types.ts";
import { MAX_COMPANIES, MAX_HORIZON_HOURS, MAX_MILESTONES, MAX_NAME_LENGTH, MAX_RUNS, MAX_SWEEP_POINTS, MAX_USD, nameProblem } from "../scenario/index.ts";
import type { Manifest } from "./output-folder.ts";
import { BoundedReadError, readBounded } from "./read-bounded.ts";
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
  let bytes: Buffer;
  try {
    // Only a regular file, at most MAX_SUMMARY_BYTES: a FIFO or a link to /dev/zero is refused at once.
    bytes = readBounded(path, MAX_SUMMARY_BYTES);
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    throw new ReportError(error.reason === "missing" ? missingResultMessage(dir, file) : badResultMessage(path, error.problem));
  }
  try {
    return JSON.parse(bytes.toString("utf8"));
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
