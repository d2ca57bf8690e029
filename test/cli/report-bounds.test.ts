/**
 * `velocity report` believes nothing in summary.json (issue 31, cause 5): every field it reads is
 * checked for its type, its range (a share is 0..1, a price is not negative) and every list for
 * the length a run can write (a verdict's price curve has 41 points). Each damaged field is one
 * line naming summary.json and the field, exit 2, no chart written (the 1,000,000-point curve is
 * refused by its length before any chart: the test's timeout is only a hang guard).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-edited file

function tampered(edit: (summary: Json) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "velocity-bounds-"));
  dirs.push(dir);
  cpSync(join(repoRoot, "test/fixtures/summary"), dir, { recursive: true });
  const summary = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8"));
  edit(summary);
  writeFileSync(join(dir, "summary.json"), JSON.stringify(summary));
  return dir;
}

const CASES: { name: string; edit: (s: Json) => void; field: RegExp }[] = [
  { name: "a verdict that is not an object", edit: (s) => (s.points[2].verdicts = [5]), field: /points\[2\]\.verdicts\[0\]/ },
  { name: "a verdict with no numbers", edit: (s) => (s.points[2].verdicts = [{ of: "B", against: "A" }]), field: /points\[2\]\.verdicts\[0\]/ },
  { name: "a negative break-even price (−$5)", edit: (s) => (s.points[2].verdicts[0].breakEvenPricePerMOutputUsd = -5), field: /points\[2\]\.verdicts\[0\]\.breakEvenPricePerMOutputUsd: expected number to be >=0/ },
  { name: "a share paid for itself of 700%", edit: (s) => (s.points[2].verdicts[0].sharePaidForItself = 7), field: /points\[2\]\.verdicts\[0\]\.sharePaidForItself: expected number to be <=1/ },
  { name: "a reached share of 700%", edit: (s) => (s.points[0].companies[0].reachedTarget.share = 7), field: /points\[0\]\.companies\[0\]\.reachedTarget\.share: expected number to be <=1/ },
  { name: "a first-to-target interval below 0", edit: (s) => (s.points[0].companies[1].firstToTarget.low = -0.5), field: /points\[0\]\.companies\[1\]\.firstToTarget\.low: expected number to be >=0/ },
  { name: "a comparison share sooner of 2", edit: (s) => (s.points[0].comparisons[0].shareSooner = 2), field: /points\[0\]\.comparisons\[0\]\.shareSooner: expected number to be <=1/ },
  {
    name: "a price curve of 1,000,000 points",
    edit: (s) => (s.points[2].verdicts[0].priceCurve = Array.from({ length: 1_000_000 }, (_, i) => ({ pricePerMOutputUsd: i, p50: 0, low: 0, high: 0 }))),
    field: /points\[2\]\.verdicts\[0\]\.priceCurve: expected array to have <=41 items/,
  },
  { name: "a negative price on the curve", edit: (s) => (s.points[2].verdicts[0].priceCurve[0].pricePerMOutputUsd = -1), field: /priceCurve\[0\]\.pricePerMOutputUsd: expected number to be >=0/ },
  { name: "more verdicts than two per company", edit: (s) => (s.points[2].verdicts = Array.from({ length: 101 }, () => s.points[2].verdicts[0])), field: /points\[2\]\.verdicts: expected array to have <=100 items/ },
  { name: "a lever effect with a text median", edit: (s) => (s.points[0].levers[0].medianWeeksSaved = "lots"), field: /points\[0\]\.levers\[0\]\.medianWeeksSaved: expected number/ },
  { name: "a lever effect on no milestone", edit: (s) => (s.points[0].levers[0].metric = "moon"), field: /points\[0\]\.levers\[0\]\.metric/ },
  { name: "a lever with no label", edit: (s) => (s.levers[0] = { id: "instant-model" }), field: /levers\[0\]\.label/ },
  { name: "an unknown kind", edit: (s) => (s.kind = "prophecy"), field: /kind/ },
  { name: "an assumption with a factor below 1", edit: (s) => (s.assumptions = [{ parameter: "growth.q", what: "q", companies: ["A"], written: "9", mean: 9, low: 0.1, high: 1, unit: "/year", factor: 0.5, source: "x" }]), field: /assumptions\[0\]\.factor: expected number to be >=1/ },
  { name: "an assumption that is a number", edit: (s) => (s.assumptions = [3]), field: /assumptions\[0\]/ },
  { name: "a breakdown with 10,000 categories", edit: (s) => (s.points[0].companies[0].breakdownToV1 = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`c${i}`, 1]))), field: /points\[0\]\.companies\[0\]\.breakdownToV1/ },
  { name: "a negative token spend median", edit: (s) => (s.points[0].companies[0].tokenSpendUsd.p50 = -5), field: /points\[0\]\.companies\[0\]\.tokenSpendUsd\.p50: expected number to be >=0/ },
  { name: "101 milestones", edit: (s) => (s.milestonesUsd = Array.from({ length: 102 }, (_, i) => i + 1)), field: /milestonesUsd: expected array to have <=101 items/ },
];

describe("velocity report checks every field of summary.json it reads", () => {
  for (const c of CASES) {
    it(`refuses ${c.name}: one line naming the field, exit 2, no chart`, () => {
      const dir = tampered(c.edit);
      const result = runCli(["report", dir]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).toMatch(/summary\.json: expected the JSON velocity run writes, got /);
      expect(result.stderr).toMatch(c.field);
      expect(existsSync(join(dir, "charts"))).toBe(false);
      expect(existsSync(join(dir, "report.html"))).toBe(false);
    }, 30_000);
  }

  it("still reads the fixture as written", () => {
    const dir = tampered(() => {});
    const result = runCli(["report", dir]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  }, 60_000);
});
