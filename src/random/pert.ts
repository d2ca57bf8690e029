import type { Sampler } from "./rng.ts";
import { beta } from "./beta.ts";
import { checkRangeMode, type RangeModeParams } from "./triangular.ts";

/** The beta shape parameters of a PERT distribution (the classic weight 4 on the mode). */
function shapes({ min, mode, max }: RangeModeParams): { alpha: number; beta: number } {
  const width = max - min;
  return { alpha: 1 + (4 * (mode - min)) / width, beta: 1 + (4 * (max - mode)) / width };
}

/** PERT on [min, max] with the given mode: a scaled beta. @throws RangeError unless min ≤ mode ≤ max, min < max. */
export function pert(params: RangeModeParams): Sampler {
  checkRangeMode(params);
  const { min, max } = params;
  const unit = beta(shapes(params));
  return (rng) => min + (max - min) * unit(rng);
}

/** Mean of `pert(params)`: (min + 4·mode + max) / 6. */
export function pertMean(params: RangeModeParams): number {
  checkRangeMode(params);
  return (params.min + 4 * params.mode + params.max) / 6;
}
