/**
 * What the session readers keep from a log: numbers and times only. No field here ever holds text
 * from a log (prompts, tool output, file contents); file names are the only strings that leave.
 */

/** Why a line was not used, counted per file. */
export type SkipCause = "notJson" | "truncatedLastLine" | "unknownType" | "missingTimestamp" | "clockBackwards";

/** Lines not used, by cause. */
export type SkipCounts = Record<SkipCause, number>;

/** Every cause, in the order reports list them. */
export const SKIP_CAUSES: readonly SkipCause[] = ["notJson", "truncatedLastLine", "unknownType", "missingTimestamp", "clockBackwards"];

/** Words for a cause, as a report prints it ("3 lines skipped: not JSON"). */
export const SKIP_CAUSE_WORDS: Readonly<Record<SkipCause, string>> = {
  notJson: "not JSON",
  truncatedLastLine: "truncated last line",
  unknownType: "unknown line type",
  missingTimestamp: "missing timestamp",
  clockBackwards: "clock going backwards",
};

/** A fresh count of zero for every cause. */
export function noSkips(): SkipCounts {
  return { notJson: 0, truncatedLastLine: 0, unknownType: 0, missingTimestamp: 0, clockBackwards: 0 };
}

/** Sum of all causes. */
export function skippedTotal(s: SkipCounts): number {
  return s.notJson + s.truncatedLastLine + s.unknownType + s.missingTimestamp + s.clockBackwards;
}

/**
 * One model call (one reply, however many lines it was written over). Times are milliseconds since
 * 1970 (UTC); tokens are counted once per reply.
 */
export interface RecordedCall {
  /** When the line the reply answers was written (the request). */
  start: number;
  /** When the reply's first line was written: `firstLine − start` bounds time to first token from above. */
  firstLine: number;
  /** When the reply's last line was written. */
  end: number;
  outputTokens: number;
  /** Uncached input tokens. */
  inputTokens: number;
  /** Input tokens read from the prompt cache. */
  cacheReadTokens: number;
  /** Input tokens written to the prompt cache. */
  cacheWriteTokens: number;
  /** Index into `RecordedSession.models`: the model the reply names. */
  model: number;
  /** 0 for the session's own file, k ≥ 1 for its k-th subagent transcript. */
  part: number;
}

/** One tool call: from the `tool_use` block's line to its `tool_result`'s line, ms since 1970. */
export interface RecordedTool {
  start: number;
  end: number;
  part: number;
}

/** One session as read: numbers, times and the file names it came from. */
export interface RecordedSession {
  /** The session's own file (a Claude Code transcript) or `turnsFile#session` for the plain format. */
  file: string;
  /** Subagent transcripts read as part of this session. */
  parts: string[];
  /** Model identifiers the replies name (`claude-opus-4-6`); identifiers, not text a person wrote. */
  models: string[];
  calls: RecordedCall[];
  tools: RecordedTool[];
  /** When each person prompt was written, ms since 1970. */
  prompts: number[];
  /** Times each prompt's preceding person time started (plain format `person` rows), or null per prompt. */
  promptStarts: (number | null)[];
  /** Sessions continued from a compaction summary. */
  compactions: number;
  /**
   * Compactions whose boundary line was read (Claude Code's `compact_boundary`): seconds from the
   * line before it to it (the compaction's time, an upper bound) and the context it compacted
   * (`compactMetadata.preTokens`, 0 when not written). Absent: the format records none.
   */
  compactionBoundaries?: { seconds: number; contextTokens: number }[];
  /** First and last timestamp of every line used, ms since 1970 (NaN when no line had one). */
  first: number;
  last: number;
  skipped: SkipCounts;
  /** The files of the session with skipped lines, each with its own counts (the session's file or a subagent's). */
  skippedFiles: { file: string; skipped: SkipCounts }[];
  /** Lines read (all files of the session). */
  lines: number;
  /** Bytes read (all files of the session). */
  bytes: number;
}
