/**
 * The words of `velocity calibrate`: the per-session and total table for a terminal, the skipped
 * lines by cause, and the JSON document. Numbers and file names only (no text from a log).
 */
import { formatTokens, MISSING } from "../format/index.ts";
import { spanText } from "./replay-text.ts";
import { SKIP_CAUSES, SKIP_CAUSE_WORDS, type SessionStats } from "../sessions/index.ts";
import { cell, renderTerminal, wrapText, type Table } from "./table-model.ts";

/** One session as printed: its stats and the name it is shown under (a path relative to what was named). */
export interface NamedStats {
  name: string;
  stats: SessionStats;
  /** The session's files with skipped lines (its own or a subagent's), each named as shown. */
  skippedFiles?: { name: string; skipped: SessionStats["skipped"] }[];
}

function pct(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : MISSING;
}

function row(name: string, s: SessionStats) {
  return [
    cell(name),
    cell(String(s.modelCalls)),
    cell(formatTokens(s.outputTokens)),
    cell(formatTokens(s.inputTokens)),
    cell(String(s.personPrompts)),
    cell(spanText(s.wallHours)),
    cell(spanText(s.modelHours), pct(s.modelHours, s.wallHours)),
    cell(spanText(s.toolHours), pct(s.toolHours, s.wallHours)),
    cell(spanText(s.otherHours), pct(s.otherHours, s.wallHours)),
    cell(s.outputTokensPerSecond === null ? MISSING : s.outputTokensPerSecond.toFixed(1)),
    cell(s.firstTokenSeconds === null ? MISSING : s.firstTokenSeconds.toFixed(1)),
    cell(String(s.skippedLines)),
  ];
}

/** The table: one row per session, then the total. */
export function calibrateTable(sessions: readonly NamedStats[], total: SessionStats): Table {
  return {
    title: `Recorded sessions — ${sessions.length} session${sessions.length === 1 ? "" : "s"}${total.start !== null && total.end !== null ? `, ${total.start.slice(0, 10)} to ${total.end.slice(0, 10)}` : ""}`,
    headings: ["session", "model calls", "output tokens", "input tokens", "person prompts", "wall", "model", "tools", "other (person, idle)", "output tok/s", "first line s", "skipped lines"],
    rows: [...sessions.map((s) => row(s.name, s.stats)), row("total", total)],
  };
}

/** `short.jsonl: 3 lines skipped: not JSON; 1 line skipped: truncated last line`, one line per file with skips. */
export function skippedLines(sessions: readonly NamedStats[]): string[] {
  const out: string[] = [];
  for (const { name, stats, skippedFiles } of sessions) {
    for (const file of skippedFiles ?? [{ name, skipped: stats.skipped }]) {
      const parts = SKIP_CAUSES.filter((c) => file.skipped[c] > 0).map((c) => `${file.skipped[c]} line${file.skipped[c] === 1 ? "" : "s"} skipped: ${SKIP_CAUSE_WORDS[c]}`);
      if (parts.length > 0) out.push(`${file.name}: ${parts.join("; ")}`);
    }
  }
  return out;
}

/** How to read the table: what each column counts, in a few lines. */
export const CALIBRATE_NOTES = [
  "model: from the line a reply answers to the reply's last line (subagents' calls included); tools: tool_use to its tool_result, when no call runs; other: the rest of the wall span (a person reading, typing, away).",
  "output tok/s: output tokens over the calls' summed time (prefill and first token included); first line s: median seconds from a request to its reply's first line, an upper bound on time to first token.",
  "Tokens are each reply's largest recorded usage, counted once; Claude Code often records a reply's usage before it ends, so output tokens are a lower bound (docs/outputs.md).",
];

/** The terminal text of `calibrate`: table, skips and notes. */
export function calibrateText(sessions: readonly NamedStats[], total: SessionStats, width = 100): string {
  const lines = [renderTerminal(calibrateTable(sessions, total), width)];
  const skips = skippedLines(sessions);
  if (skips.length > 0) lines.push("", ...skips);
  lines.push("", ...CALIBRATE_NOTES.map((n) => wrapText(n, width)));
  return `${lines.join("\n")}\n`;
}

/** The fields `calibrate --json` prints per session (docs/outputs.md defines each). */
export function sessionJson(name: string, s: SessionStats): Record<string, unknown> {
  return {
    file: name,
    subagentFiles: s.subagentFiles,
    modelCalls: s.modelCalls,
    outputTokens: s.outputTokens,
    inputTokens: s.inputTokens,
    cacheReadTokens: s.cacheReadTokens,
    cacheWriteTokens: s.cacheWriteTokens,
    personPrompts: s.personPrompts,
    toolCalls: s.toolCalls,
    compactions: s.compactions,
    compactionSecondsMedian: s.compactionSecondsMedian,
    compactionContextMedianTokens: s.compactionContextMedianTokens,
    contextMedianTokens: s.contextMedianTokens,
    contextMaxTokens: s.contextMaxTokens,
    start: s.start,
    end: s.end,
    wallHours: s.wallHours,
    modelHours: s.modelHours,
    toolHours: s.toolHours,
    otherHours: s.otherHours,
    outputTokensPerSecond: s.outputTokensPerSecond,
    firstTokenSeconds: s.firstTokenSeconds,
    skippedLines: s.skippedLines,
    skipped: s.skipped,
  };
}

/** What each field of `calibrate --json` holds, per session and in `total` (docs/outputs.md). */
export const CALIBRATE_FIELDS: Readonly<Record<string, string>> = {
  file: "The session's transcript, as a path relative to the folder named (or the file's name); `turns.csv#id` for a session of the plain turns format; `total` for the sum.",
  subagentFiles: "Subagent transcripts (`<id>/subagents/*.jsonl`) read as part of the session.",
  modelCalls: "Model calls: distinct replies (`message.id`), however many lines each was written over; subagents' included.",
  outputTokens: "Output tokens, each reply once (the largest `output_tokens` its lines recorded). A lower bound: Claude Code often writes a reply's usage before the reply ends.",
  inputTokens: "Every input token the calls read: uncached input + cache reads + cache writes, each reply once.",
  cacheReadTokens: "The part of `inputTokens` read from the prompt cache.",
  cacheWriteTokens: "The part of `inputTokens` written to the prompt cache.",
  personPrompts: "Prompts a person wrote: not `isMeta` lines, task notifications, local-command output or caveats, system reminders, the summary that continues a compacted session, the interruption marker, or a subagent's prompt; a slash command counts when a model reply answers it.",
  toolCalls: "Tool calls timed from a `tool_use` block to its `tool_result`.",
  compactions: "Times the session was continued from a compaction summary.",
  compactionSecondsMedian: "Median seconds a compaction took: from the line before Claude Code's compaction boundary (`compact_boundary`) to the boundary, an upper bound; null when no boundary was read. In `total`, over every compaction. The model's `task.summaryTokens` default comes from it (docs/model.md §3).",
  compactionContextMedianTokens: "Median context a compaction compacted, as the boundary records it (`compactMetadata.preTokens`); null when none was written. In `total`, over every compaction.",
  contextMedianTokens: "Median context one call read (uncached input + cache reads + cache writes), subagents' calls included: what the model's context window (`contextWindow`) is compared with; null without calls. In `total`, over every call.",
  contextMaxTokens: "The largest context one call read; null without calls. In `total`, the largest of all.",
  start: "First timestamp of the session's lines (ISO 8601, UTC); null when none. In `total`, the earliest.",
  end: "Last timestamp; null when none. In `total`, the latest.",
  wallHours: "Wall-clock hours from the first to the last timestamp. In `total`, the sum over sessions.",
  modelHours: "Hours with a model call running, from the line a reply answers to the reply's last line (any call: the session's or a subagent's).",
  toolHours: "Hours with a tool running and no model call.",
  otherHours: "The rest of the wall span: a person reading, typing or away. `modelHours + toolHours + otherHours = wallHours`.",
  outputTokensPerSecond: "Output tokens ÷ the summed seconds of the calls (prefill and first token included), as seen end to end; null without calls.",
  firstTokenSeconds: "Median seconds from a request to its reply's first line: an upper bound on time to first token (the first line is written when the first block is complete); null without calls.",
  skippedLines: "Lines not used, all causes (below).",
  skipped: "Lines not used by cause: `notJson`, `truncatedLastLine` (a last line cut off mid-write), `unknownType` (a line type Claude Code does not write), `missingTimestamp`, `clockBackwards` (more than a minute before the latest time seen; lines a few seconds out of order are normal and kept).",
};
