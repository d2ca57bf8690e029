import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";
import { CALIBRATE_FIELDS } from "../../src/report/calibrate-text.ts";
import { CANARY, tempDir, Transcript, write } from "../sessions/synthetic.ts";

const fixtures = "test/fixtures/sessions";

/** A folder with one session (a subagent beside it) whose every text field holds the canary. */
function privateSessions(): string {
  const dir = tempDir();
  const main = new Transcript();
  main.prompt(0);
  main.reply("m1", [3, 5], 400, ["task-1"], { read: 90_000, write: 2000 });
  main.result(60, "task-1");
  main.reply("m2", [63], 30, [], {}, `bad model ${CANARY}`);
  main.prompt(400);
  for (let k = 0; k < 6; k++) main.reply(`n${k}`, [405 + 20 * k, 410 + 20 * k], 200 + k);
  write(join(dir, "s1.jsonl"), main.text([`${CANARY} not json`]));
  const sub = new Transcript();
  sub.prompt(6, { isSidechain: true });
  sub.reply("s1", [9, 30], 120);
  write(join(dir, "s1", "subagents", "agent-x.jsonl"), sub.text([JSON.stringify({ type: "assistant", message: { content: CANARY } })]));
  return dir;
}

describe("velocity calibrate", () => {
  it("prints a row per session and the total, counted as the sessions tests count them", () => {
    const r = runCli(["calibrate", fixtures]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^Recorded sessions — 3 sessions, 2026-02-10 to 2026-02-10/);
    expect(r.stdout).toMatch(/^short\.jsonl +1 +13 +25k +1 /m);
    expect(r.stdout).toMatch(/^tool_heavy\.jsonl +4 +212 +106k +2 /m);
    expect(r.stdout).toMatch(/^total +17 +2k +586k +5 /m);
  });

  it("--json has the issue's fields per session and in total", () => {
    const r = runCli(["calibrate", `${fixtures}/short.jsonl`, `${fixtures}/subagent.jsonl`, "--json"]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.sessions.map((s: { file: string }) => s.file)).toEqual(["short.jsonl", "subagent.jsonl"]);
    for (const field of ["file", "modelCalls", "outputTokens", "inputTokens", "personPrompts", "wallHours", "modelHours", "toolHours", "skippedLines"]) {
      expect(doc.sessions[0]).toHaveProperty(field);
      expect(doc.total).toHaveProperty(field);
    }
    // every field printed is defined in docs/outputs.md, and every defined field is printed
    expect(Object.keys(doc.sessions[0]).sort()).toEqual(Object.keys(CALIBRATE_FIELDS).sort());
    expect(doc.total.modelCalls).toBe(13);
    expect(doc.total.outputTokens).toBe(13 + 1586);
    expect(doc.total.personPrompts).toBe(3);
    // Context per call over all 13 calls (25,353 in short.jsonl; 28,162 to 43,861 in subagent.jsonl): the 7th is 36,229.
    expect([doc.total.contextMedianTokens, doc.total.contextMaxTokens]).toEqual([36_229, 43_861]);
    // No compaction in these two sessions: no boundary to time.
    expect([doc.total.compactions, doc.total.compactionSecondsMedian, doc.total.compactionContextMedianTokens]).toEqual([0, null, null]);
    expect(doc.total.wallHours).toBeCloseTo(doc.sessions[0].wallHours + doc.sessions[1].wallHours, 12);
  });

  it("reports skipped lines by cause, one line per file", () => {
    const dir = privateSessions();
    const r = runCli(["calibrate", dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("\ns1.jsonl: 1 line skipped: not JSON\n");
    // a subagent's skipped line is reported under its own file
    expect(r.stdout).toContain("\ns1/subagents/agent-x.jsonl: 1 line skipped: missing timestamp\n");
    const direct = runCli(["calibrate", join(dir, "s1.jsonl")]);
    expect(direct.stdout).toContain("\ns1/subagents/agent-x.jsonl: 1 line skipped: missing timestamp\n");
  });

  it("a path with no session: one line, exit 2", () => {
    const empty = tempDir();
    const r = runCli(["calibrate", empty]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(`${empty}: no session found (no .jsonl or .csv file`);
    const junk = write(join(tempDir(), "junk.jsonl"), `${CANARY}\n{"type":"mystery"}\n`);
    const j = runCli(["calibrate", junk]);
    expect(j.status).toBe(2);
    expect(j.stderr).toBe(`${junk}: no session found (1 file read, none with a model call or a person prompt; expected Claude Code transcripts from ~/.claude/projects or a turns file, see docs/outputs.md)\n`);
    const missing = runCli(["calibrate", "no/such/folder"]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("writes an overlay that validates and runs, each value with its evidence; too few observations keep the base's", () => {
    const out = join(tempDir(), "calibrated.yaml");
    const r = runCli(["calibrate", fixtures, privateSessions(), "--out", out]);
    expect(r.status).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toMatch(/^extends: ".*scenarios\/grounded\.yaml"$/m);
    expect(text).toMatch(/^ {6}turns: \{ lognormal: \{ median: [\d.]+, p90: [\d.]+ \} \} # n=\d+ stretches, 4 sessions, 2026-02-10 to 2026-03-02: .* KS D=0\.\d\d/m);
    expect(text).toMatch(/^ {6}# promptTime: kept from the base: [0-4] observations? \(fewer than 5\)/m);
    expect(r.stdout).toContain(`wrote ${out}: company A's task sets turns`);
    const valid = runCli(["validate", out]);
    expect(valid.status).toBe(0);
    const run = runCli(["run", out, "--runs", "20", "--workers", "1", "--no-charts", "--levers", "none", "--out", join(tempDir(), "run")]);
    expect(run.status).toBe(0);
  });

  it("keeps the base's value where the fit lies outside the field's range (a person away for nights)", () => {
    const t = new Transcript();
    // 7 prompts a day apart, each answered by one call: 6 gaps of ~24 h, half of each (~12 h) is
    // beyond promptTime's 8 h maximum.
    for (let day = 0; day < 7; day++) {
      t.prompt(day * 86_400 + day * 600);
      t.reply(`d${day}`, [day * 86_400 + day * 600 + 5], 100 + day);
    }
    const dir = tempDir();
    write(join(dir, "days.jsonl"), t.text());
    const out = join(tempDir(), "o.yaml");
    const r = runCli(["calibrate", dir, "--out", out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("kept from the base, the fit outside the field's range: promptTime, readTime");
    expect(readFileSync(out, "utf8")).toMatch(/^ {6}# promptTime: kept from the base: the fit to 6 observations of .* \(\{ lognormal: \{ median: "1\d\.?\d* h", p90: .*\) lies outside the field's range/m);
    expect(runCli(["validate", out]).status).toBe(0);
  });

  it("refuses an unknown --company with one line and writes nothing", () => {
    const out = join(tempDir(), "c.yaml");
    const r = runCli(["calibrate", fixtures, "--out", out, "--company", "Zed"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^--company: expected one of "A", "B" .*got "Zed"\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it("never lets text from a log reach the terminal, the JSON or the overlay", () => {
    const dir = privateSessions();
    const out = join(tempDir(), "o.yaml");
    const outputs = [runCli(["calibrate", dir]), runCli(["calibrate", dir, "--json"]), runCli(["calibrate", dir, fixtures, "--out", out]), runCli(["replay", dir, "--model", "opus-4.6-fast"]), runCli(["replay", dir, "--model", "opus-4.6-fast", "--json"])];
    for (const o of outputs) {
      expect(o.status).toBe(0);
      expect(o.stdout + o.stderr).not.toContain(CANARY);
      expect(o.stdout + o.stderr).not.toContain("secret");
    }
    expect(readFileSync(out, "utf8")).not.toContain(CANARY);
    // the model id with text in it is shown as "unknown", not as written
    expect(outputs[3].stdout).toContain("unknown taken as opus-4.6");
  });
});
