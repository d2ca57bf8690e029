/**
 * The browser explorer loads scenarios from memory (`memoryScenarioFiles`) through the same loader
 * as the CLI: every bad file of the catalogue gives the very message `loadScenario` gives on disk,
 * and every good or shipped scenario resolves to the same tree.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalogue, loadScenario, loadScenarioFrom, memoryScenarioFiles, type ScenarioFiles } from "../../src/scenario/index.ts";
import { BAD_DIR, catalogue } from "./catalogue.ts";

/** Every .yaml file under `dir`, by relative path as the CLI would name it. */
function filesUnder(dir: string, into: Record<string, string> = {}): Record<string, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, into);
    else if (name.endsWith(".yaml")) into[path] = readFileSync(path, "utf8");
  }
  return into;
}

function messageOf(load: () => unknown): string {
  try {
    load();
  } catch (error) {
    return (error as Error).message;
  }
  return "(no error)";
}

describe("scenarios read from memory", () => {
  const memory: ScenarioFiles = memoryScenarioFiles({ ...filesUnder(BAD_DIR), ...filesUnder("test/fixtures/scenarios/good"), ...filesUnder("scenarios") });

  for (const c of catalogue) {
    it(`${c.file}${c.set ? ` --set ${c.set.join(" ")}` : ""}: the same message as on disk`, () => {
      const file = `${BAD_DIR}/${c.file}`;
      const onDisk = messageOf(() => loadScenario(file, { set: c.set }));
      expect(onDisk).not.toBe("(no error)");
      expect(messageOf(() => loadScenarioFrom(memory, file, { set: c.set }))).toBe(onDisk);
    });
  }

  // models.yaml is a catalogue, not a scenario: it is read through the scenarios that extend it.
  for (const file of [...Object.keys(filesUnder("test/fixtures/scenarios/good")), ...Object.keys(filesUnder("scenarios")).filter((f) => loadCatalogue(f) === null)]) {
    it(`${file}: the same resolved scenario as on disk`, () => {
      expect(loadScenarioFrom(memory, file).resolved).toEqual(loadScenario(file).resolved);
    });
  }

  it("a missing file is reported as on disk", () => {
    expect(messageOf(() => loadScenarioFrom(memory, "scenarios/nope.yaml"))).toBe(messageOf(() => loadScenario("scenarios/nope.yaml")));
  });
});
