import type { ShareInterval } from "./types.ts";

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * The share `successes / n` with its Wilson score interval (Wilson 1927), which stays inside
 * [0, 1] and behaves at 0 and n successes, unlike the normal approximation.
 * @throws RangeError when n < 0 or successes is outside [0, n]
 */
export function wilson(successes: number, n: number, z: number = Z95): ShareInterval {
  if (!(n >= 0) || !(successes >= 0 && successes <= n)) {
    throw new RangeError(`wilson: expected 0 ≤ successes ≤ n, got ${successes} of ${n}`);
  }
  if (n === 0) return { share: 0, low: 0, high: 1 };
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  // At 0 (or n) successes the bound is exactly 0 (or 1); rounding would leave 1.7e-18.
  return { share: p, low: successes === 0 ? 0 : Math.max(0, centre - half), high: successes === n ? 1 : Math.min(1, centre + half) };
}
