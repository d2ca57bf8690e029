/**
 * An assumption of 0 (Bass p = 0, fit chance 0) is below its public range by no finite factor:
 * the scenario layer writes its factor as null (never Infinity, which JSON turns into null anyway),
 * and the sentence says "none at all" instead of crashing on null or printing "Infinity×".
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Assumption, Summary } from "../../src/montecarlo/types.ts";
import { assumptionLines } from "../../src/report/assumptions-text.ts";
import { loadScenario, outsidePublicRanges } from "../../src/scenario/index.ts";

const grounded = fileURLToPath(new URL("../../scenarios/grounded.yaml", import.meta.url));

describe("an assumption of zero", () => {
  it("has no finite factor: null, not Infinity", () => {
    for (const set of ["companies[A].growth.p=0", "companies[A].takeoff.fitChance=0", "market.arpu=$0", "companies[A].growth.q=0"]) {
      const outside = outsidePublicRanges(loadScenario(grounded, { set: [set] }));
      expect(outside.length, set).toBeGreaterThan(0);
      const zero = outside.filter((o) => o.mean === 0);
      expect(zero.length, set).toBe(1);
      expect(zero[0].factor, set).toBeNull();
      for (const o of outside) if (o.mean > 0) expect(Number.isFinite(o.factor), set).toBe(true);
    }
  });

  it("is said as none at all below the range", () => {
    const p: Assumption = { parameter: "growth.p", what: "Bass innovation p", companies: ["A"], written: "0", mean: 0, low: 0.001, high: 0.05, unit: "/year", factor: null, source: "the literature" };
    expect(assumptionLines({ kind: "grounded", assumptions: [p] } as unknown as Summary)[2]).toBe(
      "Bass innovation p of A: 0 (mean 0/year), none at all, below the public range 0.001–0.05/year. Source: the literature.",
    );
  });
});
