import type { Sampler } from "./rng.ts";
import { isFiniteNumber, requireParam } from "./check.ts";

/** Parameters of a uniform distribution on [min, max). */
export interface UniformParams {
  min: number;
  max: number;
}

function check({ min, max }: UniformParams): void {
  requireParam(isFiniteNumber(min), "min", min, "a finite number");
  requireParam(isFiniteNumber(max) && max >= min, "max", max, `a finite number ≥ min (${min})`);
}

/** Uniform on [min, max). @throws RangeError for non-finite bounds or max < min. */
export function uniform(params: UniformParams): Sampler {
  check(params);
  const { min, max } = params;
  const width = max - min;
  return (rng) => min + width * rng();
}

/** Mean of `uniform(params)`. */
export function uniformMean(params: UniformParams): number {
  check(params);
  return (params.min + params.max) / 2;
}
