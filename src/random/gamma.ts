import type { Sampler } from "./rng.ts";
import { isFiniteNumber, requireParam } from "./check.ts";
import { standardNormal } from "./normal.ts";

/**
 * Gamma with the given shape and unit scale (Marsaglia & Tsang 2000). Shapes below 1 use the
 * boost `G(a) = G(a + 1) · U^(1/a)`. Used to build beta and PERT.
 * @throws RangeError when shape ≤ 0
 */
export function gamma(shape: number): Sampler {
  requireParam(isFiniteNumber(shape) && shape > 0, "shape", shape, "a positive number");
  const boost = shape < 1;
  const a = boost ? shape + 1 : shape;
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  return (rng) => {
    let x: number;
    let v: number;
    for (;;) {
      do {
        x = standardNormal(rng);
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = rng();
      if (u < 1 - 0.0331 * x * x * x * x) break;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) break;
    }
    const g = d * v;
    return boost ? g * Math.pow(1 - rng(), 1 / shape) : g;
  };
}
