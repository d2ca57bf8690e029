import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";
import { REPLAY_FIELDS } from "../../src/report/replay-text.ts";
import { tempDir, write } from "../sessions/synthetic.ts";

const fixtures = "test/fixtures/sessions";

describe("velocity replay", () => {
  it("on the recorded offering saves nothing; on a faster one it saves hours and bills at its price", () => {
    const same = JSON.parse(runCli(["replay", fixtures, "--model", "opus-4.6", "--json"]).stdout);
    expect(same.total.savedHours).toBeCloseTo(0, 12);
    expect(same.total.replayedCostUsd).toBeCloseTo(same.total.recordedCostUsd, 12);
    const fast = runCli(["replay", fixtures, "--model", "opus-4.6-fast", "--json"]);
    expect(fast.status).toBe(0);
    const doc = JSON.parse(fast.stdout);
    expect(doc.offering).toMatchObject({ name: "opus-4.6-fast", tokensPerSecond: 170 });
    expect(doc.recordedAs).toEqual([{ model: "claude-opus-4-6", offering: "opus-4.6", how: "named" }]);
    expect(doc.total.savedHours).toBeGreaterThan(0);
    expect(doc.total.replayedHours).toBeCloseTo(doc.total.recordedHours - doc.total.savedHours, 12);
    // fast mode is 6× the price per token
    expect(doc.total.replayedCostUsd / doc.total.recordedCostUsd).toBeCloseTo(6, 9);
    expect(doc.limits.length).toBeGreaterThan(0);
    // every field printed is defined in docs/outputs.md
    const documented = new Set(Object.keys(REPLAY_FIELDS));
    expect(Object.keys(doc).filter((k) => !documented.has(k))).toEqual([]);
    expect(Object.keys(doc.sessions[0]).filter((k) => !documented.has(`sessions[].${k}`))).toEqual([]);
  });

  it("--tokens-per-second keeps the recorded model's entry and saves more the faster it decodes", () => {
    const saved = [100, 400, 2000].map((n) => JSON.parse(runCli(["replay", fixtures, "--tokens-per-second", String(n), "--json"]).stdout).total.savedHours);
    expect(saved[0]).toBeLessThan(saved[1]);
    expect(saved[1]).toBeLessThan(saved[2]);
  });

  it("prints the table, the offering, the recorded models and what it cannot know; draws the chart", () => {
    const chart = join(tempDir(), "saved.json");
    const r = runCli(["replay", fixtures, "--model", "gpt-5.3-codex-spark", "--chart", chart]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^short\.jsonl +1 /m);
    expect(r.stdout).toContain("claude-opus-4-6 taken as opus-4.6 (its catalogue entry)");
    expect(r.stdout).toContain("a faster agent may change what the person does");
    const spec = JSON.parse(readFileSync(chart, "utf8"));
    expect(spec.title.text).toMatch(/^On gpt-5\.3-codex-spark these sessions would have taken .* less/);
    expect(spec.data.values.map((v: { session: string }) => v.session)).toEqual(["short.jsonl", "subagent.jsonl", "tool_heavy.jsonl"]);
  });

  it("replays the plain turns format, its calls taken as the reference model or as --recorded-model says", () => {
    const csv = write(join(tempDir(), "turns.csv"), "session,start,end,kind,outputTokens,inputTokens\ns1,2026-03-02T10:00:00Z,2026-03-02T10:00:30Z,model,1000,60000\ns1,2026-03-02T10:00:30Z,2026-03-02T10:01:00Z,tool,,\n");
    const ref = JSON.parse(runCli(["replay", csv, "--model", "gpt-5.3-codex-spark", "--json"]).stdout);
    expect(ref.recordedAs).toEqual([{ model: "unknown", offering: "opus-4.6", how: "reference" }]);
    expect(ref.sessions[0].file).toBe("turns.csv#s1");
    // recorded 30 s; on opus-4.6 the catalogue explains 60k/30k + first token + 1000/68 s, the rest stays
    expect(ref.total.savedHours).toBeGreaterThan(0);
    const given = JSON.parse(runCli(["replay", csv, "--model", "gpt-5.3-codex-spark", "--recorded-model", "gpt-5.3-codex-spark", "--json"]).stdout);
    expect(given.recordedAs).toEqual([{ model: "unknown", offering: "gpt-5.3-codex-spark", how: "given" }]);
    expect(given.total.savedHours).toBeCloseTo(0, 12);
  });

  it("bad flags: one line, exit 2", () => {
    for (const args of [[fixtures], [fixtures, "--model", "opus-4.6", "--tokens-per-second", "9"], [fixtures, "--model", "nope"], [fixtures, "--tokens-per-second", "-3"], [fixtures, "--model", "opus-4.6", "--chart", join(tempDir(), "x.gif")]]) {
      const r = runCli(["replay", ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
    }
  });
});
