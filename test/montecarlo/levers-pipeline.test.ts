/** Lever re-runs keep the outputs byte-identical whatever the worker count or shard split. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergeShards, runScenario, type RunScenarioOptions } from "../../src/run/index.ts";
import { outputFiles } from "../output-files.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-levers-"));

// 30 lever runs of 60: the levered runs end inside the second of three shards.
const base: RunScenarioOptions = { file: "scenarios/seed-article.yaml", runs: 60, workers: 1, version: "test", levers: ["instant-review", "no-feedback-latency"], leverRuns: 30 };

describe("levers and reproducibility", () => {
  it("one worker, two workers and three merged shards write the same bytes", async () => {
    const one = fresh();
    const two = fresh();
    await runScenario({ ...base, outDir: one });
    await runScenario({ ...base, outDir: two, workers: 2 });
    const shards = [1, 2, 3].map(() => fresh());
    for (const [i, dir] of shards.entries()) await runScenario({ ...base, outDir: dir, shard: { index: i + 1, count: 3 } });
    const merged = fresh();
    await mergeShards([shards[1], shards[2], shards[0]], merged);
    const a = outputFiles(one);
    expect(outputFiles(two)).toEqual(a);
    expect(outputFiles(merged)).toEqual(a);
    const summary = JSON.parse(a["summary.json"]);
    expect(summary.leverRuns).toBe(30);
    expect(summary.points[0].levers.map((e: { lever: string; runs: number }) => `${e.lever}:${e.runs}`)).toContain("instant-review:30");
  }, 120_000);

  it("levers that stop after different rounds give the same bytes on one machine and from shards", async () => {
    // 240 runs, levers re-run in rounds of 100 up to 240: no-rate-limit settles after the first
    // round on seed-article (no effect where an interval can be had; A reaches $10M in ~2% of runs,
    // too few for one by the cap), instant-review needs all 240. One machine stops each lever after
    // its round; shards re-run every lever to 240 and the summary finds the same counts.
    const options: RunScenarioOptions = { file: "scenarios/seed-article.yaml", runs: 240, workers: 2, version: "test", levers: ["no-rate-limit", "instant-review"], leverRuns: 240 };
    const one = fresh();
    await runScenario({ ...options, outDir: one });
    const shards = [1, 2].map(() => fresh());
    for (const [i, dir] of shards.entries()) await runScenario({ ...options, outDir: dir, workers: 1, shard: { index: i + 1, count: 2 } });
    const merged = fresh();
    await mergeShards(shards, merged);
    const a = outputFiles(one);
    expect(outputFiles(merged)).toEqual(a);
    const runs = new Map(JSON.parse(a["summary.json"]).points[0].levers.map((e: { lever: string; runs: number }) => [e.lever, e.runs]));
    expect(runs.get("no-rate-limit")).toBe(100); // settled after its first round
    expect(runs.get("instant-review")).toBe(240);
  }, 240_000);
});
