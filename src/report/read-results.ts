/** Reads the saved results a report is built from: `summary.json` and `manifest.json`. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Summary } from "../montecarlo/types.ts";
import type { Manifest } from "./output-folder.ts";
import { ReportError, badResultMessage, missingResultMessage } from "./report-errors.ts";

/** The results of one output folder. */
export interface SavedResults {
  summary: Summary;
  manifest: Manifest;
}

function readJson(dir: string, file: string): Record<string, unknown> {
  const path = join(dir, file);
  if (!existsSync(path)) throw new ReportError(missingResultMessage(dir, file));
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ReportError(badResultMessage(path, `unparsable JSON (${(error as Error).message})`));
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ReportError(badResultMessage(path, "no JSON object"));
  return value as Record<string, unknown>;
}

/**
 * Reads `summary.json` and `manifest.json` from an output folder. Checks the fields the report
 * relies on are there; the rest is trusted (the files are written by `velocity run`).
 * @throws ReportError (user-facing) when a file is missing, unparsable or lacks those fields.
 */
export function readResults(dir: string): SavedResults {
  const summary = readJson(dir, "summary.json");
  const manifest = readJson(dir, "manifest.json");
  if (!Array.isArray(summary.points) || summary.points.length === 0) throw new ReportError(badResultMessage(join(dir, "summary.json"), "no sweep points"));
  for (const key of ["scenario", "command", "resolved"] as const) {
    if (manifest[key] === undefined) throw new ReportError(badResultMessage(join(dir, "manifest.json"), `no "${key}"`));
  }
  return { summary: upgradeSummary(summary as unknown as Summary), manifest: manifest as unknown as Manifest };
}

/**
 * A summary written before comparisons and levers existed, read as one with none: no comparisons,
 * no levers, the first point as baseline, and the old mean-ratio speed premium dropped (it is not
 * the paired distribution the report shows now). A current summary is returned unchanged.
 */
export function upgradeSummary(summary: Summary): Summary {
  summary.baseline ??= summary.points[0]?.label ?? "base";
  summary.levers ??= [];
  summary.leverRuns ??= 0;
  for (const point of summary.points) {
    point.comparisons ??= [];
    point.levers ??= [];
    for (const c of point.companies) {
      if (c.speedPremium && !("netValueUsd" in c.speedPremium)) c.speedPremium = null;
      // Written before intervals: nothing was shown to be distinguishable from noise.
      c.sensitivity = (c.sensitivity ?? []).map((x) => (x.detectable === undefined ? { ...x, low: -1, high: 1, detectable: false } : x));
    }
  }
  return summary;
}
