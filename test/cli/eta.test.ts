/** The progress bar's time left: hidden until 5% of the runs and 2 s, then remaining runs at the average rate so far. */
import { describe, expect, it } from "vitest";
import { etaText, formatDuration } from "../../src/cli/eta.ts";

describe("time left", () => {
  it("is not shown before 5% of the runs are done, nor in the first 2 seconds", () => {
    expect(etaText(0, 1000, 10)).toBe("…");
    expect(etaText(49, 1000, 10)).toBe("…"); // 4.9%
    expect(etaText(500, 1000, 1.5)).toBe("…");
  });

  it("is the remaining runs at the average rate so far: half done in 10 s leaves 10 s", () => {
    expect(etaText(500, 1000, 10)).toBe("10s");
    expect(etaText(50, 1000, 11)).toBe("3m 29s"); // 950 runs at 50 per 11 s
    expect(etaText(1000, 1000, 218)).toBe("0s");
  });

  it("does not jump when a burst of blocks arrives: 25 more runs at 20% take off about their own time (24 s), not minutes", () => {
    // 200 of 1,000 runs in 44 s, then a worker hands back 25 runs at once a moment later.
    const before = etaText(200, 1000, 44);
    const after = etaText(225, 1000, 44.2);
    expect(before).toBe("2m 56s");
    expect(after).toBe("2m 32s");
  });

  it("writes durations as seconds, minutes and seconds, or hours and minutes", () => {
    expect(formatDuration(45.4)).toBe("45s");
    expect(formatDuration(218)).toBe("3m 38s");
    expect(formatDuration(3725)).toBe("1h 02m");
  });
});
