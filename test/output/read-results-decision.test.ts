/**
 * Reading back the decision fields of summary.json (the verdict's share of runs that pay, its
 * break-even interval, the value of information, the best option of a sweep): accepted when a run
 * could have written them, one line naming the field when not, and absent in older folders.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readResults } from "../../src/output/index.ts";

const fixture = new URL("../fixtures/summary/", import.meta.url);
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a hand-edited file

/** The fixture's results with summary.json changed by `edit`. */
function folder(edit: (summary: Json) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "velocity-decision-read-"));
  dirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  const summary = JSON.parse(readFileSync(join(dir, "summary.json"), "utf8"));
  edit(summary);
  writeFileSync(join(dir, "summary.json"), JSON.stringify(summary));
  return dir;
}

const decision = {
  company: "B",
  options: [
    { label: "65", meanNetValueUsd: 1e5, low: -1e5, high: 3e5, p50: 9e4, shareBest: 0.25, expectedRegretUsd: 4e4 },
    { label: "1000", meanNetValueUsd: 1.3e5, low: -1e5, high: 4e5, p50: 1e5, shareBest: 0.75, expectedRegretUsd: 1e4 },
  ],
  choose: { label: "1000", runnerUp: "65", marginUsd: 3e4, marginLow: 1e4, marginHigh: 5e4 },
  knee: null,
};

/** The fixture with every new field filled as a run writes it. */
function complete(s: Json): void {
  const v = s.points[2].verdicts[0];
  v.priceCurve = v.priceCurve.map((p: Json, k: number) => ({ ...p, sharePays: 1 - k / 10 }));
  Object.assign(v, {
    priceGuess: true,
    netValueMedianInterval: { low: 1e6, high: 3e6, detectable: true },
    breakEvenInterval: { low: 480, high: null },
    tokenParityPricePerMOutputUsd: 40,
    valueOfTimePerMOutputUsd: 585,
    sharePaysCrossings: [{ share: 0.8, pricePerMOutputUsd: 250 }, { share: 0.5, pricePerMOutputUsd: 625 }, { share: 0.2, pricePerMOutputUsd: null }],
    valueOfInformation: { evpiUsd: 1.3e5, perAssumption: [{ path: "market.arpu", evppiUsd: 1.2e5, standardError: 2e4 }] },
  });
  s.decision = structuredClone(decision);
}

describe("reading the decision fields back", () => {
  it("accepts them as a run writes them, and an older folder without them", () => {
    expect(readResults(folder(complete)).summary.decision?.choose.label).toBe("1000");
    expect(readResults(folder(() => {})).summary.points[2].verdicts[0].sharePaysCrossings).toBeUndefined();
  });

  it("refuses a share of runs outside 0..1, naming the field", () => {
    const dir = folder((s) => {
      complete(s);
      s.points[2].verdicts[0].priceCurve[3].sharePays = 1.5;
    });
    expect(() => readResults(dir)).toThrow(/points\[2\]\.verdicts\[0\]\.priceCurve\[3\]\.sharePays: expected number to be <=1/);
  });

  it("refuses a negative value of information and an option list longer than a sweep can be", () => {
    const negative = folder((s) => {
      complete(s);
      s.points[2].verdicts[0].valueOfInformation.perAssumption[0].evppiUsd = -5;
    });
    expect(() => readResults(negative)).toThrow(/valueOfInformation\.perAssumption\[0\]\.evppiUsd: expected number to be >=0/);
    const long = folder((s) => {
      complete(s);
      s.decision.options = Array.from({ length: 100_000 }, () => decision.options[0]);
    });
    expect(() => readResults(long)).toThrow(/decision\.options: expected array to have <=/);
  });

  it("refuses a break-even interval with a text where a price belongs", () => {
    const dir = folder((s) => {
      complete(s);
      s.points[2].verdicts[0].breakEvenInterval.low = "cheap";
    });
    expect(() => readResults(dir)).toThrow(/breakEvenInterval\.low: expected number/);
  });
});
