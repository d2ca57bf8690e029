/**
 * `velocity compare` after a change of prices: the weeks do not move, so it must show what did —
 * token spend, net value, the verdict and its break-even — and name its sides by folder, since "A"
 * and "B" are the companies' own names.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

describe("velocity compare: money and side names", () => {
  let cheap: string;
  let dear: string;
  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), "velocity-compare-money-"));
    [cheap, dear] = ["list-price", "fast-at-150"].map((n) => join(root, n));
    expect(runCli(["run", "scenarios/seed-article.yaml", "--runs", "30", "--workers", "1", "--no-charts", "-q", "--levers", "none", "--out", cheap]).status).toBe(0);
    expect(runCli(["reprice", cheap, "--set", "companies[B].agent.pricePerMOutput=150", "--no-charts", "-q", "--out", dear]).status).toBe(0);
  }, 120_000);

  it("names each side by its folder, never A or B", () => {
    const r = runCli(["compare", cheap, dear]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Assumptions that differ (list-price = ");
    expect(r.stdout).toContain("Results, fast-at-150 minus list-price in weeks");
    expect(r.stdout).not.toMatch(/median A\b|\bB sooner/);
  });

  it("adds token spend, net value, the verdict and break-even: B's spend and price move, A's do not", () => {
    const c = JSON.parse(runCli(["compare", cheap, dear, "--json"]).stdout);
    const a = c.money.find((m: { company: string }) => m.company === "A");
    const b = c.money.find((m: { company: string }) => m.company === "B");
    expect(a.tokenSpendB).toBe(a.tokenSpendA);
    expect(b.tokenSpendB).toBeGreaterThan(b.tokenSpendA);
    expect(b.netValueB).toBeLessThan(b.netValueA);
    const v = c.verdicts.find((x: { of: string }) => x.of === "B");
    expect([v.a.pricePerMOutputUsd, v.b.pricePerMOutputUsd]).toEqual([25, 150]);
    expect(v.b.netValueGain.p50).toBeLessThan(v.a.netValueGain.p50);
    const text = runCli(["compare", cheap, dear]).stdout;
    expect(text).toContain("Money: token spend and net value to the horizon (medians over runs), fast-at-150 minus list-price");
    expect(text).toContain("Is it worth paying for? Each verdict in list-price and in fast-at-150");
    expect(text).toMatch(/break-even/);
  });
});
