/** One table, three renderers: the terminal, summary.md and report.html show the same cells. */
import { describe, expect, it } from "vitest";
import { cell, renderHtml, renderMarkdown, renderTerminal, type Table } from "../../src/report/table-model.ts";

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
});
