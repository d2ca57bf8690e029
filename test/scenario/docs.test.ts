import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioReference } from "../../src/scenario/docs.ts";
import { allFields } from "../../src/scenario/path.ts";

describe("scenarios/README.md", () => {
  it("is up to date with the schema (regenerate: npx tsx scripts/gen-scenario-docs.ts)", () => {
    expect(readFileSync("scenarios/README.md", "utf8")).toBe(scenarioReference());
  });

  it("documents every declared field with its meaning, and every uncertain field with its draw kind and source", () => {
    const text = scenarioReference();
    const fields = allFields();
    expect(fields.length).toBeGreaterThan(35);
    for (const { path, spec } of fields) {
      const name = path.split(".").pop() ?? path;
      expect(text).toContain(`| \`${name}\` | ${spec.description.replace(/\|/g, "\\|")} |`);
      if (spec.kind === "quantity") {
        expect(spec.source, path).toBeTruthy();
        expect(["perRun", "perOccurrence"]).toContain(spec.draw);
      }
    }
  });
});
