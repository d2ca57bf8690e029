import type { Sampler } from "./rng.ts";
import { isFiniteNumber, requireParam } from "./check.ts";

/** A sampler that always returns `value` and never touches the random source. */
export function constant(value: number): Sampler {
  requireParam(isFiniteNumber(value), "value", value, "a finite number");
  return () => value;
}
