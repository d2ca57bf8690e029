/** writeTimelineChart, behind `velocity trace --chart <file>`: the format follows the file name. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { TimelineContext } from "../../src/report/timeline-chart.ts";
import { writeTimelineChart } from "../../src/run/timeline-file.ts";
import { traceFixture } from "../charts/fixture.ts";
import { pngSize } from "../charts/png.ts";

const context: TimelineContext = { scenario: "seed-article", companies: ["A", "B"], horizonHours: 3 * 168, seed: 42, run: 7 };
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), "velocity-timeline-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("writeTimelineChart", () => {
  it("writes SVG, 2x PNG or the Vega-Lite spec by extension, captioned with the run", async () => {
    const dir = tempDir();
    expect(await writeTimelineChart(join(dir, "t.svg"), traceFixture(), context)).toBe(true);
    const svg = readFileSync(join(dir, "t.svg"), "utf8");
    expect(svg).toContain("One run, week by week: build, release, feedback, takeoff");
    expect(svg).toContain("seed-article · run 7 · seed 42 · the scenario as written, before any sweep");
    await writeTimelineChart(join(dir, "t.PNG"), traceFixture(), context);
    expect(pngSize(readFileSync(join(dir, "t.PNG")))).toEqual({ width: 2560, height: 1440 });
    await writeTimelineChart(join(dir, "t.vl.json"), traceFixture(), { ...context, size: { width: 1600, height: 900 } });
    expect(JSON.parse(readFileSync(join(dir, "t.vl.json"), "utf8"))).toMatchObject({ width: 1600, height: 900 });
  });

  it("writes nothing for an empty trace", async () => {
    const dir = tempDir();
    expect(await writeTimelineChart(join(dir, "t.svg"), [], context)).toBe(false);
    expect(existsSync(join(dir, "t.svg"))).toBe(false);
  });

  it("refuses another extension with a user-facing one-line error", async () => {
    const dir = tempDir();
    await expect(writeTimelineChart(join(dir, "t.pdf"), traceFixture(), context)).rejects.toMatchObject({
      userFacing: true,
      message: `--chart: expected a file name ending in .svg, .png or .json, got ${JSON.stringify(join(dir, "t.pdf"))}`,
    });
    expect(existsSync(join(dir, "t.pdf"))).toBe(false);
  });
});
