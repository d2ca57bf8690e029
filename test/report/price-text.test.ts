import { describe, expect, it } from "vitest";
import type { PricePaid } from "../../src/montecarlo/types.ts";
import { priceNote, priceShort, priceText } from "../../src/report/price-text.ts";

const paid = (p: Partial<PricePaid>): PricePaid => ({ how: "list", model: "opus-4.6", outputPerM: 25, multiplier: 1, exponent: null, tokensPerSecond: 68, offeringTokensPerSecond: 68, guess: false, ...p });

describe("which price was paid, in words", () => {
  it("names the list price, a price held at a speed not sold, a curve, and a guess", () => {
    expect(priceText(paid({}))).toBe("$25/M output (opus-4.6 list)");
    expect(priceText(paid({ how: "held", tokensPerSecond: 1000, guess: true }))).toBe("$25/M output (opus-4.6 list held at 1000 tok/s, not sold at that speed: guess)");
    expect(priceText(paid({ how: "curve", outputPerM: 150, multiplier: 6, exponent: 1.96, tokensPerSecond: 170 }))).toBe("$150/M output (opus-4.6 list × (170 tok/s ÷ 68)^1.96 = ×6)");
    expect(priceText(paid({ model: "gpt-5.3-codex-spark", outputPerM: 14, guess: true }))).toBe("$14/M output (gpt-5.3-codex-spark list, guess: no public price)");
  });

  it("says each kind of price short for a table cell, a guess marked", () => {
    expect(priceShort(paid({}))).toBe("$25/M list");
    expect(priceShort(paid({ how: "held", tokensPerSecond: 1000, guess: true }))).toBe("$25/M held, guess");
    expect(priceShort(paid({ how: "curve", outputPerM: 150, multiplier: 6, exponent: 1.96, tokensPerSecond: 170 }))).toBe("$150/M curve ×6");
    expect(priceShort(paid({ model: "gpt-5.3-codex-spark", outputPerM: 14, guess: true }))).toBe("$14/M list, guess");
    expect(priceShort(paid({ how: "written", model: null }))).toBe("$25/M as written");
  });

  it("marks a company's name only where its price is a guess", () => {
    expect(priceNote(paid({ guess: true }))).toBe("price: guess");
    expect(priceNote(paid({}))).toBeUndefined();
    expect(priceNote(null)).toBeUndefined();
  });
});
