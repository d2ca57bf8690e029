/**
 * The numbers `velocity calibrate` prints for each session and in total (docs/outputs.md defines
 * each): calls, tokens, person prompts, wall time split into model, tools and the rest, observed
 * output speed and time to first token, and the context a call reads (the model's context window).
 */
import { splitWall } from "./wall-split.ts";
import { noSkips, SKIP_CAUSES, skippedTotal, type RecordedSession, type SkipCounts } from "./types.ts";

const MS_PER_HOUR = 3_600_000;

/** One session's (or the total's) numbers. Hours are wall-clock hours; tokens are counts. */
export interface SessionStats {
  /** The session's transcript (or `turns-file#session`); "total" for the sum. */
  file: string;
  /** Subagent transcripts read with it. */
  subagentFiles: number;
  /** Distinct replies (each model call once, however many lines it took). */
  modelCalls: number;
  /** Output tokens, each reply once. */
  outputTokens: number;
  /** Every input token a call read: uncached + cache reads + cache writes, each reply once. */
  inputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  /** Prompts a person wrote. */
  personPrompts: number;
  /** Tool calls timed from `tool_use` to `tool_result`. */
  toolCalls: number;
  /** Sessions continued from a compaction summary. */
  compactions: number;
  /** Median seconds a compaction took (from the line before its boundary to it); null when none was read. */
  compactionSecondsMedian: number | null;
  /** Median context a compaction compacted (Claude Code's `preTokens`); null when none was written. */
  compactionContextMedianTokens: number | null;
  /** Median and largest context one call read (uncached + cache reads + cache writes); null without calls. */
  contextMedianTokens: number | null;
  contextMaxTokens: number | null;
  /** First and last timestamp (ISO 8601, UTC), null when none. */
  start: string | null;
  end: string | null;
  /** Wall span, first to last timestamp. */
  wallHours: number;
  /** Hours with a model call running (from the line a reply answers to the reply's last line). */
  modelHours: number;
  /** Hours with a tool running and no model call. */
  toolHours: number;
  /** The rest of the wall span: a person reading, typing, away. */
  otherHours: number;
  /** Output tokens ÷ the summed duration of the calls (prefill and first token included). */
  outputTokensPerSecond: number | null;
  /** Median seconds from a request to its reply's first line (an upper bound on time to first token). */
  firstTokenSeconds: number | null;
  /** Lines not used, all causes. */
  skippedLines: number;
  /** Lines not used, by cause. */
  skipped: SkipCounts;
}

/** The numbers of one recorded session. */
export function sessionStats(s: RecordedSession): SessionStats {
  const split = splitWall(s.first, s.last, s.calls, s.tools);
  let output = 0;
  let input = 0;
  let read = 0;
  let write = 0;
  let callMs = 0;
  const firstTokens: number[] = [];
  const contexts: number[] = [];
  let largest: number | null = null;
  for (const c of s.calls) {
    const context = contextOf(c);
    contexts.push(context);
    if (largest === null || context > largest) largest = context;
    output += c.outputTokens;
    input += c.inputTokens + c.cacheReadTokens + c.cacheWriteTokens;
    read += c.cacheReadTokens;
    write += c.cacheWriteTokens;
    callMs += c.end - c.start;
    if (!Number.isNaN(c.firstLine)) firstTokens.push((c.firstLine - c.start) / 1000);
  }
  return {
    file: s.file,
    subagentFiles: s.parts.length,
    modelCalls: s.calls.length,
    outputTokens: output,
    inputTokens: input,
    cacheReadTokens: read,
    cacheWriteTokens: write,
    personPrompts: s.prompts.length,
    toolCalls: s.tools.length,
    compactions: s.compactions,
    compactionSecondsMedian: median((s.compactionBoundaries ?? []).map((b) => b.seconds)),
    compactionContextMedianTokens: median((s.compactionBoundaries ?? []).filter((b) => b.contextTokens > 0).map((b) => b.contextTokens)),
    contextMedianTokens: median(contexts),
    contextMaxTokens: largest,
    start: Number.isNaN(s.first) ? null : new Date(s.first).toISOString(),
    end: Number.isNaN(s.last) ? null : new Date(s.last).toISOString(),
    wallHours: split.wall / MS_PER_HOUR,
    modelHours: split.model / MS_PER_HOUR,
    toolHours: split.tools / MS_PER_HOUR,
    otherHours: split.rest / MS_PER_HOUR,
    outputTokensPerSecond: callMs > 0 ? output / (callMs / 1000) : null,
    firstTokenSeconds: median(firstTokens),
    skippedLines: skippedTotal(s.skipped),
    skipped: { ...s.skipped },
  };
}

/**
 * The total over sessions: sums, with speed as total output over total call time (carried in
 * `callSeconds`) and first token as the median over every call (carried in `firstTokens`).
 */
export class StatsTotal {
  private readonly total: SessionStats = {
    file: "total",
    subagentFiles: 0,
    modelCalls: 0,
    outputTokens: 0,
    inputTokens: 0,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    personPrompts: 0,
    toolCalls: 0,
    compactions: 0,
    compactionSecondsMedian: null,
    compactionContextMedianTokens: null,
    contextMedianTokens: null,
    contextMaxTokens: null,
    start: null,
    end: null,
    wallHours: 0,
    modelHours: 0,
    toolHours: 0,
    otherHours: 0,
    outputTokensPerSecond: null,
    firstTokenSeconds: null,
    skippedLines: 0,
    skipped: noSkips(),
  };
  private callSeconds = 0;
  private readonly firstTokens: number[] = [];
  private readonly contexts: number[] = [];
  private readonly boundaries: { seconds: number; contextTokens: number }[] = [];

  /** Adds one session (its stats and its calls, for speed and first token). */
  add(stats: SessionStats, session: RecordedSession): void {
    const t = this.total;
    t.subagentFiles += stats.subagentFiles;
    t.modelCalls += stats.modelCalls;
    t.outputTokens += stats.outputTokens;
    t.inputTokens += stats.inputTokens;
    t.cacheReadTokens += stats.cacheReadTokens;
    t.cacheWriteTokens += stats.cacheWriteTokens;
    t.personPrompts += stats.personPrompts;
    t.toolCalls += stats.toolCalls;
    t.compactions += stats.compactions;
    if (stats.start !== null && (t.start === null || stats.start < t.start)) t.start = stats.start;
    if (stats.end !== null && (t.end === null || stats.end > t.end)) t.end = stats.end;
    t.wallHours += stats.wallHours;
    t.modelHours += stats.modelHours;
    t.toolHours += stats.toolHours;
    t.otherHours += stats.otherHours;
    t.skippedLines += stats.skippedLines;
    for (const cause of SKIP_CAUSES) t.skipped[cause] += stats.skipped[cause];
    for (const c of session.calls) {
      this.callSeconds += (c.end - c.start) / 1000;
      if (!Number.isNaN(c.firstLine)) this.firstTokens.push((c.firstLine - c.start) / 1000);
      this.contexts.push(contextOf(c));
    }
    this.boundaries.push(...(session.compactionBoundaries ?? []));
    if (stats.contextMaxTokens !== null && (t.contextMaxTokens === null || stats.contextMaxTokens > t.contextMaxTokens)) t.contextMaxTokens = stats.contextMaxTokens;
  }

  /** The total so far. */
  result(): SessionStats {
    return {
      ...this.total,
      skipped: { ...this.total.skipped },
      outputTokensPerSecond: this.callSeconds > 0 ? this.total.outputTokens / this.callSeconds : null,
      firstTokenSeconds: median(this.firstTokens),
      contextMedianTokens: median(this.contexts),
      compactionSecondsMedian: median(this.boundaries.map((b) => b.seconds)),
      compactionContextMedianTokens: median(this.boundaries.filter((b) => b.contextTokens > 0).map((b) => b.contextTokens)),
    };
  }
}

/** Every input token one call read: its context. */
function contextOf(c: RecordedSession["calls"][number]): number {
  return c.inputTokens + c.cacheReadTokens + c.cacheWriteTokens;
}

/** The median of `values` (the mean of the middle two for an even count), null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
