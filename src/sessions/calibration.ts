/**
 * From recorded sessions to the values of a calibrated company, as numbers with their evidence
 * (docs/model.md, "Calibrating from recorded sessions", states the mapping):
 *
 *   a person prompt's stretch  →  one task         (a change asked for and made)
 *   a model call                →  one turn         (one prefill, one first token, one decode)
 *   calls per stretch           →  task.turns
 *   output / input tokens of a stretch → task.outputTokens / task.inputTokens
 *   cache reads ÷ input tokens  →  task.cachedInputShare
 *   tool time of a stretch      →  task.toolTime
 *   one prompt per stretch      →  task.supervisedTurns: 1 (the prompt's call supervised, the rest
 *                                  of the stretch alone; `autonomy`'s share of turns cannot say
 *                                  "one prompt, then a hundred calls")
 *   gap from a stretch's end to the next prompt → task.readTime + task.promptTime (half each: the
 *                                                  logs do not say how the gap splits; guess)
 *
 * A drawn value is a maximum-likelihood lognormal with its KS D; a share is a ratio of totals.
 * Fewer than `MIN_OBSERVATIONS` observations keep the base scenario's value, and say so.
 */
import { fitLognormal, type LognormalFit } from "./fit.ts";
import type { Stretch } from "./stretches.ts";

/** Observations below which a value is not fitted (the base's value is kept). */
export const MIN_OBSERVATIONS = 5;

/** Everything calibration reads from the sessions: stretches, gaps and totals. */
export interface CalibrationData {
  sessions: number;
  /** First and last timestamp over all sessions (ISO 8601), null when none. */
  start: string | null;
  end: string | null;
  stretches: Stretch[];
  /** Hours from a stretch's end to the next prompt. */
  gaps: number[];
  calls: number;
  prompts: number;
  inputTokens: number;
  cacheReadTokens: number;
}

/** One value of the calibrated company. */
export type CalibratedValue =
  | { field: string; how: "lognormal"; unit: "count" | "hours"; fit: LognormalFit; scale: number; evidence: string }
  | { field: string; how: "share"; value: number; n: number; of: "calls" | "stretches"; evidence: string }
  | { field: string; how: "kept"; n: number; evidence: string; outside?: string };

/** The fitted values, in the order they are written. */
export function calibrate(data: CalibrationData): CalibratedValue[] {
  const s = data.stretches;
  const out: CalibratedValue[] = [];
  const drawn = (field: string, unit: "count" | "hours", xs: number[], what: string, scale = 1): void => {
    const fit = xs.filter((x) => x > 0).length >= MIN_OBSERVATIONS ? fitLognormal(xs) : null;
    if (fit === null) out.push({ field, how: "kept", n: xs.length, evidence: what });
    else out.push({ field, how: "lognormal", unit, fit, scale, evidence: what });
  };
  drawn("turns", "count", s.map((x) => x.calls), "model calls per person prompt's stretch");
  drawn("outputTokens", "count", s.map((x) => x.outputTokens), "output tokens per stretch (recorded usage, a lower bound)");
  drawn("inputTokens", "count", s.map((x) => x.inputTokens), "input tokens read per stretch (uncached + cache reads + cache writes)");
  drawn("toolTime", "hours", s.map((x) => x.toolHours), "tool time per stretch (tool_use to tool_result, no call running)");
  if (data.inputTokens > 0 && data.calls >= MIN_OBSERVATIONS) out.push({ field: "cachedInputShare", how: "share", value: data.cacheReadTokens / data.inputTokens, n: data.calls, of: "calls", evidence: "cache reads ÷ input tokens, over all calls" });
  else out.push({ field: "cachedInputShare", how: "kept", n: data.calls, evidence: "cache reads ÷ input tokens" });
  if (s.length >= MIN_OBSERVATIONS) out.push({ field: "supervisedTurns", how: "share", value: 1, n: s.length, of: "stretches", evidence: `one person prompt per stretch, by the mapping; the agent ran the other ${Math.max(0, data.calls - data.prompts)} of ${data.calls} calls alone (1 − prompts ÷ calls = ${(1 - data.prompts / Math.max(1, data.calls)).toFixed(3)}; autonomy is not used beside supervisedTurns)` });
  else out.push({ field: "supervisedTurns", how: "kept", n: s.length, evidence: "person prompts per stretch" });
  drawn("promptTime", "hours", data.gaps, "half the gap from a stretch's end to the next prompt (how the gap splits between reading and writing is a guess)", 0.5);
  drawn("readTime", "hours", data.gaps, "half the gap from a stretch's end to the next prompt (how the gap splits between reading and writing is a guess)", 0.5);
  return out;
}
