/**
 * Every number written is finite (or null, documented in docs/output-folders.md): a scenario at the edge
 * of every money and size range still writes no Infinity, NaN or overflowed value.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runScenario } from "../../src/run/index.ts";

function numbers(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => numbers(v, out));
  else if (value !== null && typeof value === "object") Object.values(value).forEach((v) => numbers(v, out));
  else if (typeof value === "number") out.push(value);
  return out;
}

describe("outputs at the edges of the ranges", () => {
  it("hold only finite numbers", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "velocity-finite-")), "edge");
    const set = [
      "market.arpu=$10M",
      "market.potentialCustomers=10B",
      "market.earlyAdopterRate=10000",
      "target=$1000B",
      "companies[A].agent.pricePerMOutput=$10k",
      "companies[A].agent.pricePerMInput=$10k",
      "companies[A].task.inputTokens=100B",
      "companies[A].task.outputTokens=1B",
      "companies[A].agent.tokensPerSecond=0.1",
      "companies[B].agent.tokensPerSecond=1M",
      "companies[A].team.costPerEngineerWeek=$1M",
      "companies[A].team.engineers=10000",
    ];
    await runScenario({ file: "scenarios/seed-article.yaml", runs: 4, workers: 1, version: "test", outDir: out, set });
    const text = readFileSync(join(out, "summary.json"), "utf8");
    expect(text).not.toMatch(/Infinity|NaN/);
    for (const n of numbers(JSON.parse(text))) expect(Number.isFinite(n)).toBe(true);
    const csv = readFileSync(join(out, "runs.csv"), "utf8");
    expect(csv).not.toMatch(/Infinity|NaN|undefined/);
  }, 120_000);
});
