import { describe, expect, it } from "vitest";
import { stream } from "../../src/random/index.ts";

const take = (rng: () => number, n: number) => Array.from({ length: n }, rng);

describe("stream", () => {
  it("is reproducible from its seed and names", () => {
    expect(take(stream(42, 3, "Company B", "review"), 5)).toEqual(take(stream(42, 3, "Company B", "review"), 5));
  });

  it("gives different draws for a different seed, run, company or name", () => {
    const base = take(stream(42, 3, "B", "review"), 5);
    for (const other of [stream(43, 3, "B", "review"), stream(42, 4, "B", "review"), stream(42, 3, "A", "review"), stream(42, 3, "B", "tasks")]) {
      expect(take(other, 5)).not.toEqual(base);
    }
  });

  it("does not confuse name boundaries (\"ab\",\"c\" vs \"a\",\"bc\"; 1 vs \"1\")", () => {
    expect(take(stream(1, "ab", "c"), 3)).not.toEqual(take(stream(1, "a", "bc"), 3));
    expect(take(stream(1, 1), 3)).not.toEqual(take(stream(1, "1"), 3));
  });

  it("a stream does not depend on which other streams exist or were drawn from", () => {
    const alone = take(stream(9, 0, "A", "tasks"), 10);
    const noise = stream(9, 0, "C", "tasks");
    take(noise, 1000);
    expect(take(stream(9, 0, "A", "tasks"), 10)).toEqual(alone);
  });

  it("produces numbers in [0, 1) with a uniform mean", () => {
    const rng = stream(5, "uniformity");
    const n = 100_000;
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
    }
    expect(outside).toBe(0);
    // Mean of U(0,1) is 1/2 with variance 1/12: allow 4 standard errors.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
  });
});
