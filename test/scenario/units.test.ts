import { describe, expect, it } from "vitest";
import { compileQuantity } from "../../src/scenario/distribution.ts";
import fc from "fast-check";
import { parseScalar, SCALAR_PATTERNS, type UnitKind } from "../../src/scenario/units.ts";
import { lognormalFromIntervalMean, stream } from "../../src/random/index.ts";

// [unit, written, value in model units (hours, USD, plain numbers)]; null = refused.
const SCALARS: [UnitKind, unknown, number | null][] = [
  ["duration", 4, 4],
  ["duration", "4 h", 4],
  ["duration", "4h", 4],
  ["duration", "90 min", 1.5],
  ["duration", "30 mins", 0.5],
  ["duration", "2 s", 2 / 3600],
  ["duration", "3 d", 72],
  ["duration", "1 day", 24],
  ["duration", "6 weeks", 1008],
  ["duration", "1 w", 168],
  ["duration", "1.5 hours", 1.5],
  ["duration", "2 H", null],
  ["duration", "-2 h", -2],
  ["duration", "52 fortnights", null],
  ["duration", "h", null],
  ["duration", "4 h 30 min", null],
  ["duration", "$4", null],
  ["duration", true, null],
  ["duration", null, null],
  // Rates: a plain number is per week; a year is 365.25 days (52.18 weeks), a month a twelfth of it.
  ["rate", 0.01, 0.01],
  ["rate", "0.38/year", (0.38 * 168) / (365.25 * 24)],
  ["rate", "0.38 per year", (0.38 * 168) / (365.25 * 24)],
  ["rate", "0.03 per month", (0.03 * 168 * 12) / (365.25 * 24)],
  ["rate", "0.007/week", 0.007],
  ["rate", "1/day", 7],
  ["rate", "2k/month", (2000 * 168 * 12) / (365.25 * 24)],
  ["rate", "1.5M per year", (1.5e6 * 168) / (365.25 * 24)],
  ["rate", "0.38/decade", null],
  ["rate", "0.38/Year", null],
  ["rate", "/year", null],
  ["money", "$25", 25],
  ["money", 25, 25],
  ["money", "$0.5", 0.5],
  ["money", "$6k", 6000],
  ["money", "$10M", 10e6],
  ["money", "10M", 10e6],
  ["money", "$1.5B", 1.5e9],
  ["money", "$1,000", 1000],
  ["money", "-$100", -100],
  ["money", "$", null],
  ["money", "25 USD", null],
  ["money", "$10m", null],
  ["count", "200k", 200e3],
  ["count", "200K", 200e3],
  ["count", "10M", 10e6],
  ["count", "1e6", 1e6],
  ["count", "2,000,000", 2e6],
  ["count", ".5", 0.5],
  ["count", "ten", null],
  ["count", "1,00", null],
  ["count", Infinity, null],
  ["count", Number.NaN, null],
  ["count", "", null],
  ["probability", 0.8, 0.8],
  ["probability", "80%", 0.8],
  ["probability", "0.5 %", 0.005],
  ["ratio", "150%", 1.5],
  ["integer", 3, 3],
  ["integer", "2k", 2000],
  ["integer", 2.5, null],
  ["integer", "2.5", null],
];

describe("parseScalar", () => {
  for (const [unit, written, value] of SCALARS) {
    it(`${unit} ${JSON.stringify(written)} → ${value === null ? "refused" : value}`, () => {
      const parsed = parseScalar(unit, written);
      if (value === null) expect(parsed.ok).toBe(false);
      else {
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value).toBeCloseTo(value, 12);
      }
    });
  }
});

// "a to b": [unit, written, low, high] in model units; low = null when refused (with a message fragment).
const INTERVALS: [UnitKind, string, number | null, number | string][] = [
  ["count", "5 to 20", 5, 20],
  ["count", "20k to 120k", 20e3, 120e3],
  ["count", "200k to 2M", 200e3, 2e6],
  ["duration", "10 min to 3 h", 1 / 6, 3],
  ["duration", "3 d to 10 d", 72, 240],
  ["duration", "3 to 10 d", 72, 240],
  ["duration", "1 s to 4 s", 1 / 3600, 4 / 3600],
  ["money", "$5 to $20", 5, 20],
  ["money", "$5k to 20k", 5e3, 20e3],
  ["probability", "0.02 to 0.06", 0.02, 0.06],
  ["probability", "2% to 6%", 0.02, 0.06],
  ["count", "5  to  20", 5, 20],
  ["count", "20 to 5", null, "min > max"],
  ["count", "0 to 5", null, "positive low end"],
  ["count", "5 to x", null, "the high end"],
  ["duration", "5 to x", null, "the high end"],
  ["duration", "x to 5 h", null, "the low end"],
  ["count", "5 to 6 to 7", null, "one \"to\""],
  ["probability", "0.5 to 1.5", null, "between 0 and 1"],
  ["duration", "1 h to 2 parsecs", null, "a duration"],
];

describe('"a to b" ranges', () => {
  for (const [unit, written, low, high] of INTERVALS) {
    it(`${unit} "${written}" → ${low === null ? `refused (${high})` : `lognormal 90% in [${low}, ${high}]`}`, () => {
      const compiled = compileQuantity(written, { unit, min: unit === "probability" ? 0 : undefined, max: unit === "probability" ? 1 : undefined });
      if (low === null) {
        expect(compiled.ok).toBe(false);
        if (!compiled.ok) expect(compiled.detail).toContain(high as string);
        return;
      }
      expect(compiled.ok).toBe(true);
      if (!compiled.ok) return;
      const q = compiled.value;
      expect(q.constant).toBeUndefined();
      expect(q.text).toBe(written);
      expect(q.mean).toBeCloseTo(lognormalFromIntervalMean({ low, high: high as number }), 9);
      // 5% of draws fall below the low end and 5% above the high end. With n = 20,000 seeded draws
      // the standard error of a 5% share is sqrt(0.05 · 0.95 / n) ≈ 0.0015; ±0.01 is > 6 SE.
      const rng = stream(7, "interval", written);
      const n = 20_000;
      const draws = Array.from({ length: n }, () => q.sample(rng));
      const share = (x: number): number => draws.filter((d) => d < x).length / n;
      expect(Math.abs(share(low) - 0.05)).toBeLessThan(0.01);
      expect(Math.abs(share(high as number) - 0.95)).toBeLessThan(0.01);
    });
  }
});

describe("the JSON Schema's text patterns agree with the parser", () => {
  // Editors check values with SCALAR_PATTERNS; the loader with parseScalar. A value one accepts and
  // the other refuses would be a false alarm or a silent surprise.
  const alphabet = ["0", "1", "5", "9", ".", ",", "-", "+", "e", "E", " ", "$", "%", "k", "K", "M", "B", "m", "h", "s", "min", "d", "weeks", "x", "to"];
  const kinds: UnitKind[] = ["duration", "money", "count", "probability", "ratio"];
  it("for random strings over digits, signs, separators and units", () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), fc.array(fc.constantFrom(...alphabet), { maxLength: 7 }), (kind, parts) => {
        const text = parts.join("");
        const pattern = new RegExp(`^\\s*(?:${SCALAR_PATTERNS[kind]})\\s*$`);
        const parsed = parseScalar(kind, text);
        expect(pattern.test(text), `${kind} ${JSON.stringify(text)}`).toBe(parsed.ok);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });
});
