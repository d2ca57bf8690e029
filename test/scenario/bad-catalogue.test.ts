import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadScenario, ScenarioError } from "../../src/scenario/index.ts";
import { BAD_DIR, catalogue, expectedPrefix } from "./catalogue.ts";

/** The error `loadScenario` throws for a row (fails the test when it throws nothing). */
function errorOf(file: string, set?: string[]): ScenarioError {
  try {
    loadScenario(`${BAD_DIR}/${file}`, { set });
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error(`${file} loaded without an error`);
}

describe("bad scenario catalogue (library)", () => {
  it("has at least 30 bad files, each in the table", () => {
    const files = readdirSync(BAD_DIR).filter((f) => f.endsWith(".yaml"));
    expect(files.length).toBeGreaterThanOrEqual(30);
    const listed = new Set(catalogue.flatMap((c) => [c.file, c.where]));
    // cycle-b.yaml is the other half of a cycle; every other file has its own row.
    expect(files.filter((f) => !listed.has(f) && f !== "cycle-b.yaml")).toEqual([]);
  });

  for (const c of catalogue) {
    const name = c.set === undefined ? c.file : `${c.file} --set ${c.set.join(" --set ")}`;
    it(`${name}: ${c.message}`, () => {
      const error = errorOf(c.file, c.set);
      expect(error.userFacing).toBe(true);
      expect(error.message.split("\n")).toHaveLength(1);
      expect(error.message.startsWith(expectedPrefix(c))).toBe(true);
      expect(error.message).toContain(c.message);
      if (c.set === undefined) {
        expect(error.file).toBe(`${BAD_DIR}/${c.where ?? c.file}`);
        expect([error.line, error.column]).toEqual([c.line, c.column]);
      }
    });
  }

  it("refuses a file over 1 MiB before parsing it", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(`${tmpdir()}/velocity-big-`);
    writeFileSync(`${dir}/big.yaml`, `name: big\n# ${"x".repeat(1024 * 1024)}\n`);
    expect(() => loadScenario(`${dir}/big.yaml`)).toThrow(/big\.yaml: expected a scenario of at most 1 MiB, got \d+ bytes/);
  });
});
