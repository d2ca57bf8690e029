/**
 * `velocity report <dir>` run as a user would: rebuilds charts and report.html from saved results,
 * and refuses bad input with one line and exit code 2.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh output folder holding the fixture's summary.json and manifest.json only. */
function savedResults(): string {
  const dir = mkdtempSync(join(tmpdir(), "velocity-report-cli-"));
  dirs.push(dir);
  cpSync(join(repoRoot, "test/fixtures/summary"), dir, { recursive: true });
  return dir;
}

describe("velocity report", () => {
  it("writes every chart's spec, SVG and PNG and the report from saved results", () => {
    const dir = savedResults();
    const result = runCli(["report", dir]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^wrote 14 charts to .*charts and .*report\.html\n$/);
    const files = readdirSync(join(dir, "charts")).sort();
    for (const name of ["paired-difference", "break-even", "levers", "reached-curve", "weeks-to-target", "arr-fan", "sweep-weeks", "sweep-first", "sweep-reached", "sweep-arr", "tornado-a", "tornado-b", "speed-premium", "timeline"]) {
      expect(files).toEqual(expect.arrayContaining([`${name}.vl.json`, `${name}.svg`, `${name}.png`]));
    }
    expect(files).toHaveLength(14 * 3);
    expect(existsSync(join(dir, "report.html"))).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([]);
  });

  it("says which file is missing, in one line, with exit code 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "velocity-report-cli-"));
    dirs.push(dir);
    const result = runCli(["report", dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`${dir}: no summary.json (write the results first with: velocity run <scenario> --out ${dir})\n`);
  });

  it("rejects unparsable results and a bad --size with exit code 2 and no chart written", () => {
    const dir = savedResults();
    writeFileSync(join(dir, "manifest.json"), "{ not json");
    const broken = runCli(["report", dir]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^.*manifest\.json: expected the JSON velocity run writes, got unparsable JSON .*\n$/);

    const size = runCli(["report", savedResults(), "--size", "big"]);
    expect(size.status).toBe(2);
    expect(size.stderr).toBe('--size: expected WxH in pixels, each 320 to 8000 (e.g. 1280x720), got "big"\n');
    expect(existsSync(join(dir, "charts"))).toBe(false);
  });
});
