import type { Sampler } from "./rng.ts";
import { isFiniteNumber, requireParam } from "./check.ts";

/** Parameters of a discrete choice among numbers, equally likely unless weighted. */
export interface ChoiceParams {
  values: readonly number[];
  weights?: readonly number[];
}

function normalisedCumulative({ values, weights }: ChoiceParams): number[] {
  requireParam(Array.isArray(values) && values.length > 0, "values", values, "a non-empty list");
  values.forEach((v, i) => requireParam(isFiniteNumber(v), `values[${i}]`, v, "a finite number"));
  const w = weights ?? values.map(() => 1);
  requireParam(w.length === values.length, "weights", w, `a list of ${values.length} weights`);
  w.forEach((x, i) => requireParam(isFiniteNumber(x) && x >= 0, `weights[${i}]`, x, "a finite number ≥ 0"));
  const total = w.reduce((s, x) => s + x, 0);
  requireParam(total > 0, "weights", w, "weights with a positive sum");
  let running = 0;
  return w.map((x) => (running += x / total));
}

/** One of `values`, with probability proportional to `weights` (equal by default). @throws RangeError for empty or mismatched lists. */
export function choice(params: ChoiceParams): Sampler {
  const cumulative = normalisedCumulative(params);
  const values = [...params.values];
  const last = values.length - 1;
  return (rng) => {
    const u = rng();
    for (let i = 0; i < last; i++) if (u < cumulative[i]) return values[i];
    return values[last];
  };
}

/** Mean of `choice(params)`. */
export function choiceMean(params: ChoiceParams): number {
  const cumulative = normalisedCumulative(params);
  return params.values.reduce((s, v, i) => s + v * (cumulative[i] - (i > 0 ? cumulative[i - 1] : 0)), 0);
}
