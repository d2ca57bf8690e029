/**
 * Scenarios say what they assume: each bundled scenario declares its kind, a grounded one keeps
 * its headline-driving assumptions (Bass p and q, fit, task size, ARPU) inside the public ranges of
 * docs/validation.md, and the ranges in code are the ones the page prints.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { WEEKS_PER_YEAR } from "../../src/format/time-units.ts";
import { loadScenario, outsidePublicRanges, PUBLIC_RANGES } from "../../src/scenario/index.ts";

const dir = fileURLToPath(new URL("../../scenarios/", import.meta.url));
const bundled = readdirSync(dir).filter((f) => f.endsWith(".yaml") && f !== "models.yaml");
const load = (file: string, set: string[] = []) => loadScenario(`${dir}${file}`, { set });

describe("scenarios say what they assume", () => {
  it("every bundled scenario declares its kind: grounded, story or illustration", () => {
    expect(bundled.length).toBeGreaterThanOrEqual(6);
    for (const file of bundled) expect(["grounded", "story", "illustration"], file).toContain(load(file).kind);
  });

  it("every grounded scenario has Bass p and q, fit, task size and ARPU inside the public ranges", () => {
    const grounded = bundled.filter((f) => load(f).kind === "grounded");
    expect(grounded).toContain("grounded.yaml");
    for (const file of grounded) expect(outsidePublicRanges(load(file)), file).toEqual([]);
  });

  it("docs/validation.md prints the same ranges as the code", () => {
    const page = readFileSync(fileURLToPath(new URL("../../docs/validation.md", import.meta.url)), "utf8");
    const number = (text: string) => Number(text.replace(/[$,]/g, "").replace(/k$/, "e3"));
    for (const range of PUBLIC_RANGES) {
      const row = page.split("\n").find((line) => line.startsWith(`| \`${range.field}\` |`));
      expect(row, range.field).toBeDefined();
      const [, low, high] = /\| ([$\d.,k]+)–([$\d.,k]+)/.exec(row!.slice(range.field.length + 4)) ?? [];
      expect(number(low) / range.scale, range.field).toBeCloseTo(range.low, 9);
      expect(number(high) / range.scale, range.field).toBeCloseTo(range.high, 9);
    }
  });

  it("lists seed-article's calibrated knobs: q of 0.7/week is 0.7 × 52.18 = 36.5/year, 36.5× the range's top of 1/year", () => {
    const found = outsidePublicRanges(load("seed-article.yaml"));
    expect(found.map((o) => o.range.field)).toEqual(["growth.q", "growth.p", "takeoff.fitChance", "task.outputTokens"]);
    expect(found[0].companies).toEqual(["A", "B"]);
    expect(found[0].factor).toBeCloseTo(0.7 * WEEKS_PER_YEAR, 9);
    expect(found[2].factor).toBeCloseTo(0.9 / 0.5, 9);
  });

  it("flags a value below its range by how many times too small it is, and only the company that holds it", () => {
    const found = outsidePublicRanges(load("grounded.yaml", ["companies[B].takeoff.idea=own", "companies[B].takeoff.fitChance=0.01"]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ companies: ["B"], written: "0.01" });
    expect(found[0].factor).toBeCloseTo(0.05 / 0.01, 9);
  });
});
