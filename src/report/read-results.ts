/**
 * Reads the saved results a report is built from: `summary.json` and `manifest.json`, checked
 * against the shape `velocity run` writes (every field the charts and tables read, with its type),
 * so a damaged or hand-edited file is one line naming the file and the field, not a crash.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import type { Summary } from "../montecarlo/types.ts";
import type { Manifest } from "./output-folder.ts";
import { ReportError, badResultMessage, missingResultMessage } from "./report-errors.ts";

/** The results of one output folder. */
export interface SavedResults {
  summary: Summary;
  manifest: Manifest;
}

const num = z.number();
const maybe = z.number().nullable();
const share = z.looseObject({ share: num, low: num, high: num });
const quantiles = z.looseObject({ p10: maybe, p50: maybe, p90: maybe, mean: maybe, n: num });
const breakdown = z.record(z.string(), num).nullable();

/** What the charts and tables read of `summary.json`; extra fields are allowed (newer versions add some). */
const summarySchema = z.looseObject({
  scenario: z.string(),
  description: z.string(),
  seed: num,
  runs: num,
  version: z.string(),
  horizonWeeks: num.positive(),
  targetUsd: num,
  milestonesUsd: z.array(num),
  sweepAxes: z.array(z.string()),
  points: z
    .array(
      z.looseObject({
        index: num,
        label: z.string(),
        comparisons: z.array(z.looseObject({ of: z.string(), against: z.string(), metric: z.string(), medianDifferenceWeeks: maybe, low: maybe, high: maybe, shareSooner: num, shareLater: num })).optional(),
        levers: z.array(z.looseObject({})).optional(),
        ideas: z.array(z.looseObject({ idea: z.string(), companies: z.array(z.string()), hadFit: share, runsWithFit: num, firstToTakeoff: z.array(share), noTakeoff: share, firstToTarget: z.array(share), noTarget: share })).optional(),
        params: z.record(z.string(), z.union([num, z.string()])),
        companies: z
          .array(
            z.looseObject({
              name: z.string(),
              runs: num,
              reachedTarget: share,
              weeksToTarget: z.looseObject({ p10: maybe, p50: maybe, p90: maybe, medianLow: maybe, medianHigh: maybe, medianSe: maybe }),
              reachedCurve: z.array(z.looseObject({ week: num, reached: num, low: num, high: num })),
              weeksToV1: quantiles,
              weeksToTakeoff: quantiles,
              firstToTarget: share,
              leads: z.array(z.looseObject({ rival: z.string(), ahead: num, p10: maybe, p50: maybe, p90: maybe })),
              tokenSpendUsd: quantiles,
              tokenSpendToTargetUsd: quantiles,
              teamSpendUsd: quantiles,
              revenueUsd: quantiles,
              arrAtHorizonUsd: quantiles,
              arrFan: z.array(z.looseObject({ week: num, p10: num, p50: num, p90: num })),
              breakdownToV1: breakdown,
              breakdownToTakeoff: breakdown,
              // The interval fields are absent in folders written before they existed (upgradeSummary fills them in).
              sensitivity: z.array(z.looseObject({ input: z.string(), spearman: num, low: num.optional(), high: num.optional(), detectable: z.boolean().optional(), lowDecileWeeks: maybe, highDecileWeeks: maybe })),
              // Paired spreads now; an older folder's mean ratios are dropped by upgradeSummary.
              speedPremium: z.looseObject({ extraTokenSpendUsd: z.union([num, z.looseObject({ p10: maybe, p50: maybe, p90: maybe })]) }).nullable(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

/** What the report reads of `manifest.json`. */
const manifestSchema = z.looseObject({
  scenario: z.string(),
  file: z.string(),
  seed: num,
  runs: num,
  version: z.string(),
  command: z.string(),
  resolved: z.record(z.string(), z.unknown()),
  vary: z.array(z.string()).optional(),
});

function readJson(dir: string, file: string): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) throw new ReportError(missingResultMessage(dir, file));
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ReportError(badResultMessage(path, `unparsable JSON (${(error as Error).message})`));
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
  return `${path === "" ? "" : `${path}: `}${issue.message.replace(/^Invalid input: /, "")}`;
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
