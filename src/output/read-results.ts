/**
 * Reads the saved results a report is built from: `summary.json` and `manifest.json`, checked
 * against the shape `velocity run` writes (every field the charts and tables read, with its type),
 * so a damaged or hand-edited file is one line naming the file and the field, not a crash.
 */
import { join } from "node:path";
import * as z from "zod";
import type { Summary } from "../montecarlo/types.ts";
import type { Manifest } from "./manifest.ts";
import { BoundedReadError, MAX_SUMMARY_BYTES, readBounded } from "./read-bounded.ts";
import { ReportError, badResultMessage, missingResultMessage } from "./report-errors.ts";
import { manifestSchema, summarySchema } from "./summary-schema.ts";


/** The results of one output folder. */
export interface SavedResults {
  summary: Summary;
  manifest: Manifest;
}

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
