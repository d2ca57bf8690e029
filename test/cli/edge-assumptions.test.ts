/**
 * Public-range limits and zero assumptions (issue 31, cause 3): a Bass p or q of 0, a fit chance of
 * 0 for every company, an ARPU of $0, a horizon no run reaches the target in. `run` with charts and
 * `report` must both succeed, and no sentence, table, chart or page may print Infinity, NaN,
 * undefined or a crash; where no run got there, the text says so.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const EDGES: { name: string; set: string[]; noneGetThere: boolean }[] = [
  { name: "Bass p = 0 for A", set: ["companies[A].growth.p=0"], noneGetThere: false },
  { name: "Bass q = 0 for both", set: ["companies[A].growth.q=0", "companies[B].growth.q=0"], noneGetThere: false },
  { name: "fit chance 0 for every company", set: ["companies[A].takeoff.fitChance=0", "companies[B].takeoff.fitChance=0"], noneGetThere: true },
  { name: "ARPU $0", set: ["market.arpu=$0"], noneGetThere: true },
  { name: "a 2-week horizon", set: ["horizon=2 weeks"], noneGetThere: true },
];

/** Words that mean a number went wrong on its way to the page. */
const BROKEN = /Infinity|NaN|undefined|Cannot read|\bnull\b/;

function readAll(dir: string): { name: string; text: string }[] {
  const charts = join(dir, "charts");
  return [
    { name: "summary.md", text: readFileSync(join(dir, "summary.md"), "utf8") },
    // The page's own text, without the embedded libraries and chart specs (which hold `null` legitimately).
    { name: "report.html", text: readFileSync(join(dir, "report.html"), "utf8").replace(/<script[\s\S]*?<\/script>/g, "") },
    ...readdirSync(charts)
      .filter((f) => f.endsWith(".svg"))
      .map((f) => ({ name: `charts/${f}`, text: readFileSync(join(charts, f), "utf8").replace(/<[^>]*>/g, " ") })),
  ];
}

describe("run and report at public-range limits and zero assumptions", () => {
  for (const edge of EDGES) {
    it(`${edge.name}: run with charts and report succeed, and every page reads true`, () => {
      const out = join(mkdtempSync(join(tmpdir(), "velocity-edge-")), "out");
      const run = runCli(["run", "scenarios/grounded.yaml", "--runs", "20", "--lever-runs", "5", "--workers", "1", "--out", out, ...edge.set.flatMap((s) => ["--set", s])]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).not.toMatch(BROKEN);
      if (edge.noneGetThere) expect(run.stdout).toMatch(/no run (got|gets|reached) /);
      for (const { name, text } of readAll(out)) {
        expect(text, name).not.toMatch(BROKEN);
        if (edge.noneGetThere && !name.startsWith("charts/")) expect(text, name).toMatch(/no run (got|gets|reached) /);
      }
      const report = runCli(["report", out]);
      expect(report.stderr).toBe("");
      expect(report.status).toBe(0);
    }, 120_000);
  }
});
