import type { Sampler } from "./rng.ts";
import { isFiniteNumber, requireParam } from "./check.ts";

/** Parameters of an exponential distribution (events per unit time). */
export interface ExponentialParams {
  rate: number;
}

function check({ rate }: ExponentialParams): void {
  requireParam(isFiniteNumber(rate) && rate > 0, "rate", rate, "a positive number");
}

/** Exponential with the given rate, by inversion. @throws RangeError when rate ≤ 0. */
export function exponential(params: ExponentialParams): Sampler {
  check(params);
  const scale = 1 / params.rate;
  // 1 − u lies in (0, 1], so the logarithm is finite.
  return (rng) => -Math.log(1 - rng()) * scale;
}

/** Mean of `exponential(params)`: 1 / rate. */
export function exponentialMean(params: ExponentialParams): number {
  check(params);
  return 1 / params.rate;
}
