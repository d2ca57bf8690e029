/**
 * The bundled scenarios tell the stories they claim. Medians over a few hundred runs; the story's
 * numbers must hold within ±20%. With 150 runs the sampling error of a median is a few per cent
 * of it; a median can also jump by a weekend (a v1 done on Friday vs Monday, ~13% of 3 weeks), which
 * the band still holds, so a failure means the calibration moved, not bad luck.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate, type CompanyRun } from "../../src/model/index.ts";
import { BREAKDOWN_CATEGORIES } from "../../src/model/types.ts";
import { loadScenario } from "../../src/scenario/index.ts";

const WEEK = 168;
const scenarioFile = (name: string) => fileURLToPath(new URL(`../../scenarios/${name}`, import.meta.url));

/** Median with `null` (censored) counted as later than anything. */
function median(values: (number | null)[]): number {
  const sorted = values.map((v) => v ?? Infinity).sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function runs(file: string, n: number, set: string[] = []): CompanyRun[][] {
  const scenario = loadScenario(scenarioFile(file), { set });
  return Array.from({ length: n }, (_, run) => simulate(scenario, run).companies);
}

describe("seed-article.yaml tells the story", () => {
  const results = runs("seed-article.yaml", 150);
  const a = results.map((r) => r[0]);
  const b = results.map((r) => r[1]);

  it("A ships v1 near week 6, B near week 3", () => {
    expect(median(a.map((c) => c.v1)) / WEEK).toBeGreaterThan(6 * 0.8);
    expect(median(a.map((c) => c.v1)) / WEEK).toBeLessThan(6 * 1.2);
    expect(median(b.map((c) => c.v1)) / WEEK).toBeGreaterThan(3 * 0.8);
    expect(median(b.map((c) => c.v1)) / WEEK).toBeLessThan(3 * 1.2);
  });

  it("B takes off around its v3 and reaches $10M ARR near week 8", () => {
    expect(median(b.map((c) => c.takeoffRelease))).toBe(3);
    expect(median(b.map((c) => c.target)) / WEEK).toBeGreaterThan(8 * 0.8);
    expect(median(b.map((c) => c.target)) / WEEK).toBeLessThan(8 * 1.2);
  });

  it("has A still without takeoff when B reaches the target (medians)", () => {
    expect(median(a.map((c) => c.takeoff))).toBeGreaterThan(median(b.map((c) => c.target)));
  });

  it("has B first to $10M in most runs", () => {
    const bFirst = results.filter(([ra, rb]) => rb.target !== null && (ra.target === null || rb.target < ra.target)).length;
    expect(bFirst / results.length).toBeGreaterThan(0.6);
  });
});

describe("grounded.yaml: humans in the loop", () => {
  // The same company B at other speeds, paired run by run (common random numbers).
  const at = (tokensPerSecond: number, n = 80) => runs("grounded.yaml", n, [`companies[B].agent.tokensPerSecond=${tokensPerSecond}`]).map((r) => r[1]);
  const slow = at(20);
  const mid = at(200);
  const fast = at(2000);
  const v1 = (cs: CompanyRun[]) => median(cs.map((c) => c.v1));
  const mean = (cs: CompanyRun[], cat: (typeof BREAKDOWN_CATEGORIES)[number]) => cs.reduce((s, c) => s + (c.breakdownToV1?.[cat] ?? 0), 0) / cs.length;
  const total = (cs: CompanyRun[]) => BREAKDOWN_CATEGORIES.reduce((s, cat) => s + mean(cs, cat), 0);

  it("median weeks to v1 fall as tokens/s rises from 20 to 2,000, by more than a day", () => {
    expect(v1(mid)).toBeLessThan(v1(slow));
    expect(v1(fast)).toBeLessThanOrEqual(v1(mid));
    expect(v1(slow) - v1(fast)).toBeGreaterThan(24);
  });

  it("but 100× tokens/s shortens v1 by far less than 100× (Amdahl): people and tools stay", () => {
    const speedUp = v1(slow) / v1(fast);
    expect(speedUp).toBeGreaterThan(1);
    expect(speedUp).toBeLessThan(3);
  });

  it("and generation itself is a sliver of the critical path at 2,000 tok/s", () => {
    expect(mean(fast, "agentGeneration") / total(fast)).toBeLessThan(0.05);
  });
});
