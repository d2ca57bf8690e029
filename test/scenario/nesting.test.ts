/**
 * Text nested deeper than any scenario (200,000 `[`, or a thousand indented levels) is refused by a
 * scan before the YAML parser sees it: the parser would overflow its stack, then take minutes.
 */
import { describe, expect, it } from "vitest";
import { MAX_NESTING, tooDeep } from "../../src/scenario/nesting.ts";
import { loadScenarioFrom, memoryScenarioFiles } from "../../src/scenario/index.ts";

const load = (text: string) => () => loadScenarioFrom(memoryScenarioFiles({ "deep.yaml": text }), "deep.yaml");
const MESSAGE = `expected at most ${MAX_NESTING} levels of nesting (lists and maps inside each other), got more`;

describe("nesting depth", () => {
  it("lets every bundled layout through: block maps, lists, flow maps and comments", () => {
    expect(tooDeep("name: x\ncompanies:\n  - name: A\n    agent: { tokensPerSecond: { normal: { mean: 80, sd: 5 } } } # [[[ in a comment\n")).toBeUndefined();
    expect(tooDeep(`a: ${"[".repeat(MAX_NESTING - 1)}${"]".repeat(MAX_NESTING - 1)}\n`)).toBeUndefined();
  });

  it("refuses 200,000 flow brackets at the bracket past the limit", () => {
    // The column shows the scan stopped there, not after reading the rest (no stopwatch: a test
    // never measures the machine's speed; its timeout is the guard against a hang).
    const text = `name: deep\ncompanies: ${"[".repeat(200_000)}${"]".repeat(200_000)}\n`;
    expect(load(text)).toThrow(`deep.yaml:2:${"companies: ".length + MAX_NESTING}: ${MESSAGE}`);
    expect(load(`name: deep\ncompanies: ${"{a: ".repeat(200_000)}1${"}".repeat(200_000)}\n`)).toThrow(MESSAGE);
  });

  it("refuses a thousand indented levels, and compact nested lists on one line", () => {
    const maps = Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}a:\n`).join("");
    expect(load(`name: deep\ncompanies:\n${maps}`)).toThrow(MESSAGE);
    expect(load(`name: deep\ncompanies:\n${"- ".repeat(100_000)}x\n`)).toThrow(MESSAGE);
  });
});
