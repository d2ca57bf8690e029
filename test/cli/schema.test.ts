import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

describe("velocity schema", () => {
  it("prints the JSON Schema, byte-identical to scenarios/scenario.schema.json (regenerate: npx tsx scripts/gen-scenario-docs.ts)", () => {
    const result = runCli(["schema"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(readFileSync(`${repoRoot}scenarios/scenario.schema.json`, "utf8"));
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.properties.companies.items.properties.agent.properties.tokensPerSecond.description).toMatch(/Output tokens per second/);
  });

  it("every bundled scenario points editors at the schema", () => {
    for (const name of readdirSync(`${repoRoot}scenarios`).filter((f) => f.endsWith(".yaml"))) {
      const first = readFileSync(`${repoRoot}scenarios/${name}`, "utf8").split("\n")[0];
      expect(first).toBe("# yaml-language-server: $schema=./scenario.schema.json");
    }
  });
});
