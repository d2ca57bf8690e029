/**
 * Reading real coding-agent logs into numbers: Claude Code transcripts and the plain turns format,
 * streamed line by line; nothing but numbers, times and file names leaves this folder.
 */
export { SKIP_CAUSES, SKIP_CAUSE_WORDS, noSkips, skippedTotal, type SkipCause, type SkipCounts, type RecordedCall, type RecordedTool, type RecordedSession } from "./types.ts";
export { SessionsError } from "./errors.ts";
export { readLines, type FileLine } from "./lines.ts";
export { ClaudeCodeSession, readClaudeCodeSession, CLOCK_TOLERANCE_MS } from "./claude-code.ts";
export { readTurnsFile, looksLikeTurnsLine, TURNS_FIELDS } from "./turns-format.ts";
export { findSessions, readSessions, hasSession, type SessionSource } from "./find-sessions.ts";
export { splitWall, unionOf, type Span, type WallSplit } from "./wall-split.ts";
export { sessionStats, StatsTotal, median, type SessionStats } from "./session-stats.ts";
export { fitLognormal, normalCdf, type LognormalFit } from "./fit.ts";
export { replaySession, replayTotal, withinAttention, ATTENTION_SPAN_SECONDS, replayedCallSeconds, modelledCallSeconds, callCostUsd, concurrentSaving, type ReplayOffering, type ReplayedSession } from "./replay.ts";
export { stretchesOf, type Stretch, type SessionStretches } from "./stretches.ts";
export { calibrate, MIN_OBSERVATIONS, type CalibrationData, type CalibratedValue } from "./calibration.ts";
