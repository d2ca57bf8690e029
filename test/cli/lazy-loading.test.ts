/**
 * `run --no-charts`, `validate` and `--version` must not load the chart renderer (vega, vega-lite,
 * d3, resvg) nor the charts and HTML half of the report layer: those are hundreds of modules and
 * most of the start-up time. Each command runs in a real process with a module hook that logs
 * every module it loads (scripts/module-hooks.mjs).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "velocity-lazy-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The modules one CLI command loads (file URLs, workers included), after checking it succeeded. */
function modulesLoaded(name: string, args: string[]): string[] {
  const log = join(dir, `${name}.log`);
  const child = spawnSync(process.execPath, ["--import", `${repoRoot}scripts/module-log.mjs`, `${repoRoot}bin/velocity.mjs`, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, VELOCITY_MODULE_LOG: log },
  });
  expect(child.status, child.stderr).toBe(0);
  return readFileSync(log, "utf8").trim().split("\n");
}

const RENDERER = /\/node_modules\/(vega|vega-[a-z-]+|d3-[a-z-]+|@resvg\/[a-z-]+)\//;
// summary.md's tables (report/summary-tables) and the pure words they borrow from charts (labels,
// titles, axis names, errors) are small and load no renderer; everything else of charts is out.
const CHARTS_AND_HTML = /\/(src|dist)\/(charts\/(?!(labels|titles|sweep-shape|errors)\.)|run\/(build-report|write-report|timeline-file)\.|report\/(report-html|report-charts|timeline-chart)\.)/;

describe("start-up loads only what the command needs", () => {
  it("--version loads neither charts nor the scenario, model or report layers", () => {
    const modules = modulesLoaded("version", ["--version"]);
    expect(modules.filter((m) => RENDERER.test(m))).toEqual([]);
    // Only the table of lever names that --help lists (montecarlo/levers, no imports) may load.
    expect(modules.filter((m) => /\/(src|dist)\/(charts|report|scenario|model|montecarlo)\//.test(m) && !/\/montecarlo\/levers\./.test(m))).toEqual([]);
  });

  it("validate loads no chart renderer and nothing of the charts or report layers", () => {
    const modules = modulesLoaded("validate", ["validate", "scenarios/seed-article.yaml"]);
    expect(modules.filter((m) => RENDERER.test(m))).toEqual([]);
    expect(modules.filter((m) => /\/(src|dist)\/(charts|report|run|output)\//.test(m))).toEqual([]);
  });

  it("run --no-charts loads no chart renderer and none of the charts or HTML report code", () => {
    const out = join(dir, "out");
    const modules = modulesLoaded("run", ["run", "scenarios/seed-article.yaml", "--runs", "20", "--workers", "1", "--no-charts", "--quiet", "--out", out]);
    expect(modules.filter((m) => RENDERER.test(m))).toEqual([]);
    expect(modules.filter((m) => CHARTS_AND_HTML.test(m))).toEqual([]);
    // The hook does see modules: the run itself was loaded.
    expect(modules.some((m) => /\/(src|dist)\/run\/run-scenario\./.test(m))).toBe(true);
  });

  it("run with charts does load the renderer (the check above can fail)", () => {
    const out = join(dir, "charts");
    const modules = modulesLoaded("charts", ["run", "scenarios/seed-article.yaml", "--runs", "20", "--workers", "1", "--quiet", "--out", out]);
    expect(modules.some((m) => RENDERER.test(m))).toBe(true);
  });
});
