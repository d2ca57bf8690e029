/**
 * A draw the companies share (an idea's v1 scope and Bass p and q, the shared autonomy, refocus and
 * review levels) is ranked once, named for every company that holds it; two companies' own draws
 * of the same field stay two rows.
 */
import { describe, expect, it } from "vitest";
import { sharedOnce, sharedPath } from "../../src/montecarlo/shared-assumptions.ts";

const entry = (path: string, evppiUsd: number, standardError = 1, low = -5, high = 5) => ({ path, evppiUsd, standardError, lowTenthGainUsd: low, highTenthGainUsd: high });

describe("shared assumptions are listed once", () => {
  const merged = sharedOnce([
    entry("companies[B].agent.firstPassAcceptance", 900),
    entry("companies[A].growth.p", 400),
    entry("companies[B].growth.p", 400),
    entry("companies[A].agent.firstPassAcceptance", 300),
    entry("market.monthlyChurn", 50),
  ]);

  it("one row for a value both companies hold, in the ranking's order", () => {
    expect(merged.map(sharedPath)).toEqual([
      "companies[B].agent.firstPassAcceptance",
      "companies[A].growth.p (shared by A, B)",
      "companies[A].agent.firstPassAcceptance",
      "market.monthlyChurn",
    ]);
  });

  it("the same field with different values is each company's own draw: two rows", () => {
    expect(merged.filter((a) => a.field === "agent.firstPassAcceptance")).toHaveLength(2);
  });

  it("same value of information but other tenths: not the same draws, not merged", () => {
    expect(sharedOnce([entry("companies[A].task.autonomy", 10, 1, -3, 3), entry("companies[B].task.autonomy", 10, 1, -3, 4)])).toHaveLength(2);
  });
});
