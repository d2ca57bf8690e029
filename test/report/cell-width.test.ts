/**
 * No table cell is a paragraph: every cell of every table summary.md and report.html show (text
 * and its dimmed note together, as the terminal and summary.md print them) fits in
 * {@link MAX_CELL} characters, on the sweeps whose price cells once ran to 166 ("$25/M output
 * (opus-4.6 list held at 1000 tok/s, not sold at that speed: guess) (baseline …)"). The long words
 * move to notes under the table, each said once.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Summary } from "../../src/montecarlo/types.ts";
import { speedPremiumTable, summaryTables } from "../../src/report/summary-tables.ts";
import { runCli } from "../cli/run-cli.ts";

/** A cell wider than this makes a column no reader scans: about two thirds of a 100-column terminal. */
const MAX_CELL = 60;

const dir = mkdtempSync(join(tmpdir(), "velocity-cells-"));
function summaryOf(name: string, args: string[]): Summary {
  const out = join(dir, name);
  const r = runCli([...args, "--runs", "30", "--workers", "1", "--levers", "none", "--no-charts", "-q", "--out", out]);
  expect(r.stderr).toBe("");
  return JSON.parse(readFileSync(join(out, "summary.json"), "utf8")) as Summary;
}

const cases: [string, string[]][] = [
  // B's speed swept at opus-4.6's list price: a price held at speeds it is not sold at, a guess.
  ["speed", ["sweep", "scenarios/seed-article.yaml", "--vary", "companies[B].agent.tokensPerSecond=65,1000"]],
  // Offerings swept: list prices, one of them a guess.
  ["offering", ["sweep", "scenarios/seed-article.yaml", "--vary", "companies[B].agent.model=opus-4.6,opus-4.6-fast,gpt-5.3-codex-spark"]],
  // Named tiers, a single company.
  ["tiers", ["run", "scenarios/speed-tiers.yaml"]],
];

describe("table cells stay short", () => {
  for (const [name, args] of cases) {
    it(`${name}: every cell of every table is at most ${MAX_CELL} characters`, () => {
      const summary = summaryOf(name, args);
      const tables = summaryTables(summary);
      expect(tables.length).toBeGreaterThan(0);
      const wide = tables.flatMap((t) => t.rows.flatMap((r) => r.map((c) => (c.note === undefined ? c.text : `${c.text} (${c.note})`)))).filter((text) => text.length > MAX_CELL);
      expect(wide).toEqual([]);
      // The price paid is still there in full, once per company and point, under the speed-premium table.
      const premium = speedPremiumTable(summary);
      expect(premium).not.toBeNull();
      for (const row of premium?.rows ?? []) {
        const [point, company] = [row[0].text, row[1].text];
        expect(premium?.notes?.filter((n) => n.startsWith(`Price paid by ${company} at ${point}: `))).toHaveLength(1);
      }
      expect(premium?.notes?.filter((n) => n.includes("(the baseline)"))).toHaveLength(new Set(premium?.rows.map((r) => r[1].text)).size);
    });
  }
});
