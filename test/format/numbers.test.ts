/** One formatter for every reader-facing number. */
import { describe, expect, it } from "vitest";
import { formatRange, formatShare, formatUsd, formatUsdSigned, formatWeeks, formatWeeksSigned } from "../../src/format/index.ts";

describe("number formatting", () => {
  it("writes dollars short, with the sign in front", () => {
    expect([10e6, 1.5e6, 250_000, 600, 40_912, -5000, 0].map(formatUsd)).toEqual(["$10M", "$1.5M", "$250k", "$600", "$40.9k", "-$5k", "$0"]);
    // Under a cent: a value of information can be that small and real; never "$1.64e-6".
    expect([1.64e-6, 0.0002, -3e-9, 0.01].map(formatUsd)).toEqual(["<$0.01", "<$0.01", "-<$0.01", "$0.01"]);
    expect([12_000, -3000, 0].map(formatUsdSigned)).toEqual(["+$12k", "-$3k", "$0"]);
  });

  it("writes weeks with one decimal, signed differences with two under a tenth, and a dash when undefined", () => {
    expect([4.56, null].map(formatWeeks)).toEqual(["4.6", "—"]);
    expect([-4.56, 1.2, 0.03, -0.001, 0].map(formatWeeksSigned)).toEqual(["-4.6", "+1.2", "+0.03", "0.0", "0.0"]);
  });

  it("writes shares as whole percentages and ranges with a dash, or 'to' when signed", () => {
    expect(formatShare(0.955)).toBe("96%");
    expect(formatRange("3.1", "4.2")).toBe("3.1–4.2");
    expect(formatRange("-3.2", "-3.0")).toBe("-3.2 to -3.0");
    expect(formatRange("—", "4.2")).toBe("—");
  });
});
