/** docs/outputs.md documents every runs.csv column and every summary.json field, and is in step with the code. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { outputsReference, RUNS_CSV_COLUMNS, runsCsvHeader, summaryFields } from "../../scripts/outputs-doc.ts";
import { summaryFixture } from "../charts/fixture.ts";

describe("docs/outputs.md", () => {
  it("is up to date (regenerate: npx tsx scripts/gen-outputs-doc.ts)", () => {
    expect(readFileSync("docs/outputs.md", "utf8")).toBe(outputsReference());
  });

  it("describes every fixed runs.csv column the writer emits", () => {
    const header = runsCsvHeader();
    const fixed = header.filter((c) => !c.includes("."));
    expect(fixed.filter((c) => !(c in RUNS_CSV_COLUMNS))).toEqual([]);
  });

  it("describes every summary.json field, down to the leaves", () => {
    const fields = summaryFields();
    expect(fields.filter((f) => f.description === "").map((f) => f.path)).toEqual([]);
    const paths = new Set(fields.map((f) => f.path));
    // Every key of a real summary (the fixture) is documented.
    const keys = (value: unknown, prefix: string, out: Set<string>): Set<string> => {
      if (Array.isArray(value)) value.forEach((v) => keys(v, `${prefix}[]`, out));
      else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          const path = prefix ? `${prefix}.${k}` : k;
          out.add(path);
          // Records (breakdowns, params) are documented as a whole.
          if (!/(breakdownTo\w+|params)$/.test(path)) keys(v, path, out);
        }
      }
      return out;
    };
    const undocumented = [...keys(summaryFixture(), "", new Set())].filter((p) => !paths.has(p));
    expect(undocumented).toEqual([]);
  });
});
