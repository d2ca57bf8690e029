/**
 * The best of several options on a hand-made table of runs whose winners and regrets are worked
 * out by hand.
 */
import { describe, expect, it } from "vitest";
import { decide, pairedMean, speedKnee } from "../../src/montecarlo/decision.ts";

// Four runs, three offerings (net value per run, $k):
//   run:      0    1    2    3
//   opus:    10   20    5    9     best in run 0; tied with fast in run 3
//   sonnet:   8   25    4    1     best in run 1
//   fast:     2    0    7    9     best in run 2; tied with opus in run 3
// Best per run: 10, 25, 7, 9.
const labels = ["opus", "sonnet", "fast"];
const values = [Float64Array.of(10, 20, 5, 9), Float64Array.of(8, 25, 4, 1), Float64Array.of(2, 0, 7, 9)];
const d = decide("B", labels, values);
const option = (label: string) => d.options.find((o) => o.label === label)!;

describe("the decision between offerings", () => {
  it("counts each option's share of runs where it is best, splitting a tie evenly", () => {
    // opus: run 0 and half of run 3; sonnet: run 1; fast: run 2 and half of run 3.
    expect(option("opus").shareBest).toBeCloseTo(1.5 / 4, 12);
    expect(option("sonnet").shareBest).toBeCloseTo(1 / 4, 12);
    expect(option("fast").shareBest).toBeCloseTo(1.5 / 4, 12);
  });

  it("gives the expected regret by hand: mean of (best − own) over runs", () => {
    expect(option("opus").expectedRegretUsd).toBeCloseTo((0 + 5 + 2 + 0) / 4, 12);
    expect(option("sonnet").expectedRegretUsd).toBeCloseTo((2 + 0 + 3 + 8) / 4, 12);
    expect(option("fast").expectedRegretUsd).toBeCloseTo((8 + 25 + 0 + 0) / 4, 12);
  });

  it("chooses the highest mean net value, which is the lowest regret, with its paired margin over the runner-up", () => {
    expect(option("opus").meanNetValueUsd).toBe(11);
    expect(option("sonnet").meanNetValueUsd).toBe(9.5);
    expect(d.choose.label).toBe("opus");
    expect(d.choose.runnerUp).toBe("sonnet");
    // opus − sonnet per run: 2, −5, 1, 8 → mean 1.5.
    expect(d.choose.marginUsd).toBeCloseTo(1.5, 12);
    expect(d.choose.marginLow).toBeLessThan(0);
    expect(d.choose.marginHigh).toBeGreaterThan(3);
  });

  it("reports the spread of each option: p10, p50 and p90 over runs", () => {
    // opus sorted 5, 9, 10, 20: p50 = 9.5.
    expect(option("opus").p50).toBe(9.5);
    expect(option("opus").low).toBeLessThan(option("opus").p50);
    expect(option("opus").high).toBeGreaterThan(option("opus").p50);
  });
});

describe("the knee of a speed sweep", () => {
  it("is the last speed whose next step up still raised net value", () => {
    // Speeds 100, 400, 1600, 3200 (given out of order): means 1, 3, 4, 2 → the step 1600 → 3200 loses.
    const speedLabels = ["1600", "100", "3200", "400"];
    const v = [Float64Array.of(4, 4), Float64Array.of(1, 1), Float64Array.of(2, 2), Float64Array.of(3, 3)];
    expect(speedKnee(speedLabels, v, [1, 3, 0, 2])).toBe("1600");
  });
  it("is null when every step up pays", () => {
    expect(speedKnee(["a", "b"], [Float64Array.of(1), Float64Array.of(2)], [0, 1])).toBeNull();
  });
  it("uses the paired mean with its normal interval", () => {
    const m = pairedMean(Float64Array.of(3, 5), Float64Array.of(1, 1), 2);
    expect(m.mean).toBe(3);
    expect(m.high - m.mean).toBeCloseTo(1.959963984540054, 9); // differences 2 and 4: sd √2 over √2 runs
  });
});
