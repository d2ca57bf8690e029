import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { findSessions, readSessions, readTurnsFile, sessionStats, SessionsError } from "../../src/sessions/index.ts";
import { tempDir, write } from "./synthetic.ts";

const CSV = [
  "session,start,end,kind,outputTokens,inputTokens,cacheReadTokens",
  "a,2026-03-02T10:00:00Z,2026-03-02T10:01:00Z,person,,,",
  "a,2026-03-02T10:01:00Z,2026-03-02T10:01:20Z,model,250,40000,36000",
  "a,2026-03-02T10:01:20Z,2026-03-02T10:01:50Z,tool,,,",
  "b,2026-03-02T11:00:00Z,2026-03-02T11:00:10Z,model,100,1000,",
  "a,2026-03-02T10:01:50Z,2026-03-02T10:02:00Z,model,50,41000,40000",
].join("\n");

describe("the plain turns format", () => {
  it("reads CSV rows into sessions grouped by the session column", () => {
    const file = write(join(tempDir(), "turns.csv"), `${CSV}\n`);
    const [a, b] = readTurnsFile(file, true).map(sessionStats);
    expect(a.file).toBe(`${file}#a`);
    expect(a.modelCalls).toBe(2);
    expect(a.outputTokens).toBe(300);
    expect(a.inputTokens).toBe(81_000);
    expect(a.cacheReadTokens).toBe(76_000);
    expect(a.personPrompts).toBe(1);
    // 10:00:00 to 10:02:00: model 30 s, tools 30 s, person 60 s
    expect(a.wallHours * 3600).toBeCloseTo(120, 9);
    expect(a.modelHours * 3600).toBeCloseTo(30, 9);
    expect(a.toolHours * 3600).toBeCloseTo(30, 9);
    expect(b.modelCalls).toBe(1);
  });

  it("reads the same rows as JSON Lines, found by its first line", () => {
    const [header, ...rows] = CSV.split("\n").map((l) => l.split(","));
    const jsonl = rows.map((r) => JSON.stringify(Object.fromEntries(header.map((h, i) => [h, r[i] === "" ? null : /Tokens$/.test(h) ? Number(r[i]) : r[i]])))).join("\n");
    const dir = tempDir();
    write(join(dir, "turns.jsonl"), `${jsonl}\n`);
    const sources = findSessions([dir]);
    expect(sources[0].kind).toBe("turns");
    const stats = [...readSessions(sources)].map((x) => sessionStats(x.session));
    expect(stats.map((s) => s.modelCalls)).toEqual([2, 1]);
  });

  it("stops at a bad value with file:line:col and the field, never the value", () => {
    const file = write(join(tempDir(), "turns.csv"), `${CSV}\na,2026-03-02T10:03:00Z,yesterday-secret,model,1,1,\n`);
    expect(() => readTurnsFile(file, true)).toThrow(SessionsError);
    try {
      readTurnsFile(file, true);
    } catch (error) {
      expect((error as Error).message).toBe(`${file}:7:24: end: expected an ISO 8601 time with a zone (2026-02-10T21:11:52Z)`);
    }
  });

  it("refuses a header without a required column, and a kind it does not know", () => {
    const noKind = write(join(tempDir(), "t.csv"), "session,start,end\n");
    expect(() => readTurnsFile(noKind, true)).toThrow(/t\.csv:1:1: the header has no "kind" column/);
    const badKind = write(join(tempDir(), "t.csv"), "session,start,end,kind\na,2026-03-02T10:00:00Z,2026-03-02T10:00:01Z,thinking\n");
    expect(() => readTurnsFile(badKind, true)).toThrow(/t\.csv:2:45: kind: expected model, tool or person/);
  });

  it("counts a JSON Lines row that is not JSON and a truncated last line", () => {
    const file = write(join(tempDir(), "t.jsonl"), `${JSON.stringify({ session: "a", start: "2026-03-02T10:00:00Z", end: "2026-03-02T10:00:05Z", kind: "model", outputTokens: 5, inputTokens: 5 })}\nnot json\n{"session":"a","sta`);
    const [s] = readTurnsFile(file, false).map(sessionStats);
    expect(s.skipped.notJson).toBe(1);
    expect(s.skipped.truncatedLastLine).toBe(1);
    expect(s.modelCalls).toBe(1);
  });

  it("in a folder, leaves a CSV that is not a turns file alone; named directly, it is refused", () => {
    const dir = tempDir();
    const other = write(join(dir, "prices.csv"), "model,price\nx,1\n");
    write(join(dir, "turns.csv"), `${CSV}\n`);
    expect(findSessions([dir]).map((s) => s.file)).toEqual([join(dir, "turns.csv")]);
    expect(() => [...readSessions(findSessions([other]))]).toThrow(/prices\.csv:1:1: the header has no "session" column/);
  });
});
