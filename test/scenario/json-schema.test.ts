import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchema } from "../../src/scenario/index.ts";

describe("scenarios/scenario.schema.json", () => {
  it("is the generated JSON Schema (regenerate: npx tsx scripts/gen-scenario-docs.ts)", () => {
    expect(readFileSync("scenarios/scenario.schema.json", "utf8")).toBe(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  });
});
