/**
 * The break-even chart's second axis: the share of runs that pay at each price, with the prices
 * where it falls to 80%, 50% and 20% marked — and a title that says when the runs cannot place a price.
 */
import { describe, expect, it } from "vitest";
import { breakEvenSpec, breakEvenTitle } from "../../src/charts/break-even.ts";
import { summaryFixture } from "./fixture.ts";

/** The fixture with the share of runs that pay falling from 100% to 0% along its price curve. */
function withShares() {
  const summary = summaryFixture();
  const v = summary.points[2].verdicts[0];
  const n = v.priceCurve.length;
  v.priceCurve = v.priceCurve.map((p, k) => ({ ...p, sharePays: 1 - k / (n - 1) }));
  const top = v.priceCurve[n - 1].pricePerMOutputUsd;
  // 80% and 50% fall inside the curve's prices; 20% beyond it (not drawn, or it would squeeze the curve).
  v.sharePaysCrossings = [
    { share: 0.8, pricePerMOutputUsd: 0.2 * top },
    { share: 0.5, pricePerMOutputUsd: 0.5 * top },
    { share: 0.2, pricePerMOutputUsd: 2 * top },
  ];
  return summary;
}

type Layered = { layer: (Layered & { data?: { values: Record<string, unknown>[] }; encoding?: { y?: { field?: string; axis?: { orient?: string } } } })[]; resolve?: unknown };

describe("break-even chart", () => {
  it("draws the share of runs that pay on its own right axis and marks the crossings within the curve", () => {
    const spec = breakEvenSpec(withShares()) as unknown as Layered;
    expect(spec.resolve).toEqual({ scale: { y: "independent" } });
    const shareLayer = spec.layer[1].layer;
    expect(shareLayer[0].encoding?.y?.field).toBe("share");
    expect(shareLayer[0].encoding?.y?.axis?.orient).toBe("right");
    expect(shareLayer[0].data?.values).toHaveLength(11);
    expect(shareLayer[2].data?.values.map((d) => d.text)).toEqual(["80% pay below $250", "50% pay below $625"]);
  });

  it("keeps one axis for a summary written before the share existed", () => {
    const spec = breakEvenSpec(summaryFixture()) as unknown as Layered;
    expect(spec.resolve).toBeUndefined();
    expect(spec.layer).toHaveLength(4);
  });

  it("titles the break-even with its interval and a guessed price, or the chance it pays on a close call", () => {
    const v = { ...summaryFixture().points[2].verdicts[0], priceGuess: true, breakEvenInterval: { low: 480, high: null } };
    expect(breakEvenTitle(v)).toBe("B's offering pays in half the runs up to $625 (95% CI $480–any) per M output tokens (now $25, a guess)");
    const close = { ...v, sharePaidForItself: 0.55, netValueMedianInterval: { low: -1, high: 2, detectable: false } };
    expect(breakEvenTitle(close)).toBe("No detectable difference in net value: B's offering pays in 55% of runs at its price (now $25, a guess)");
  });
});
