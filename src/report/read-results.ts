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
  return { summary: summary as unknown as Summary, manifest: manifest as unknown as Manifest };
}
