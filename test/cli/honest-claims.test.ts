/**
 * Honest claims, checked from outside on the bundled scenarios through the real binary: a sweep of
 * named offerings is priced from the catalogue, only the swept company gets speed-premium rows, the
 * summary says first what the scenario assumes, and rivals on one idea share its fit.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-honest-"));

describe("outputs that mean what they say (seed-article, through the CLI)", () => {
  const out = fresh();
  const result = runCli(["sweep", "scenarios/seed-article.yaml", "--vary", "companies[B].agent.model=opus-4.6,opus-4.6-fast,gpt-5.3-codex-spark", "--runs", "30", "--workers", "1", "--levers", "none", "--no-charts", "--out", out]);
  const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
  const md = readFileSync(join(out, "summary.md"), "utf8");

  it("runs", () => {
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("prices each named offering from the catalogue: $25, $150 (fast mode, 6×), $14 (Codex-Spark, a guess)", () => {
    const prices = summary.points.map((p: { companies: { price: { outputPerM: number; how: string; guess: boolean } }[] }) => p.companies[1].price);
    expect(prices.map((p: { outputPerM: number }) => p.outputPerM)).toEqual([25, 150, 14]);
    expect(prices.map((p: { how: string }) => p.how)).toEqual(["list", "list", "list"]);
    expect(prices.map((p: { guess: boolean }) => p.guess)).toEqual([false, false, true]);
  });

  it("gives speed-premium rows to B, whose offering was swept, and none to A", () => {
    for (const point of summary.points.slice(1)) {
      expect(point.companies[0].speedPremium).toBeNull();
      expect(point.companies[1].speedPremium).not.toBeNull();
    }
    expect(md).toMatch(/\| B\.model=opus-4\.6-fast \| B \| \$150\/M list \(baseline \$25\/M list\) \|/);
    expect(md).toContain("Price paid by B at B.model=opus-4.6-fast: $150/M output (opus-4.6-fast list).");
    expect(md).not.toMatch(/\| B\.model=[^|]+ \| A \|/);
  });

  it("prints what the scenario assumes before its findings", () => {
    expect(md.indexOf("## What this scenario assumes")).toBeGreaterThan(0);
    expect(md.indexOf("## What this scenario assumes")).toBeLessThan(md.indexOf("## Findings"));
    expect(md).toMatch(/This scenario is a story/);
    expect(md).toMatch(/Bass imitation q of A, B: 0\.7 \(mean 36\.5\/year\), 37× above the public range/);
    // The terminal: on this sweep of B's offering the best option first, then the verdict sentence,
    // then at once what it rests on, before any table.
    const lines = result.stdout.split("\n");
    expect(lines[0]).toMatch(/^On this sweep B (does best with|cannot tell) B\.model=/);
    // A sweep over offerings: each verdict after the decision names its point.
    expect(lines.findIndex((l) => /^At B\.model=gpt-5\.3-codex-spark: Paying /.test(l))).toBeGreaterThan(0);
    const assumed = lines.findIndex((l) => /^This scenario is a story/.test(l));
    expect(assumed).toBeGreaterThan(0);
    expect(assumed).toBeLessThan(lines.findIndex((l) => /^company\s/.test(l)));
  });

  it("says whether the idea has fit apart from who finds it first", () => {
    const [idea] = summary.points[0].ideas;
    expect(idea.companies).toEqual(["A", "B"]);
    expect(md).toMatch(/(At [^:]+: )?The idea has fit in \d+% of runs \(A, B share it\); where it has, [AB] reaches \$10M first/);
  });
});
