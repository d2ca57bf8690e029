/**
 * What calibration fits, read off recorded sessions: a session is cut at each person prompt into
 * stretches (the prompt and the calls and tools the agent ran on its own until the next prompt).
 * docs/model.md states how these map onto the model: a stretch is one task, a call is one turn.
 */
import { lengthOf, overlapOf, unionOf } from "./wall-split.ts";
import type { RecordedSession } from "./types.ts";

const MS_PER_HOUR = 3_600_000;

/** One person prompt's stretch. Tokens are counts; hours are wall-clock hours. */
export interface Stretch {
  /** Model calls in the stretch (subagents' included). */
  calls: number;
  outputTokens: number;
  /** Every input token read (uncached + cache reads + cache writes). */
  inputTokens: number;
  cacheReadTokens: number;
  /** Hours with a tool running and no model call, within the stretch. */
  toolHours: number;
  /** Hours from the prompt to the stretch's last call or tool ending. */
  spanHours: number;
}

/** A session's stretches and the gaps between them. */
export interface SessionStretches {
  stretches: Stretch[];
  /** Hours from a stretch's end to the next prompt: a person reading, thinking, typing or away. */
  gaps: number[];
}

/**
 * Cuts `s` at its person prompts. Calls before the first prompt join the first stretch; a session
 * with no prompt is one stretch.
 */
export function stretchesOf(s: RecordedSession): SessionStretches {
  const cuts = s.prompts.length === 0 ? [Number.NEGATIVE_INFINITY] : [Number.NEGATIVE_INFINITY, ...s.prompts.slice(1)];
  const stretches: Stretch[] = [];
  const ends: number[] = [];
  for (let i = 0; i < cuts.length; i++) {
    const from = cuts[i];
    const to = i + 1 < cuts.length ? cuts[i + 1] : Number.POSITIVE_INFINITY;
    const calls = s.calls.filter((c) => c.start >= from && c.start < to);
    const tools = s.tools.filter((t) => t.start >= from && t.start < to);
    if (calls.length === 0 && tools.length === 0) {
      ends.push(Number.NaN);
      continue;
    }
    const model = unionOf(calls);
    const tool = unionOf(tools);
    let output = 0;
    let input = 0;
    let read = 0;
    let end = Number.NEGATIVE_INFINITY;
    for (const c of calls) {
      output += c.outputTokens;
      input += c.inputTokens + c.cacheReadTokens + c.cacheWriteTokens;
      read += c.cacheReadTokens;
      end = Math.max(end, c.end);
    }
    for (const t of tools) end = Math.max(end, t.end);
    const begin = i === 0 ? Math.min(s.prompts[0] ?? Number.POSITIVE_INFINITY, ...calls.map((c) => c.start), ...tools.map((t) => t.start)) : cuts[i];
    stretches.push({
      calls: calls.length,
      outputTokens: output,
      inputTokens: input,
      cacheReadTokens: read,
      toolHours: (lengthOf(tool) - overlapOf(model, tool)) / MS_PER_HOUR,
      spanHours: (end - begin) / MS_PER_HOUR,
    });
    ends.push(end);
  }
  const gaps: number[] = [];
  for (let i = 1; i < s.prompts.length; i++) {
    const end = ends[i - 1];
    if (!Number.isNaN(end) && s.prompts[i] > end) gaps.push((s.prompts[i] - end) / MS_PER_HOUR);
  }
  return { stretches, gaps };
}

