import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { CLOCK_TOLERANCE_MS, findSessions, readClaudeCodeSession, readSessions, sessionStats } from "../../src/sessions/index.ts";
import { at, CANARY, tempDir, Transcript, write } from "./synthetic.ts";

const fixtures = fileURLToPath(new URL("../fixtures/sessions/", import.meta.url));

describe("the shared sessions, counted by hand", () => {
  // Hand counts (read with a short script, numbers only): message.id distinct per file; usage the
  // last line's of each reply; prompts as listed in the file's comments below.
  it("short.jsonl: one reply written over five lines is one call, its usage counted once", () => {
    const s = sessionStats(readClaudeCodeSession(join(fixtures, "short.jsonl"), []));
    expect(s.modelCalls).toBe(1);
    expect(s.outputTokens).toBe(13);
    // 3 uncached + 11,515 cache reads + 13,835 cache writes
    expect(s.inputTokens).toBe(25_353);
    expect(s.cacheReadTokens).toBe(11_515);
    // One prompt; "[Request interrupted by user for tool use]" is not a prompt.
    expect(s.personPrompts).toBe(1);
    expect(s.toolCalls).toBe(2);
    // 21:11:52.438 to 21:16:12.381
    expect(s.wallHours * 3600).toBeCloseTo(259.943, 6);
    expect(s.modelHours + s.toolHours + s.otherHours).toBeCloseTo(s.wallHours, 12);
    expect(s.skippedLines).toBe(0);
    // One call: its context is the median and the largest.
    expect([s.contextMedianTokens, s.contextMaxTokens]).toEqual([25_353, 25_353]);
  });

  it("tool_heavy.jsonl: a local slash command (answered by its own output) and its caveat are not prompts", () => {
    const s = sessionStats(readClaudeCodeSession(join(fixtures, "tool_heavy.jsonl"), []));
    expect(s.modelCalls).toBe(4);
    expect(s.outputTokens).toBe(212);
    expect(s.inputTokens).toBe(54 + 88_231 + 17_696);
    expect(s.personPrompts).toBe(2);
    expect(s.toolCalls).toBe(6);
    // The four calls read 25,801, 26,007, 26,507 and 27,666 tokens of context: median of the middle two.
    expect(s.contextMedianTokens).toBe((26_007 + 26_507) / 2);
    expect(s.contextMaxTokens).toBe(27_666);
    expect(s.compactions).toBe(0);
  });

  it("subagent.jsonl: a slash command the model answers is the person's prompt; its isMeta expansion is not", () => {
    const s = sessionStats(readClaudeCodeSession(join(fixtures, "subagent.jsonl"), []));
    expect(s.modelCalls).toBe(12);
    expect(s.outputTokens).toBe(1586);
    expect(s.inputTokens).toBe(1576 + 427_286 + 25_842);
    expect(s.personPrompts).toBe(2);
    expect(s.toolCalls).toBe(16);
  });
});

describe("a transcript's structure", () => {
  it("times a call from the line it answers to its last line, and a tool from tool_use to tool_result", () => {
    const t = new Transcript();
    t.prompt(0);
    t.reply("m1", [4, 6, 10], 300, ["tool-1"]); // three lines; the last is the tool_use
    t.result(25, "tool-1");
    t.reply("m2", [27, 31], 50); // answers the tool result at 25
    t.prompt(100);
    t.reply("m3", [103], 20);
    const dir = tempDir();
    const s = readClaudeCodeSession(write(join(dir, "a.jsonl"), t.text()), []);
    expect(s.calls.map((c) => [(c.start - s.first) / 1000, (c.firstLine - s.first) / 1000, (c.end - s.first) / 1000, c.outputTokens])).toEqual([
      [0, 4, 10, 300],
      [25, 27, 31, 50],
      [100, 103, 103, 20],
    ]);
    expect(s.tools.map((x) => [(x.start - s.first) / 1000, (x.end - s.first) / 1000])).toEqual([[10, 25]]);
    const stats = sessionStats(s);
    // model: 10 + 6 + 3 s; tools: 15 s; the rest of 103 s is the person's.
    expect(stats.modelHours * 3600).toBeCloseTo(19, 9);
    expect(stats.toolHours * 3600).toBeCloseTo(15, 9);
    expect(stats.otherHours * 3600).toBeCloseTo(103 - 19 - 15, 9);
    expect(stats.personPrompts).toBe(2);
    // 370 output tokens over 19 s of calls
    expect(stats.outputTokensPerSecond).toBeCloseTo(370 / 19, 9);
    // first lines after 4, 2 and 3 s: median 3
    expect(stats.firstTokenSeconds).toBe(3);
  });

  it("meta lines, task notifications, local-command output, system reminders and the compaction summary are not person prompts", () => {
    const t = new Transcript();
    t.prompt(0);
    t.prompt(1, { isMeta: true });
    t.prompt(2, {}, `<task-notification>${CANARY}</task-notification>`);
    t.prompt(3, {}, `<local-command-stdout>${CANARY}</local-command-stdout>`);
    t.prompt(4, {}, `<system-reminder>${CANARY}</system-reminder>`);
    t.raw({ type: "system", subtype: "compact_boundary", timestamp: at(5) });
    t.prompt(6, { isCompactSummary: true, isVisibleInTranscriptOnly: true }, `This session is being continued from a previous conversation ${CANARY}`);
    t.raw({ type: "user", timestamp: at(7), message: { role: "user", content: [{ type: "text", text: "[Request interrupted by user]" }] } });
    t.prompt(8, {}, `<command-name>/model</command-name>`);
    t.prompt(8, {}, `<local-command-stdout>set</local-command-stdout>`);
    t.prompt(9, {}, `<command-name>/review</command-name>`);
    t.reply("m1", [12], 10);
    const s = sessionStats(readClaudeCodeSession(write(join(tempDir(), "a.jsonl"), t.text()), []));
    // the first prompt, and the /review command a reply answered
    expect(s.personPrompts).toBe(2);
    expect(s.compactions).toBe(1);
  });

  it("a compaction's boundary line gives its time (from the line before it) and the context it compacted", () => {
    const t = new Transcript();
    t.prompt(0);
    t.reply("m1", [3], 10, ["tool-1"]);
    t.result(20, "tool-1");
    // The boundary is written when the summary is done: 90 s after the tool result that triggered it.
    t.raw({ type: "system", subtype: "compact_boundary", timestamp: at(110), compactMetadata: { trigger: "auto", preTokens: 168_000 } });
    t.prompt(110, { isCompactSummary: true }, `This session is being continued from a previous conversation ${CANARY}`);
    t.reply("m2", [115], 10);
    t.raw({ type: "system", subtype: "compact_boundary", timestamp: at(175) });
    t.reply("m3", [180], 10);
    const s = sessionStats(readClaudeCodeSession(write(join(tempDir(), "a.jsonl"), t.text()), []));
    // Two boundaries: 90 s and 60 s (after m2's line at 115); only the first wrote its context.
    expect(s.compactionSecondsMedian).toBe(75);
    expect(s.compactionContextMedianTokens).toBe(168_000);
  });

  it("a session's subagent transcripts belong to it: their calls count, their prompts do not, the wall split counts no hour twice", () => {
    const dir = tempDir();
    const main = new Transcript();
    main.prompt(0);
    main.reply("m1", [2, 3], 40, ["task-1"]);
    main.result(60, "task-1");
    main.reply("m2", [62], 10);
    write(join(dir, "abc.jsonl"), main.text());
    const sub = new Transcript();
    sub.prompt(4, { isSidechain: true });
    sub.reply("s1", [10, 20], 200, [], {}, "claude-sonnet-4-5-20250929");
    write(join(dir, "abc", "subagents", "agent-1.jsonl"), sub.text());
    const sources = findSessions([dir]);
    expect(sources).toHaveLength(1);
    const [{ session }] = [...readSessions(sources)];
    expect(session.parts).toHaveLength(1);
    const s = sessionStats(session);
    expect(s.modelCalls).toBe(3);
    expect(s.outputTokens).toBe(250);
    expect(s.personPrompts).toBe(1);
    expect(s.subagentFiles).toBe(1);
    // model: 0–3, 4–20 (inside the Task tool), 60–62 → 21 s; tools: 3–60 less 4–20 → 41 s
    expect(s.modelHours * 3600).toBeCloseTo(21, 9);
    expect(s.toolHours * 3600).toBeCloseTo(41, 9);
    expect(s.wallHours * 3600).toBeCloseTo(62, 9);
  });
});

describe("bad input is counted per file, never thrown", () => {
  it("counts each cause and keeps every good line", () => {
    const t = new Transcript();
    t.prompt(0);
    t.reply("m1", [2], 10);
    const extra = [
      `not json ${CANARY}`,
      JSON.stringify({ type: "mystery", timestamp: at(3), text: CANARY }),
      JSON.stringify({ type: "user", message: { role: "user", content: `prompt ${CANARY}` } }),
      JSON.stringify({ type: "user", timestamp: at(-3600), message: { role: "user", content: `late ${CANARY}` } }),
      JSON.stringify({ type: "file-history-snapshot", snapshot: {} }),
      "[1, 2]",
    ];
    const file = write(join(tempDir(), "bad.jsonl"), t.text(extra, `{"type":"assistant","timestamp":"${at(9)}","message":{"id":"m9","content":[{"type":"text","text":"${CANARY}`));
    const s = sessionStats(readClaudeCodeSession(file, []));
    expect(s.skipped).toEqual({ notJson: 2, truncatedLastLine: 1, unknownType: 1, missingTimestamp: 1, clockBackwards: 1 });
    expect(s.skippedLines).toBe(6);
    expect(s.modelCalls).toBe(1);
    expect(s.personPrompts).toBe(1);
  });

  it("lines a few seconds out of order (parallel tools) are kept; more than the tolerance back is skipped", () => {
    const t = new Transcript();
    t.prompt(100);
    t.reply("m1", [102], 10, ["x"]);
    t.result(101, "x"); // 1 s behind the latest line: kept
    t.prompt(100 - CLOCK_TOLERANCE_MS / 1000 - 2); // behind by more than the tolerance: skipped
    const s = sessionStats(readClaudeCodeSession(write(join(tempDir(), "a.jsonl"), t.text()), []));
    expect(s.skipped.clockBackwards).toBe(1);
    expect(s.toolCalls).toBe(1);
    expect(s.personPrompts).toBe(1);
  });

  it("a last line that parses is not truncated, even without a newline", () => {
    const t = new Transcript();
    t.prompt(0);
    const file = write(join(tempDir(), "a.jsonl"), t.lines.join("\n"));
    const s = sessionStats(readClaudeCodeSession(file, []));
    expect(s.skippedLines).toBe(0);
    expect(s.personPrompts).toBe(1);
  });
});
