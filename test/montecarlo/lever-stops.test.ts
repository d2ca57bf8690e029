import { describe, expect, it } from "vitest";
import { LEVER_PRECISION_WEEKS, LEVER_ROUND, leverRoundEnds } from "../../src/montecarlo/lever-stops.ts";

describe("lever rounds", () => {
  it("are 100 runs each, and the last one ends at the runs available", () => {
    expect(LEVER_ROUND).toBe(100);
    expect(LEVER_PRECISION_WEEKS).toBe(0.1);
    expect(leverRoundEnds(500)).toEqual([100, 200, 300, 400, 500]);
    expect(leverRoundEnds(240)).toEqual([100, 200, 240]);
    expect(leverRoundEnds(30)).toEqual([30]);
    expect(leverRoundEnds(0)).toEqual([]);
  });
});
