/** One table, three renderers: the terminal, summary.md and report.html show the same cells. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { summaryTable, TERMINAL_WIDTH } from "../../src/report/terminal-summary.ts";
import { cell, renderHtml, renderMarkdown, renderTerminal, wrapText, type Table } from "../../src/report/table-model.ts";
import { summaryTables } from "../../src/report/summary-tables.ts";
import type { Summary } from "../../src/montecarlo/types.ts";

const table: Table = {
  title: "Paired comparisons",
  headings: ["comparison", "milestone", "median"],
  nameColumns: 2,
  rows: [
    [cell("B vs A"), cell("v1"), cell("-3.1", "-3.2 to -3.0")],
    [cell("B vs A|x"), cell("$10M"), cell("—")],
  ],
  footnote: "negative = sooner",
};

describe("table model", () => {
  it("renders aligned text for the terminal: names left, numbers right", () => {
    expect(renderTerminal(table)).toBe(
      ["Paired comparisons", "comparison  milestone               median", "B vs A      v1         -3.1 (-3.2 to -3.0)", "B vs A|x    $10M                         —", "negative = sooner"].join("\n"),
    );
  });

  it("renders Markdown with escaped pipes and right-aligned number columns", () => {
    expect(renderMarkdown(table)).toBe(
      ["**Paired comparisons**", "", "| comparison | milestone | median |", "|---|---|--:|", "| B vs A | v1 | -3.1 (-3.2 to -3.0) |", "| B vs A\\|x | $10M | — |", "", "*negative = sooner*"].join("\n"),
    );
  });

  it("renders HTML with the note dimmed and text escaped", () => {
    const html = renderHtml({ ...table, rows: [[cell("<B>"), cell("v1"), cell("-3.1", "-3.2 to -3.0")]] });
    expect(html).toContain("<caption>Paired comparisons</caption>");
    expect(html).toContain('<td>&lt;B&gt;</td><td class="name">v1</td><td>-3.1 <span class="ci">(-3.2 to -3.0)</span></td>');
  });

  it("wraps a table wider than the terminal into blocks that repeat the name columns, dropping no cell", () => {
    const wide: Table = { title: "Wide", headings: ["name", "a", "b", "c"], rows: [[cell("x"), cell("1".repeat(20)), cell("2".repeat(20)), cell("3".repeat(20))]] };
    const lines = renderTerminal(wide, 50).split("\n");
    expect(lines).toEqual(["Wide", `name  ${" ".repeat(19)}a  ${" ".repeat(19)}b`, `x     ${"1".repeat(20)}  ${"2".repeat(20)}`, "", `name  ${" ".repeat(19)}c`, `x     ${"3".repeat(20)}`]);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(50);
    expect(renderTerminal(wide)).toBe(renderTerminal(wide, 1000)); // no width: one block
    expect(wrapText("one two three", 8)).toBe("one two\nthree");
  });

  it("the terminal summary of the fixture fits 100 columns", () => {
    const summary = JSON.parse(readFileSync("test/fixtures/summary/summary.json", "utf8")) as Summary;
    const lines = summaryTable(summary).split("\n");
    expect(TERMINAL_WIDTH).toBe(100);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it("labels every interval in a heading (95% CI or p10–p90) and says the sign of every difference", () => {
    const summary = JSON.parse(readFileSync("test/fixtures/summary/summary.json", "utf8")) as Summary;
    for (const t of summaryTables(summary)) {
      t.headings.forEach((heading, c) => {
        const hasInterval = t.rows.some((r) => r[c]?.note !== undefined && r[c].note !== "");
        if (hasInterval) expect(`${t.title}: ${heading}`).toMatch(/95% CI|p10–p90/);
        // A signed number in weeks (not a rank correlation, not dollars) is a difference: its sign must be said.
        const signed = !heading.includes("correlation") && t.rows.some((r) => /^[+-]\d/.test(r[c]?.text ?? "")) && /weeks|to v1|to takeoff|to \$/.test(heading + t.title);
        // Weeks saved by a lever are a saving, said as such; every difference reads negative = sooner.
        if (signed) expect(`${t.title}: ${heading}`).toMatch(/negative = sooner|positive = saved/);
      });
    }
  });
});
