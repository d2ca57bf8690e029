/**
 * The explorer's run is `velocity run`'s pipeline: for the same scenario, seed and runs its summary
 * is the CLI's, and each partial summary drawn along the way is the summary of that many runs
 * (without levers: they are re-run in rounds once the runs are done).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exploreRun, loadForExplorer, scenarioFilesFor } from "../../src/explorer/index.ts";
import { createBlockRunner, type Summary } from "../../src/montecarlo/index.ts";
import { roundForOutput } from "../../src/output/index.ts";
import { runScenario } from "../../src/run/index.ts";
import { memoryScenarioFiles } from "../../src/scenario/index.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function cliSummary(file: string, runs: number, seed: number, levers?: string[]): Promise<Summary> {
  const outDir = mkdtempSync(join(tmpdir(), "velocity-explore-"));
  dirs.push(outDir);
  await runScenario({ file, runs, seed, workers: 1, outDir, version: "test", levers });
  return JSON.parse(readFileSync(join(outDir, "summary.json"), "utf8")) as Summary;
}

/** The summary as summary.json holds it (numbers rounded to 6 significant digits). */
function asWritten(summary: Summary): Summary {
  return JSON.parse(JSON.stringify(summary, (_k, v) => (typeof v === "number" ? roundForOutput(v) : v)));
}

describe("an explorer run", () => {
  // seed-article extends the models.yaml catalogue; review-bound extends grounded.yaml and sweeps four points.
  // Every lever on a sweep of four: 10 runs of review-bound check the same pipeline for a third
  // of the cost of 30 (issue 32: the property holds for any run count).
  for (const [file, runs] of [["scenarios/seed-article.yaml", 120], ["scenarios/review-bound.yaml", 10]] as const) {
    it(`${file}: the same summary as velocity run --runs ${runs} --seed 7`, async () => {
      const loaded = loadForExplorer(memoryScenarioFiles(scenarioFilesFor(file)), file, runs, 7);
      const runner = createBlockRunner(1);
      const summary = await exploreRun(loaded, { runner, version: "test" });
      await runner.close();
      expect(asWritten(summary)).toEqual(await cliSummary(file, runs, 7));
    });
  }

  it("draws partial summaries at 1/8, 1/4, 1/2 of the runs, each equal to a run of that many (levers come after the runs)", async () => {
    const file = "scenarios/seed-article.yaml";
    const loaded = loadForExplorer(memoryScenarioFiles(scenarioFilesFor(file)), file, 200, 3);
    const partials: [number, Summary][] = [];
    const runner = createBlockRunner(1);
    await exploreRun(loaded, { runner, version: "test", onPartial: (s, runs) => partials.push([runs, s]) });
    await runner.close();
    // Blocks are 25 runs, so the prefixes are 25, 50 and 100 runs.
    expect(partials.map(([runs, s]) => [runs, s.runs])).toEqual([
      [25, 25],
      [50, 50],
      [100, 100],
    ]);
    expect(asWritten(partials[1][1])).toEqual(await cliSummary(file, 50, 3, []));
  });

  it("loads with the CLI's messages: a bad value names file, line, column and path", () => {
    const file = "scenarios/seed-article.yaml";
    const files = scenarioFilesFor(file);
    const bad = files[file].replace("tokensPerSecond: 1000 ", "tokensPerSecond: -5 ");
    const line = bad.split("\n").findIndex((l) => l.includes("tokensPerSecond: -5")) + 1;
    const column = bad.split("\n")[line - 1].indexOf("-5") + 1;
    expect(() => loadForExplorer(memoryScenarioFiles({ ...files, [file]: bad }), file, 100, 1)).toThrow(`scenarios/seed-article.yaml:${line}:${column}: companies[1].agent.tokensPerSecond: `);
  });
});
