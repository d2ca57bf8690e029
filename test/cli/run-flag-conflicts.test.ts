/**
 * Flags of `velocity run` / `sweep` that would cancel each other silently: each pair is refused in
 * one line (exit 2) before any run, naming both flags, and no folder is made. `--json --progress`
 * works instead: the JSON on stdout, the progress on stderr.
 */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const PAIRS: { flags: string[]; names: [string, string] }[] = [
  { flags: ["--precision", "0.5", "--shard", "1/2"], names: ["--precision", "--shard"] },
  { flags: ["--precision", "0.5", "--shard", "auto", "--shard-count", "2"], names: ["--precision", "--shard"] },
  { flags: ["--json", "--shard", "1/2"], names: ["--json", "--shard"] },
  { flags: ["--size", "1920x1080", "--shard", "1/2"], names: ["--size", "--shard"] },
  { flags: ["--title", "levers=Faster", "--shard", "2/2"], names: ["--title", "--shard"] },
  { flags: ["--company", "A", "--shard", "1/2"], names: ["--company", "--shard"] },
  { flags: ["--size", "1920x1080", "--no-charts"], names: ["--size", "--no-charts"] },
  { flags: ["--title", "levers=Faster", "--no-charts"], names: ["--title", "--no-charts"] },
  { flags: ["--caption", "levers=Ours", "--no-charts"], names: ["--caption", "--no-charts"] },
  { flags: ["--company", "A", "--no-charts"], names: ["--company", "--no-charts"] },
  { flags: ["--quiet", "--json"], names: ["--quiet", "--json"] },
  { flags: ["--quiet", "--progress"], names: ["--quiet", "--progress"] },
  { flags: ["--levers", "none", "--lever-runs", "50"], names: ["--levers none", "--lever-runs"] },
];

describe("run flags that would cancel each other", () => {
  for (const { flags, names } of PAIRS) {
    it(`refuses ${flags.join(" ")}: one line naming ${names.join(" and ")}, exit 2, no folder`, () => {
      const out = join(mkdtempSync(join(tmpdir(), "velocity-flag-pair-")), "out");
      const result = runCli(["run", "scenarios/grounded.yaml", "--runs", "4", "--workers", "1", "--out", out, ...flags]);
      expect(result.status).toBe(2);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      for (const name of names) expect(result.stderr).toContain(name);
      expect(result.stdout).toBe("");
      expect(existsSync(out)).toBe(false);
    });
  }

  it("merge refuses chart flags with --no-charts too: one line, exit 2, no folder", () => {
    const out = join(mkdtempSync(join(tmpdir(), "velocity-flag-pair-")), "out");
    const result = runCli(["merge", "nowhere", "--out", out, "--no-charts", "--size", "1920x1080"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe("--size cannot go with --no-charts: there is no chart to apply it to (drop one of them)");
    expect(existsSync(out)).toBe(false);
  });

  it("--json --progress works: the summary as JSON on stdout, progress lines on stderr", () => {
    const out = join(mkdtempSync(join(tmpdir(), "velocity-flag-pair-")), "out");
    const result = runCli(["run", "scenarios/grounded.yaml", "--runs", "8", "--workers", "1", "--levers", "none", "--no-charts", "--out", out, "--json", "--progress"]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).runs).toBe(8);
    expect(result.stderr).toMatch(/runs/);
  });

  it("each flag alone still runs (the shard with its defaults, --levers none without --lever-runs)", () => {
    const out = join(mkdtempSync(join(tmpdir(), "velocity-flag-pair-")), "out");
    const result = runCli(["run", "scenarios/grounded.yaml", "--runs", "4", "--workers", "1", "--levers", "none", "--shard", "1/2", "--out", out, "--quiet"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(existsSync(join(out, "manifest.json"))).toBe(true);
  });
});
