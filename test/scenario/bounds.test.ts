/**
 * Ranges, not just types: values a scenario can write but no real company has (1e308 dollars,
 * 1e-320 tokens/s, a trillion tasks, a bare number for a duration) are refused when the file is
 * loaded; `extends` reads only scenario files.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario, loadScenarioFrom, memoryScenarioFiles, ScenarioError } from "../../src/scenario/index.ts";

const SEED = "scenarios/seed-article.yaml";
const load = (set: string[]) => () => loadScenario(SEED, { set });

describe("ranges", () => {
  const refused: [string, RegExp][] = [
    ["companies[A].agent.pricePerMOutput=1e308", /pricePerMOutput: expected a value between \$0 and \$10k/],
    ["market.arpu=1e308", /market\.arpu: expected a value between \$0 and \$10M/],
    ["market.potentialCustomers=1e308", /potentialCustomers: expected a value > 0 and ≤ 10B/],
    ["companies[A].agent.tokensPerSecond=1e-320", /tokensPerSecond: expected a value between 0\.1 and 1M/],
    ["companies[A].product.v1Tasks=1e12", /v1Tasks: expected a value > 0 and ≤ 100k/],
    ["target=1e308", /target: expected a value > \$0 and ≤ \$1000B/],
    ["milestones=[1e308]", /milestones: expected each amount to be a value > \$0 and ≤ \$1000B/],
  ];
  for (const [set, message] of refused) {
    it(`refuses --set ${set}`, () => {
      expect(load([set])).toThrow(ScenarioError);
      expect(load([set])).toThrow(message);
    });
  }

  it("refuses a bare number for a duration, suggesting weeks", () => {
    expect(load(["horizon=52"])).toThrow(/horizon: expected a duration with its unit such as 52 weeks or 52 h \(a bare number is ambiguous; did you mean 52 weeks\?\), got 52/);
    expect(load(["companies[A].product.feedbackDelay=3"])).toThrow(/did you mean 3 weeks/);
    expect(loadScenario(SEED, { set: ["horizon=52 weeks", "companies[A].agent.timeToFirstToken=0"] }).horizon).toBe(52 * 168);
  });
});

describe("counts", () => {
  it("refuses more than 100 milestones", () => {
    const many = `[${Array.from({ length: 101 }, (_, i) => `$${i + 1}M`).join(", ")}]`;
    expect(load([`milestones=${many}`])).toThrow(/milestones: expected at most 100 amounts, got 101/);
    expect(loadScenario(SEED, { set: [`milestones=[${Array.from({ length: 100 }, (_, i) => `$${i + 1}M`).join(", ")}]`] }).milestones.length).toBeGreaterThanOrEqual(100);
  });

  it("refuses more than 50 companies, at the companies list", () => {
    const companies = Array.from({ length: 51 }, (_, i) => `  - name: C${i}\n`).join("");
    const files = memoryScenarioFiles({ "many.yaml": `name: many\ncompanies:\n${companies}` });
    expect(() => loadScenarioFrom(files, "many.yaml")).toThrow("many.yaml:3:3: companies: expected at most 50 companies, got 51");
    const fifty = memoryScenarioFiles({ "fifty.yaml": `name: fifty\ncompanies:\n${companies.split("\n").slice(0, 50).join("\n")}\n` });
    expect(loadScenarioFrom(fifty, "fifty.yaml").companies).toHaveLength(50);
  });
});

describe("extends", () => {
  const dir = mkdtempSync(join(tmpdir(), "velocity-extends-"));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it("takes only .yaml / .yml files", () => {
    for (const target of ["/etc/passwd", "/proc/self/environ", "base.txt"]) {
      const file = write("child.yaml", `extends: ${target}\nname: x\n`);
      expect(() => loadScenario(file)).toThrow(/extends: expected the path of another scenario file ending in \.yaml or \.yml/);
    }
  });

  it("refuses a base that is not a mapping, without quoting its content", () => {
    write("list.yaml", "- secret-token-123\n- another\n");
    write("scalar.yml", "secret-token-456\n");
    for (const [base, what] of [["list.yaml", "a list"], ["scalar.yml", "a single value"]]) {
      const file = write("child.yaml", `extends: ${base}\nname: x\n`);
      let message = "";
      try {
        loadScenario(file);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(new RegExp(`extends: expected ".*${base.replace(".", "\\.")}" to hold a scenario \\(a map of key: value lines\\), got ${what}`));
      expect(message).not.toMatch(/secret-token/);
    }
  });

  it("still extends a scenario file", () => {
    const base = readFileSync(SEED, "utf8");
    write("base.yaml", base);
    write("models.yaml", readFileSync("scenarios/models.yaml", "utf8")); // the catalogue it extends
    const file = write("child.yaml", "extends: base.yaml\nname: child\n");
    expect(loadScenario(file).name).toBe("child");
  });
});
