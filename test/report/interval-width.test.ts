/**
 * An interval printed at the precision that shows its width: "8.4 (8.4–8.4)" reads as no
 * uncertainty when the ends differ in the second decimal.
 */
import { describe, expect, it } from "vitest";
import { weeksCell } from "../../src/report/table-cells.ts";

describe("weeksCell", () => {
  it("prints ends that differ with as many decimals as tell them apart", () => {
    expect(weeksCell(8.4, 8.38, 8.42)).toEqual({ text: "8.40", note: "8.38–8.42" });
    expect(weeksCell(8.4, 8.401, 8.402)).toEqual({ text: "8.400", note: "8.401–8.402" });
  });

  it("keeps one decimal where that already shows the width", () => {
    expect(weeksCell(8.4, 8.1, 8.9)).toEqual({ text: "8.4", note: "8.1–8.9" });
    expect(weeksCell(-2.6, -3.3, -2.2, true)).toEqual({ text: "-2.6", note: "-3.3 to -2.2" });
  });

  it("says so when the ends are equal: the runs tie", () => {
    expect(weeksCell(0, 0, 0, true)).toEqual({ text: "0.0", note: "no spread" });
  });
});
