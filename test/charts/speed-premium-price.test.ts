import { describe, expect, it } from "vitest";
import { speedPremiumRows } from "../../src/charts/index.ts";
import { summaryFixture } from "./fixture.ts";

describe("the speed-premium chart says which price bought the speed", () => {
  it("has rows only for the swept company, each labelled with the price paid and a guess marked", () => {
    const s = summaryFixture();
    s.points[2].companies[1].price = { how: "held", model: "opus-4.6", outputPerM: 25, multiplier: 1, exponent: null, tokensPerSecond: 1000, offeringTokensPerSecond: 68, guess: true };
    const rows = speedPremiumRows(s);
    expect(new Set(rows.map((r) => r.company))).toEqual(new Set(["B"]));
    expect(rows.at(-1)!.note).toMatch(/ at \$25\/M output held \(guess\)$/);
  });
});
