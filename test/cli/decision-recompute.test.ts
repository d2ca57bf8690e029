/**
 * Everything the decision fields say can be recomputed from runs.csv by a reader with a
 * spreadsheet: the share of runs that pay at each price, the value of perfect information, and on a
 * sweep the best option's share of runs and expected regret. The fields are the same whatever the
 * worker count (the bootstrap runs after the runs are gathered).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Summary } from "../../src/montecarlo/types.ts";
import { normalQuantile } from "../../src/random/index.ts";
import { repoRoot, runCli } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "velocity-decision-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** runs.csv as rows of named cells (no quoted commas in these scenarios' cells). */
function readRuns(folder: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(folder, "runs.csv"), "utf8").trim().split("\n");
  const names = head.split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [names[i], v])));
}

/** The "low to high" output-price range a company of the run's resolved scenario writes, if any. */
function priceRange(out: string, company: string): { low: number; high: number } | null {
  const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { resolved: { companies: { name: string; agent?: { pricePerMOutputRange?: string } }[] } };
  const text = manifest.resolved.companies.find((c) => c.name === company)?.agent?.pricePerMOutputRange;
  const m = text === undefined ? null : /^\$([\d.]+) to \$([\d.]+)$/.exec(text);
  return m === null ? null : { low: Number(m[1]), high: Number(m[2]) };
}

function run(out: string, extra: string[]): { summary: Summary; rows: Record<string, string>[]; bytes: string; out: string } {
  const result = runCli(["run", join(repoRoot, "scenarios/seed-article.yaml"), "--runs", "120", "--levers", "none", "--no-charts", "--out", out, ...extra]);
  expect(result.status, result.stderr).toBe(0);
  const bytes = readFileSync(join(out, "summary.json"), "utf8");
  return { summary: JSON.parse(bytes) as Summary, rows: readRuns(out), bytes, out };
}

/** 2,000 equally likely price factors of the lognormal whose 5th and 95th percentiles are `low` and `high`. */
function priceFactors(low: number, high: number): number[] {
  const mu = (Math.log(low) + Math.log(high)) / 2;
  const sigma = (Math.log(high) - Math.log(low)) / (2 * 1.6448536269514722);
  return Array.from({ length: 2000 }, (_, k) => Math.exp(mu + sigma * normalQuantile((k + 0.5) / 2000)));
}

describe("the decision fields, recomputed from runs.csv", () => {
  const one = run(join(dir, "one"), ["--workers", "1"]);

  it("writes the same summary.json with one worker or two", () => {
    expect(run(join(dir, "two"), ["--workers", "2"]).bytes).toBe(one.bytes);
  }, 60_000);

  it("gives the share of runs that pay at each price and the value of perfect information as runs.csv does", () => {
    const v = one.summary.points[0].verdicts[0];
    const of = one.rows.filter((r) => r.company === v.of);
    const against = one.rows.filter((r) => r.company === v.against);
    const gain = of.map((r, i) => Number(r.net_value_usd) - Number(against[i].net_value_usd));
    const bill = of.map((r) => Number(r.token_bill_discounted_usd));
    // runs.csv rounds to six significant digits: a run within that of zero may flip, no more.
    for (const p of v.priceCurve) {
      const m = p.pricePerMOutputUsd / v.pricePerMOutputUsd;
      const share = gain.filter((g, r) => g - (m - 1) * bill[r] > 0).length / gain.length;
      expect(Math.abs(share - (p.sharePays ?? -1))).toBeLessThanOrEqual(1 / gain.length);
    }
    // EVPI: mean of max(gain, 0) less max(mean gain, 0). Where the price is a guess given as a range
    // ("$25 to $150": a lognormal 90% interval), the price is unknown too: each run's gain is
    // averaged over the price's quantiles (gain at price factor m = gain − (m − 1) × bill), and
    // the choice without information is made at the price's mean.
    const range = priceRange(one.out, v.of);
    const factors = range === null ? [1] : priceFactors(range.low / v.pricePerMOutputUsd, range.high / v.pricePerMOutputUsd);
    const meanFactor = factors.reduce((s, m) => s + m, 0) / factors.length;
    const at = (m: number) => gain.map((g, r) => g - (m - 1) * bill[r]);
    const perfect = factors.reduce((s, m) => s + at(m).reduce((t, g) => t + Math.max(g, 0), 0) / gain.length, 0) / factors.length;
    const evpi = perfect - Math.max(at(meanFactor).reduce((s, g) => s + g, 0) / gain.length, 0);
    expect(v.valueOfInformation!.evpiUsd).toBeCloseTo(evpi, -1);
  });

  it("gives each option's share best and expected regret on a sweep as runs.csv does", () => {
    const sweep = run(join(dir, "sweep"), ["--workers", "1", "--vary", "companies[B].agent.tokensPerSecond=100,400,1600"]);
    const d = sweep.summary.decision!;
    expect(d.company).toBe("B");
    const labels = d.options.map((o) => o.label);
    const net = labels.map((label) => sweep.rows.filter((r) => r.label === label && r.company === "B").map((r) => Number(r.net_value_usd)));
    const runs = net[0].length;
    labels.forEach((_, i) => {
      let best = 0;
      let regret = 0;
      for (let r = 0; r < runs; r++) {
        const top = Math.max(...net.map((n) => n[r]));
        const ties = net.filter((n) => n[r] === top).length;
        if (net[i][r] === top) best += 1 / ties;
        regret += top - net[i][r];
      }
      expect(d.options[i].shareBest).toBeCloseTo(best / runs, 2);
      expect(d.options[i].expectedRegretUsd).toBeCloseTo(regret / runs, -2);
    });
    expect(d.knee === null || labels.includes(d.knee!)).toBe(true);
  }, 60_000);
});
