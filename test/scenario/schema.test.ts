import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scenarioFileSchema } from "../../src/scenario/schema.ts";
import { allFields } from "../../src/scenario/path.ts";
import { compileLeaf } from "../../src/scenario/leaf.ts";

const goodFiles = [
  ...readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).map((f) => `scenarios/${f}`),
  ...readdirSync("test/fixtures/scenarios/good").filter((f) => f.endsWith(".yaml")).map((f) => `test/fixtures/scenarios/good/${f}`),
];

describe("the declaration (what the JSON Schema is generated from)", () => {
  // Editors check files against the JSON Schema; a valid file they flag would be a false alarm.
  for (const file of goodFiles) {
    it(`accepts ${file} as written`, () => {
      const result = scenarioFileSchema.safeParse(parse(readFileSync(file, "utf8")));
      expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([]);
    });
  }

  it("refuses what is wrong in shape: unknown keys, a string for a list", () => {
    expect(scenarioFileSchema.safeParse({ name: "x", horizn: 3 }).success).toBe(false);
    expect(scenarioFileSchema.safeParse({ name: "x", companies: "A" }).success).toBe(false);
    expect(scenarioFileSchema.safeParse({ name: "x", horizon: "52 fortnights" }).success).toBe(false);
  });

  it("every field's default is valid for the field", () => {
    for (const { path, spec } of allFields()) {
      if (spec.default === undefined) continue;
      const compiled = compileLeaf(spec, spec.default);
      expect(compiled.ok, `${path}: ${compiled.ok ? "" : compiled.detail}`).toBe(true);
    }
  });
});
