/**
 * `velocity report` on a summary.json that no run wrote: the limits `run` puts on a scenario
 * (horizon, companies, sweep points, runs) hold for results read from disk, so a tampered file is
 * one line and exit 2, with no chart written, or a report built in bounded time.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-edited file

/** The fixture's saved results with summary.json changed by `edit` (or replaced by its text). */
function tampered(edit: (summary: Json) => Json | string): string {
  const dir = mkdtempSync(join(tmpdir(), "velocity-tampered-"));
  dirs.push(dir);
  cpSync(join(repoRoot, "test/fixtures/summary"), dir, { recursive: true });
  const out = edit(JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")));
  writeFileSync(join(dir, "summary.json"), typeof out === "string" ? out : JSON.stringify(out));
  return dir;
}

/** Runs report on `dir` and expects one line naming summary.json and `field`, exit 2, no charts. */
function refused(dir: string, detail: RegExp): void {
  const result = runCli(["report", dir]);
  expect(result.status).toBe(2);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(new RegExp(`summary\\.json: expected the JSON velocity run writes, got ${detail.source}`));
  expect(existsSync(join(dir, "charts"))).toBe(false);
  expect(existsSync(join(dir, "report.html"))).toBe(false);
}

describe("velocity report on a tampered summary.json", () => {
  it("refuses a horizon past the ten years a scenario may have", () => {
    refused(
      tampered((s) => ({ ...s, horizonWeeks: 1e308 })),
      /horizonWeeks: expected number to be <=520/,
    );
  });

  it("refuses runs: -5 and a fractional run count", () => {
    refused(
      tampered((s) => ({ ...s, runs: -5 })),
      /runs: expected number to be >=1/,
    );
    refused(
      tampered((s) => ({ ...s, runs: 2.5 })),
      /runs: expected int/,
    );
  });

  it("refuses more curve rows than a run writes (201) and more companies than a scenario may have (50)", () => {
    const row = { week: 1, reached: 0.5, low: 0.4, high: 0.6 };
    refused(
      tampered((s) => {
        s.points[0].companies[0].reachedCurve = Array.from({ length: 202 }, () => row);
        return s;
      }),
      /points\[0\]\.companies\[0\]\.reachedCurve: expected array to have <=201 items/,
    );
    refused(
      tampered((s) => {
        const c = s.points[0].companies[0];
        s.points[0].companies = Array.from({ length: 51 }, (_, i) => ({ ...c, name: `C${i}` }));
        return s;
      }),
      /points\[0\]\.companies: expected array to have <=50 items/,
    );
  });

  it("refuses a company name with a line separator (U+2028), which vega cannot parse", () => {
    refused(
      tampered((s) => {
        s.points[0].companies[0].name = "A\u2028B";
        return s;
      }),
      /points\[0\]\.companies\[0\]\.name: expected a name on one line, got the control character U\+2028 at character 2/,
    );
  });

  it("says an all-NaN summary (as Python's json.dump writes it, indented) is unparsable in one line", () => {
    refused(
      tampered((s) => JSON.stringify(s, (_key, v) => (typeof v === "number" ? "NaN!" : v), 2).replace(/"NaN!"/g, "NaN")),
      /unparsable JSON \(Unexpected token 'N'/,
    );
  });

  it("builds a 3,000-point sweep's report, leaving out the per-point overlays", () => {
    const dir = tampered((s) => {
      const point = s.points[0];
      s.points = Array.from({ length: 3000 }, (_, i) => ({ ...point, index: i, label: `p${i}` }));
      return s;
    });
    const result = runCli(["report", dir]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    // Before, vega-lite's sort list for 3,000 labels overflowed the stack; the overlays alone were
    // 36 MB of spec. No stopwatch: the test's timeout guards against a hang, the machine's speed is not measured.
    const charts = readdirSync(join(dir, "charts"));
    expect(charts).toContain("sweep-weeks.svg");
    expect(charts.filter((f) => f.startsWith("sweep-reached") || f.startsWith("sweep-arr"))).toEqual([]);
  }, 120_000);
});
