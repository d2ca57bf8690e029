import type { Sampler } from "./rng.ts";
import { isFiniteNumber, requireParam } from "./check.ts";
import { gamma } from "./gamma.ts";

/** Parameters of a beta distribution on [0, 1]. */
export interface BetaParams {
  alpha: number;
  beta: number;
}

function check({ alpha, beta }: BetaParams): void {
  requireParam(isFiniteNumber(alpha) && alpha > 0, "alpha", alpha, "a positive number");
  requireParam(isFiniteNumber(beta) && beta > 0, "beta", beta, "a positive number");
}

/** Beta(alpha, beta) as X / (X + Y) with X, Y gamma draws. @throws RangeError unless both are > 0. */
export function beta(params: BetaParams): Sampler {
  check(params);
  const x = gamma(params.alpha);
  const y = gamma(params.beta);
  return (rng) => {
    const gx = x(rng);
    return gx / (gx + y(rng));
  };
}

/** Mean of `beta(params)`: alpha / (alpha + beta). */
export function betaMean(params: BetaParams): number {
  check(params);
  return params.alpha / (params.alpha + params.beta);
}
