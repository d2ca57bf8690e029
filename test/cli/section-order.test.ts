/**
 * One voice: the terminal, summary.md, report.html and the explorer say the same things in the same
 * order — the verdict, what it rests on (the scenario's assumptions), the findings, then the tables.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";
import type { Summary } from "../../src/montecarlo/types.ts";
import type { Manifest } from "../../src/output/index.ts";
import { resultsHtml } from "../../src/explorer/results-html.ts";
import { escapeHtml } from "../../src/report/html-escape.ts";
import { assumptionLines, findings, headlineVerdicts, reportHtml, summaryMarkdown, summaryTable } from "../../src/report/index.ts";

// seed-article has a verdict (B against A), assumptions outside public ranges and findings.
const dir = join(mkdtempSync(join(tmpdir(), "velocity-order-")), "out");
const ran = runCli(["run", "scenarios/seed-article.yaml", "--runs", "30", "--workers", "1", "--levers", "none", "--no-charts", "-q", "--out", dir]);
const summary = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")) as Summary;
const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")) as Manifest;

/** Where the verdict, the first assumption line, the first finding and the first table begin in `text`. */
function order(text: string, table: string, html = false): number[] {
  const first = (s: string) => text.indexOf(html ? escapeHtml(s.slice(0, 40)) : s.slice(0, 40));
  return [first(headlineVerdicts(summary)[0]), first(assumptionLines(summary)[0]), first(findings(summary)[0]), text.indexOf(table)];
}

describe("the same section order everywhere", () => {
  it("seed-article's summary has a verdict, an assumption line and a finding to order", () => {
    expect(ran.status).toBe(0);
    expect([headlineVerdicts(summary).length, assumptionLines(summary).length, findings(summary).length].every((n) => n > 0)).toBe(true);
  });

  for (const [where, text, table] of [
    ["terminal", summaryTable(summary), "company"],
    ["summary.md", summaryMarkdown(summary), "| company"],
    ["report.html", reportHtml({ summary, manifest, charts: [], libraries: { vega: "", vegaLite: "" } }), "<table"],
    // What explore.html inserts above its charts (test/explorer/browser.test.ts reads it off the page).
    ["explorer", resultsHtml(summary), "<table"],
  ] as const) {
    it(`${where}: verdict, then assumptions, then findings, then tables`, () => {
      const at = order(text, table, where === "report.html" || where === "explorer");
      expect(at.every((i) => i >= 0), `${where}: ${at.join(", ")}`).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    });
  }
});

describe("one 'how much sooner' on the first screen", () => {
  it("the paired chart's title says the verdict's weeks (on average within the horizon); the median, secondary, labels its bars", async () => {
    const { pairedDifferenceSpec } = await import("../../src/charts/index.ts");
    const spec = pairedDifferenceSpec(summary) as { title: { text: string | string[] } };
    const title = ([] as string[]).concat(spec.title.text).join(" ");
    const verdict = headlineVerdicts(summary)[0];
    const weeks = /reaching \$10M (\d+\.\d) weeks sooner on average/.exec(verdict)?.[1];
    expect(weeks).toBeDefined();
    expect(title).toContain(`${weeks} weeks sooner on average within 26 weeks`);
    expect(title).not.toMatch(/at least|at most/);
  });
});
