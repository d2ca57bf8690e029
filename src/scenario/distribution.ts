/**
 * A scenario value → `Quantity`: a constant or one of the distributions of `src/random`, with units
 * converted to model units (hours, USD). Checks what the samplers would refuse (min > max, p90 below
 * the median, non-positive lognormal bounds) and the field's allowed range, with messages that say
 * what was expected. A normal whose lower tail (mean − 4 sd) leaves the allowed range is refused;
 * draws of distributions whose upper tails leave it (a normal or a lognormal on a share) are
 * clamped to it, so the model never sees a negative duration or a probability above 1.
 */
import {
  beta,
  betaMean,
  choice,
  choiceMean,
  lognormal,
  lognormalFromInterval,
  lognormalFromIntervalMean,
  lognormalMean,
  normal,
  normalMean,
  pert,
  pertMean,
  triangular,
  triangularMean,
  uniform,
  uniformMean,
  type Sampler,
} from "../random/index.ts";
import type { Quantity } from "./types.ts";
import { describeValue, flowText, suggestion } from "./messages.ts";
import { describeRange, inRange, type FieldRange } from "./range.ts";
import { DURATION_UNITS, formatInUnit, KIND_EXAMPLES, parseScalar, type UnitKind } from "./units.ts";

/** The distribution forms a value may take, by their YAML key. */
export const DISTRIBUTION_NAMES = ["lognormal", "normal", "triangular", "pert", "uniform", "beta", "choice"] as const;

/** Outcome of compiling a value: a quantity, or the "expected …, got …" text. */
export type Compiled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly detail: string };

/** What a field accepts: its unit and allowed range. */
export interface QuantityRule extends FieldRange {
  readonly unit: UnitKind;
}

const bad = (detail: string): { ok: false; detail: string } => ({ ok: false, detail });

/** A constant quantity: draws no randomness. `text` defaults to the number. */
export function quantityFromNumber(value: number, text: string = String(value)): Quantity {
  return { sample: () => value, constant: value, text, mean: value };
}

/** The plain value as written, for `Quantity.text`. */
function textOf(value: unknown): string {
  return typeof value === "string" ? value : flowText(value);
}

/** Reads a single number of the rule's unit, or says why it cannot. */
function scalar(rule: QuantityRule, value: unknown, what: string): Compiled<number> {
  const parsed = parseScalar(rule.unit, value);
  if (!parsed.ok) return bad(`expected ${what} to be ${parsed.detail}, got ${describeValue(value)}`);
  return { ok: true, value: parsed.value };
}

function outOfRange(rule: QuantityRule, value: unknown, x: number, what = "a value"): { ok: false; detail: string } {
  return bad(`expected ${what} ${describeRange(rule, rule.unit)}, got ${describeValue(value)}${typeof value === "number" || formatInUnit(rule.unit, x) === String(value) ? "" : ` (= ${formatInUnit(rule.unit, x)})`}`);
}

/**
 * Compiles a plain number (not a distribution) of the rule's unit, checked against its range.
 * For fields that must be fixed (prices, team size).
 */
export function compileNumber(value: unknown, rule: QuantityRule): Compiled<number> {
  if (typeof value === "string" && / to /.test(value)) return bad(`expected a single value (this field is fixed, not a distribution), got ${describeValue(value)}`);
  if (value !== null && typeof value === "object") return bad(`expected ${KIND_EXAMPLES[rule.unit]} (this field is fixed, not a distribution), got ${describeValue(value)}`);
  const parsed = parseScalar(rule.unit, value);
  if (!parsed.ok) return bad(`expected ${parsed.detail}, got ${describeValue(value)}`);
  if (!inRange(parsed.value, rule)) return outOfRange(rule, value, parsed.value);
  return { ok: true, value: parsed.value };
}

/** Clamps draws into the rule's range, for distributions with unbounded tails. */
function clamped(sampler: Sampler, rule: QuantityRule): Sampler {
  const lo = rule.min === undefined ? -Infinity : rule.exclusiveMin === true ? rule.min + 1e-9 : rule.min;
  const hi = rule.max ?? Infinity;
  if (lo === -Infinity && hi === Infinity) return sampler;
  return (rng) => Math.min(hi, Math.max(lo, sampler(rng)));
}

function distribution(sample: Sampler, mean: number, text: string): Compiled<Quantity> {
  return { ok: true, value: { sample, constant: undefined, text, mean } };
}

/** Reads a list of exactly `n` numbers of the rule's unit (e.g. `[min, mode, max]`). */
function numbers(rule: QuantityRule, value: unknown, names: readonly string[], form: string): Compiled<number[]> {
  if (!Array.isArray(value) || value.length !== names.length) {
    return bad(`expected ${form} to be a list [${names.join(", ")}], got ${describeValue(value)}`);
  }
  const out: number[] = [];
  for (let i = 0; i < names.length; i++) {
    const x = scalar(rule, value[i], `${form} ${names[i]}`);
    if (!x.ok) return x;
    out.push(x.value);
  }
  return { ok: true, value: out };
}

/** Checks that [lo, hi] (the support, or the stated interval) lies within the field's range. */
function within(rule: QuantityRule, value: unknown, lo: number, hi: number, what: string): Compiled<true> {
  if (!inRange(lo, rule) || !inRange(hi, rule)) {
    return bad(`expected ${what} ${describeRange(rule, rule.unit)}, got ${describeValue(value)}`);
  }
  return { ok: true, value: true };
}

/** `"a to b"`: a lognormal with 5% of draws below a and 5% above b. */
function interval(rule: QuantityRule, value: string): Compiled<Quantity> {
  const parts = value.split(/\s+to\s+/);
  if (parts.length !== 2) return bad(`expected "low to high" with one "to", got ${describeValue(value)}`);
  let [lowText, highText] = parts.map((p) => p.trim());
  // "3 to 10 d": a unit written only after the high end applies to both ends.
  if (rule.unit === "duration" && /^[-+.\d,]+$/.test(lowText)) {
    const unit = /[a-z]+$/.exec(highText);
    if (unit !== null && Object.hasOwn(DURATION_UNITS, unit[0])) lowText = `${lowText} ${unit[0]}`;
  }
  // "0.3 to 1/year": likewise for rates.
  if (rule.unit === "rate" && /^[-+.\d,]+$/.test(lowText)) {
    const unit = /(?:\/|per)\s*[a-z]+$/.exec(highText);
    if (unit !== null) lowText = `${lowText}${unit[0].startsWith("/") ? "" : " "}${unit[0]}`;
  }
  const low = scalar(rule, lowText, "the low end");
  if (!low.ok) return bad(`${low.detail.replace(/, got .*$/, "")}, got ${describeValue(value)}`);
  const high = scalar(rule, highText, "the high end");
  if (!high.ok) return bad(`${high.detail.replace(/, got .*$/, "")}, got ${describeValue(value)}`);
  if (low.value > high.value) return bad(`expected the low end ≤ the high end (min > max), got ${describeValue(value)}`);
  if (low.value <= 0) {
    return bad(`expected a positive low end (a "low to high" range is a lognormal, which is never ≤ 0), got ${describeValue(value)} (use { uniform: [0, x] } or a constant)`);
  }
  const ok = within(rule, value, low.value, high.value, "both ends");
  if (!ok.ok) return ok;
  const params = { low: low.value, high: high.value };
  return distribution(clamped(lognormalFromInterval(params), rule), lognormalFromIntervalMean(params), value);
}

type Form = (rule: QuantityRule, body: unknown, whole: unknown) => Compiled<Quantity>;

const FORMS: Readonly<Record<(typeof DISTRIBUTION_NAMES)[number], Form>> = {
  lognormal(rule, body, whole) {
    if (body === null || typeof body !== "object" || Array.isArray(body)) return bad(`expected lognormal to be { median, p90 }, got ${describeValue(body)}`);
    const keys = Object.keys(body);
    const extra = keys.find((k) => k !== "median" && k !== "p90");
    if (extra !== undefined) return bad(`expected lognormal to have only median and p90, got ${describeValue(extra)} (${suggestion(extra, ["median", "p90"])})`);
    const b = body as Record<string, unknown>;
    const median = scalar(rule, b.median, "lognormal median");
    if (!median.ok) return median;
    const p90 = scalar(rule, b.p90, "lognormal p90");
    if (!p90.ok) return p90;
    if (median.value <= 0) return bad(`expected a positive lognormal median, got ${describeValue(b.median)}`);
    if (p90.value < median.value) return bad(`expected p90 ≥ median (p90 below the median), got median ${describeValue(b.median)} and p90 ${describeValue(b.p90)}`);
    const ok = within(rule, whole, median.value, p90.value, "median and p90");
    if (!ok.ok) return ok;
    const params = { median: median.value, p90: p90.value };
    return distribution(clamped(lognormal(params), rule), lognormalMean(params), textOf(whole));
  },
  normal(rule, body, whole) {
    if (body === null || typeof body !== "object" || Array.isArray(body)) return bad(`expected normal to be { mean, sd }, got ${describeValue(body)}`);
    const extra = Object.keys(body).find((k) => k !== "mean" && k !== "sd");
    if (extra !== undefined) return bad(`expected normal to have only mean and sd, got ${describeValue(extra)} (${suggestion(extra, ["mean", "sd"])})`);
    const b = body as Record<string, unknown>;
    const mean = scalar(rule, b.mean, "normal mean");
    if (!mean.ok) return mean;
    const sd = scalar(rule, b.sd, "normal sd");
    if (!sd.ok) return sd;
    if (sd.value < 0) return bad(`expected a normal sd ≥ 0, got ${describeValue(b.sd)}`);
    if (!inRange(mean.value, rule)) return outOfRange(rule, b.mean, mean.value, "the mean");
    // A normal has no lower end: one whose tail reaches below the field's minimum (negative tokens/s,
    // a negative duration) is refused rather than clamped, which would pile draws onto the bound
    // and move the mean silently. 4 sd: one draw in 31,000 lies beyond; upper tails are clamped.
    const lowest = mean.value - 4 * sd.value;
    if (rule.min !== undefined && (rule.exclusiveMin === true ? lowest <= rule.min : lowest < rule.min)) {
      const floor = `${rule.exclusiveMin === true ? ">" : "≥"} ${formatInUnit(rule.unit, rule.min)}`;
      return bad(`expected a normal whose mean − 4 sd is ${floor}, the field's minimum, got ${flowText(whole, 60)}, whose mean − 4 sd is ${formatInUnit(rule.unit, lowest)} (it would draw values below the minimum; use a lognormal such as "a to b" for a positive quantity)`);
    }
    const params = { mean: mean.value, sd: sd.value };
    return distribution(clamped(normal(params), rule), normalMean(params), textOf(whole));
  },
  triangular(rule, body, whole) {
    return rangeMode(rule, body, whole, "triangular");
  },
  pert(rule, body, whole) {
    return rangeMode(rule, body, whole, "pert");
  },
  uniform(rule, body, whole) {
    const xs = numbers(rule, body, ["min", "max"], "uniform");
    if (!xs.ok) return xs;
    const [min, max] = xs.value;
    if (min > max) return bad(`expected uniform min ≤ max (min > max), got ${describeValue(body)}`);
    const ok = within(rule, whole, min, max, "min and max");
    if (!ok.ok) return ok;
    return distribution(uniform({ min, max }), uniformMean({ min, max }), textOf(whole));
  },
  beta(rule, body, whole) {
    if (rule.unit !== "probability" && rule.unit !== "ratio") return bad(`expected a distribution in this field's unit (beta draws lie in 0..1, for probabilities and shares), got ${describeValue(whole)}`);
    if (!Array.isArray(body) || body.length !== 2 || typeof body[0] !== "number" || typeof body[1] !== "number") {
      return bad(`expected beta to be a list [alpha, beta] of two positive numbers, got ${describeValue(body)}`);
    }
    const [alpha, b] = body as number[];
    if (!(alpha > 0 && b > 0 && Number.isFinite(alpha) && Number.isFinite(b))) return bad(`expected beta alpha and beta > 0, got ${describeValue(body)}`);
    // Draws lie strictly inside (0, 1), so a field that excludes 0 (or allows 0..1) takes a beta.
    if ((rule.min ?? -Infinity) > 0 || (rule.max ?? Infinity) < 1) {
      return bad(`expected a value ${describeRange(rule, rule.unit)}, got ${describeValue(whole)} (beta draws lie between 0 and 1)`);
    }
    return distribution(beta({ alpha, beta: b }), betaMean({ alpha, beta: b }), textOf(whole));
  },
  choice(rule, body, whole) {
    let rawValues: unknown = body;
    let weights: number[] | undefined;
    if (body !== null && typeof body === "object" && !Array.isArray(body)) {
      const b = body as Record<string, unknown>;
      const extra = Object.keys(b).find((k) => k !== "values" && k !== "weights");
      if (extra !== undefined) return bad(`expected choice to have only values and weights, got ${describeValue(extra)} (${suggestion(extra, ["values", "weights"])})`);
      rawValues = b.values;
      if (b.weights !== undefined) {
        if (!Array.isArray(b.weights) || !b.weights.every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0)) {
          return bad(`expected choice weights to be a list of numbers ≥ 0, got ${describeValue(b.weights)}`);
        }
        weights = b.weights as number[];
      }
    }
    if (!Array.isArray(rawValues) || rawValues.length === 0) return bad(`expected choice to be a non-empty list of values (or { values, weights }), got ${describeValue(rawValues)}`);
    if (weights !== undefined && (weights.length !== rawValues.length || weights.reduce((s, w) => s + w, 0) <= 0)) {
      return bad(`expected ${rawValues.length} choice weights with a positive sum, got ${describeValue(weights)}`);
    }
    const values: number[] = [];
    for (const raw of rawValues) {
      const x = scalar(rule, raw, "each choice");
      if (!x.ok) return x;
      if (!inRange(x.value, rule)) return outOfRange(rule, raw, x.value, "each choice");
      values.push(x.value);
    }
    const params = weights === undefined ? { values } : { values, weights };
    return distribution(choice(params), choiceMean(params), textOf(whole));
  },
};

function rangeMode(rule: QuantityRule, body: unknown, whole: unknown, form: "triangular" | "pert"): Compiled<Quantity> {
  const xs = numbers(rule, body, ["min", "mode", "max"], form);
  if (!xs.ok) return xs;
  const [min, mode, max] = xs.value;
  if (min > max) return bad(`expected ${form} min ≤ max (min > max), got ${describeValue(body)}`);
  if (!(min < max)) return bad(`expected ${form} min < max (for a fixed value write the number), got ${describeValue(body)}`);
  if (mode < min || mode > max) return bad(`expected ${form} min ≤ mode ≤ max, got ${describeValue(body)}`);
  const ok = within(rule, whole, min, max, "min and max");
  if (!ok.ok) return ok;
  const params = { min, mode, max };
  return form === "triangular"
    ? distribution(triangular(params), triangularMean(params), textOf(whole))
    : distribution(pert(params), pertMean(params), textOf(whole));
}

/**
 * Compiles a value that may be uncertain: a number or text with units (a constant), `"a to b"`, or
 * one of the distribution maps. Never throws: a bad value gives `{ ok: false, detail }`.
 */
export function compileQuantity(value: unknown, rule: QuantityRule): Compiled<Quantity> {
  try {
    return compileQuantityUnchecked(value, rule);
  } catch (error) {
    // The samplers check their parameters too; anything they still refuse is the user's value.
    if (error instanceof RangeError) return bad(`expected valid distribution parameters, got ${describeValue(value)} (${error.message})`);
    throw error;
  }
}

function compileQuantityUnchecked(value: unknown, rule: QuantityRule): Compiled<Quantity> {
  if (typeof value === "string" && /\sto\s/.test(value.trim())) return interval(rule, value.trim());
  if (typeof value === "number" || typeof value === "string") {
    const parsed = parseScalar(rule.unit, value);
    if (!parsed.ok) {
      return bad(`expected ${parsed.detail}, a "low to high" range or a distribution, got ${describeValue(value)}`);
    }
    if (!inRange(parsed.value, rule)) return outOfRange(rule, value, parsed.value);
    return { ok: true, value: quantityFromNumber(parsed.value, textOf(value)) };
  }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length !== 1) {
      return bad(`expected a distribution with exactly one of ${DISTRIBUTION_NAMES.join(", ")}, got ${describeValue(value)}`);
    }
    const name = keys[0];
    if (!(DISTRIBUTION_NAMES as readonly string[]).includes(name)) {
      return bad(`expected a distribution (${DISTRIBUTION_NAMES.join(", ")}), got ${describeValue(name)} (${suggestion(name, DISTRIBUTION_NAMES)})`);
    }
    return FORMS[name as (typeof DISTRIBUTION_NAMES)[number]](rule, (value as Record<string, unknown>)[name], value);
  }
  return bad(`expected ${KIND_EXAMPLES[rule.unit]}, a "low to high" range or a distribution, got ${describeValue(value)}`);
}
