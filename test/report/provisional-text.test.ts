/** The provisional answer's words: how many runs it rests on, the verdict, the per-company tables. */
import { describe, expect, it } from "vitest";
import { briefCompanyTable, headlineVerdicts, renderTerminal } from "../../src/report/index.ts";
import { formatCount, provisionalHeading, provisionalText } from "../../src/report/provisional-text.ts";
import { summaryFixture } from "../charts/fixture.ts";

const summary = summaryFixture();

describe("provisionalText", () => {
  it("says first that it is provisional and of how many runs", () => {
    expect(provisionalHeading(400, 2000)).toBe("provisional: 400 of 2,000 runs (replaced as runs finish)");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(25)).toBe("25");
    expect(provisionalText(summary, 400, 2000, 100).split("\n")[0]).toBe(provisionalHeading(400, 2000));
  });

  it("holds the verdict sentences and each point's per-company table, and nothing more", () => {
    const text = provisionalText(summary, 400, 2000, 100);
    for (const sentence of headlineVerdicts(summary)) expect(text.replace(/\n/g, " ")).toContain(sentence);
    for (const point of summary.points) expect(text).toContain(renderTerminal({ ...briefCompanyTable(summary, point), footnote: undefined }, 100));
    // No lever table: levers are re-run after the runs, so a provisional answer has none yet.
    expect(text).not.toMatch(/lever/i);
    expect(text.endsWith("\n")).toBe(true);
  });

  it("keeps every line within the width", () => {
    for (const line of provisionalText(summary, 400, 2000, 100).split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });
});
