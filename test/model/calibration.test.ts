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

describe("grounded.yaml: Amdahl's law", () => {
  // The same company B at 65 and at 975 tok/s (15×), paired run by run (common random numbers).
  const slow = runs("grounded.yaml", 80, ["companies[B].agent.tokensPerSecond=65"]).map((r) => r[1]);
  const fast = runs("grounded.yaml", 80, ["companies[B].agent.tokensPerSecond=975"]).map((r) => r[1]);
  const mean = (cs: CompanyRun[], cat: (typeof BREAKDOWN_CATEGORIES)[number]) => cs.reduce((s, c) => s + (c.breakdownToV1?.[cat] ?? 0), 0) / cs.length;
  const total = (cs: CompanyRun[]) => BREAKDOWN_CATEGORIES.reduce((s, cat) => s + mean(cs, cat), 0);

  it("15× tokens/s shortens the median time to v1 by far less than 15×", () => {
    const speedUp = median(slow.map((c) => c.v1)) / median(fast.map((c) => c.v1));
    // Never meaningfully slower (paired runs), and nowhere near 15×: at most 1.5×.
    expect(speedUp).toBeGreaterThan(0.98);
    expect(speedUp).toBeLessThan(1.5);
  });

  it("and the breakdown says why: generation is a sliver of the path, people and queues the rest", () => {
    expect(mean(slow, "agentGeneration") / total(slow)).toBeLessThan(0.05);
    const human = (cs: CompanyRun[]) => mean(cs, "waitingForReviewer") + mean(cs, "review") + mean(cs, "offHours") + mean(cs, "rework") + mean(cs, "planning");
    expect(human(slow) / total(slow)).toBeGreaterThan(0.6);
    expect(human(fast) / total(fast)).toBeGreaterThan(0.6);
  });
});
