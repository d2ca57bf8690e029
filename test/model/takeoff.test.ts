import { describe, expect, it } from "vitest";
import { takeoffProbability } from "../../src/model/takeoff.ts";

describe("takeoffProbability", () => {
  it("is v1Chance with nothing learned", () => {
    expect(takeoffProbability(0.1, 1.5, 0)).toBeCloseTo(0.1, 12);
  });

  it("multiplies the odds by the lift per learning", () => {
    // odds(0.2) = 0.25; × 2² = 1 → probability 0.5.
    expect(takeoffProbability(0.2, 2, 2)).toBeCloseTo(0.5, 12);
    // odds(0.5) = 1; × 3 = 3 → 0.75.
    expect(takeoffProbability(0.5, 3, 1)).toBeCloseTo(0.75, 12);
  });

  it("keeps certainties certain and never exceeds 1", () => {
    expect(takeoffProbability(1, 1.5, 3)).toBe(1);
    expect(takeoffProbability(0, 10, 5)).toBe(0);
    expect(takeoffProbability(0.5, 1e300, 5)).toBe(1);
  });
});
