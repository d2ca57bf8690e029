import { quantileSorted as typeSevenQuantile } from "simple-statistics";
import type { Quantiles } from "./types.ts";

/**
 * The p-quantile (0 ≤ p ≤ 1) of ascending `sorted` values by linear interpolation between order
 * statistics (Hyndman & Fan type 7, the default of R and NumPy), from simple-statistics. `null`
 * for an empty list, where the library throws.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  // The library only indexes its argument, so a Float64Array of sorted runs goes in as it is.
  return typeSevenQuantile(sorted as unknown as number[], p);
}

/** The finite values of `values` (NaN marks "not defined for this run"), sorted ascending. */
export function definedSorted(values: ArrayLike<number>): Float64Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) count++;
  const out = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[j++] = values[i];
  return out.sort();
}

/** p10, p50, p90 and mean over the runs where the value is defined (NaN elsewhere), scaled by `scale`. */
export function quantiles(values: ArrayLike<number>, scale = 1): Quantiles {
  const sorted = definedSorted(values);
  const q = (p: number) => {
    const v = quantileSorted(sorted, p);
    return v === null ? null : v * scale;
  };
  let sum = 0;
  for (let i = 0; i < sorted.length; i++) sum += sorted[i];
  return { p10: q(0.1), p50: q(0.5), p90: q(0.9), mean: sorted.length ? (sum / sorted.length) * scale : null, n: sorted.length };
}
