import type { Rng, Sampler } from "./rng.ts";
import { isFiniteNumber, requireParam } from "./check.ts";

/** Parameters of a Poisson distribution. */
export interface PoissonParams {
  mean: number;
}

function check({ mean }: PoissonParams): void {
  requireParam(isFiniteNumber(mean) && mean >= 0, "mean", mean, "a finite number ≥ 0");
}

/** ln(k!) by Stirling's series, exact table below 10. */
function logFactorial(k: number): number {
  if (k < 10) {
    let f = 1;
    for (let i = 2; i <= k; i++) f *= i;
    return Math.log(f);
  }
  const x = k + 1;
  return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
}

/** Knuth's method: how many uniforms can be multiplied before the product falls to `limit` = e^(−mean). */
function multiplyUniforms(rng: Rng, limit: number): number {
  let k = 0;
  let product = rng();
  while (product > limit) {
    k++;
    product *= rng();
  }
  return k;
}

/**
 * A Poisson sampler for a fixed mean: multiplication of uniforms below 30 (exact, cheap), and
 * Hörmann's PTRS transformed rejection above (exact, O(1) expected draws). Mean 0 always gives 0.
 * @throws RangeError for a negative or non-finite mean
 */
export function poisson(params: PoissonParams): Sampler {
  check(params);
  const mean = params.mean;
  if (mean === 0) return () => 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    return (rng) => multiplyUniforms(rng, limit);
  }
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * Math.sqrt(mean);
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  return (rng) => {
    for (;;) {
      const u = rng() - 0.5;
      const v = rng();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -mean + k * logMean - logFactorial(k)) return k;
    }
  };
}

/**
 * One Poisson draw with the given mean, for hot code whose mean changes every call (e.g. daily
 * adoption). The same algorithms and the same stream use as `poisson({ mean })(rng)`, inlined so
 * that a draw allocates nothing.
 */
export function poissonDraw(rng: Rng, mean: number): number {
  if (!(mean > 0)) return 0;
  if (mean < 30) return multiplyUniforms(rng, Math.exp(-mean));
  return poisson({ mean })(rng);
}

/** Mean of `poisson(params)`. */
export function poissonMean(params: PoissonParams): number {
  check(params);
  return params.mean;
}
