import fc from "fast-check";
import seedrandom from "seedrandom";
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

describe("stream seeding is seedrandom's tychei of the key's JSON, bit for bit", () => {
  // The reference: what `stream` computed before it hashed the key itself (outputs of old runs
  // must not change).
  const reference = (seed: number, names: (string | number)[]) => seedrandom.tychei(JSON.stringify([seed, ...names]));

  it("for keys of the model's shape, in any order (the prefix cache changes no draw)", () => {
    const keys: [number, ...(string | number)[]][] = [
      [42, 17, "Company B", "review"],
      [42, 17, "Company B", "rework", 3, 12],
      [42, 17, "Company A", "rework", 3, 12],
      [42, 18, "Company B", "rework", 3, 12],
      [42, 17, "Company B", "rework", 3],
      [42, 17, "Company B", "rework", 3, 12],
      [7],
      [-0, 0],
      [0.1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      [0.1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12],
      [42, 17, "Company B"],
    ];
    for (const order of [keys, [...keys].reverse(), [...keys, ...keys]]) {
      for (const [seed, ...names] of order) expect(take(stream(seed, ...names), 20)).toEqual(take(reference(seed, names), 20));
    }
  });

  it("for names JSON must escape or writes unusually (quotes, backslash, control, emoji, lone surrogate, 1e21, NaN)", () => {
    const names = ['a"b', "back\\slash", "tab\there", "\u0000", "é😀", "\ud800x", "x\udc00", 1e21, -3.25, 1e-7, Number.NaN, Infinity, -0, ""];
    for (const name of names) {
      expect(take(stream(3, 1, name, "x"), 5)).toEqual(take(reference(3, [1, name, "x"]), 5));
      expect(take(stream(3, 1, "x", name), 5)).toEqual(take(reference(3, [1, "x", name]), 5));
    }
  });

  it("for random seeds and names (property)", () => {
    const name = fc.oneof(fc.string({ unit: "binary" }), fc.string(), fc.integer(), fc.double());
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.array(name, { maxLength: 12 }), (seed, names) => {
        expect(take(stream(seed, ...names), 3)).toEqual(take(reference(seed, names), 3));
      }),
      { numRuns: 500, seed: 14 },
    );
  });
});
