import type { Sampler } from "./rng.ts";
import { isFiniteNumber, requireParam } from "./check.ts";

/** Parameters of a triangular (or PERT) distribution. */
export interface RangeModeParams {
  min: number;
  mode: number;
  max: number;
}

/** Checks min ≤ mode ≤ max, all finite, min < max. Shared with PERT. */
export function checkRangeMode({ min, mode, max }: RangeModeParams): void {
  requireParam(isFiniteNumber(min), "min", min, "a finite number");
  requireParam(isFiniteNumber(max) && max > min, "max", max, `a finite number > min (${min})`);
  requireParam(isFiniteNumber(mode) && mode >= min && mode <= max, "mode", mode, `a number between min (${min}) and max (${max})`);
}

/** Triangular on [min, max] peaking at mode, by inversion. @throws RangeError unless min ≤ mode ≤ max, min < max. */
export function triangular(params: RangeModeParams): Sampler {
  checkRangeMode(params);
  const { min, mode, max } = params;
  const width = max - min;
  const split = (mode - min) / width;
  return (rng) => {
    const u = rng();
    return u < split ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
  };
}

/** Mean of `triangular(params)`: (min + mode + max) / 3. */
export function triangularMean(params: RangeModeParams): number {
  checkRangeMode(params);
  return (params.min + params.mode + params.max) / 3;
}
