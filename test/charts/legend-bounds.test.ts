/**
 * Every legend fits inside its chart: drawn by vega (headless, DejaVu Sans widths, as `velocity run`
 * renders the SVG and PNG), each legend's bounds in the scenegraph lie within the plot's width. A
 * sweep's point labels in one row ran past the right edge of sweep-reached and sweep-arr and were
 * cut off in the PNG; they wrap into columns now (src/charts/legend-fit.ts).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as vega from "vega";
import { afterAll, describe, expect, it } from "vitest";
import { summaryCharts } from "../../src/charts/index.ts";
import { compileChart } from "../../src/charts/render.ts";
import { useDeckTextMetrics } from "../../src/charts/text-metrics.ts";
import type { DeckSize } from "../../src/charts/theme.ts";
import type { Summary } from "../../src/montecarlo/types.ts";
import { runCli } from "../cli/run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "velocity-legends-"));
function sweep(name: string, vary: string[]): Summary {
  const out = join(dir, name);
  const r = runCli(["sweep", "scenarios/seed-article.yaml", ...vary.flatMap((v) => ["--vary", v]), "--runs", "20", "--workers", "1", "--levers", "none", "--no-charts", "-q", "--out", out]);
  expect(r.stderr).toBe("");
  return JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as Summary;
}

interface SceneNode {
  marktype?: string;
  role?: string;
  items?: SceneItem[];
}
interface SceneItem {
  x?: number;
  bounds: { x1: number; x2: number };
  items?: SceneNode[];
}

/** The legends' left and right edges, in the plot's coordinates (the plot spans 0 to view.width()). */
function legendEdges(root: SceneNode): { x1: number; x2: number }[] {
  const found: { x1: number; x2: number }[] = [];
  const walk = (node: SceneNode, depth: number): void => {
    for (const item of node.items ?? []) {
      if (node.role === "legend") found.push({ x1: item.bounds.x1, x2: item.bounds.x2 });
      // Below the top-level group, marks sit in their group's coordinates: only the top level's legends are wanted.
      if (depth === 0) for (const child of item.items ?? []) walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return found;
}

const views: vega.View[] = [];
afterAll(() => views.forEach((v) => v.finalize()));

async function check(summary: Summary, size: DeckSize): Promise<string[]> {
  useDeckTextMetrics();
  const drawn: string[] = [];
  for (const { name, spec } of summaryCharts(summary, { size })) {
    const view = new vega.View(vega.parse(compileChart(spec).vega), { renderer: "none" });
    views.push(view);
    await view.runAsync();
    for (const edge of legendEdges((view.scenegraph() as unknown as { root: SceneNode }).root)) {
      drawn.push(name);
      expect(edge.x1, `${name} at ${size.width}×${size.height}: legend starts left of the plot`).toBeGreaterThanOrEqual(0);
      expect(edge.x2, `${name} at ${size.width}×${size.height}: legend ends at ${edge.x2.toFixed(0)} px, the plot at ${view.width()}`).toBeLessThanOrEqual(view.width());
    }
  }
  return drawn;
}

describe("legends fit inside their charts", () => {
  const speeds = sweep("speeds", ["companies[B].agent.tokensPerSecond=65..3000 log 8"]);
  const grid = sweep("grid", ["companies[B].agent.tokensPerSecond=65,300,1000,3000", "companies[A].team.engineers=2,3"]);

  for (const size of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 800, height: 450 }]) {
    it(`eight speeds at ${size.width}×${size.height}: sweep-reached's and sweep-arr's legends are inside the plot`, async () => {
      const drawn = await check(speeds, size);
      expect(drawn).toContain("sweep-reached");
      expect(drawn).toContain("sweep-arr");
    });
  }

  it("a two-axis grid's longer labels ('B.tokensPerSecond=1000, A.engineers=3') fit too", async () => {
    expect(grid.points[0].label).toBe("B.tokensPerSecond=65, A.engineers=2");
    expect(await check(grid, { width: 1280, height: 720 })).toContain("sweep-reached");
  });
});
