/**
 * Scaling a scenario value as written, keeping its units and shape: `"$10M"` × 2 → `"$20M"`,
 * `"45 min to 3 h"` × 2 → `"90 min to 6 h"`, `{ pert: [1, 2, 4] }` × 2 → `{ pert: [2, 4, 8] }`.
 * Multiplying every number of a value multiplies the quantity it describes (a constant, or any
 * location-scale distribution: lognormal, normal, triangular, PERT, uniform, a choice), which is
 * what a slider in the explorer does. Shares drawn from a beta are left alone (they are not scales).
 */

/** Three significant digits, without trailing zeros or exponent for the magnitudes scenarios use. */
export function roundScaled(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(3));
}

/** Numbers inside text such as `$1.2M`, `2 d to 5 d`, `10,000`: digits with optional decimals. */
const NUMBER_IN_TEXT = /\d[\d,]*(?:\.\d+)?(?:e[+-]?\d+)?/gi;

/**
 * `value` with every number multiplied by `factor` (rounded to 3 significant digits; to a whole
 * number ≥ `minInteger` when `integer`). Strings keep their units and words; maps and lists keep
 * their keys; a `beta` distribution is returned unchanged.
 */
export function scaleValue(value: unknown, factor: number, integer = false, minInteger = 1): unknown {
  const scale = (x: number): number => (integer ? Math.max(minInteger, Math.round(x * factor)) : roundScaled(x * factor));
  if (typeof value === "number") return scale(value);
  if (typeof value === "string") {
    return value.replace(NUMBER_IN_TEXT, (text) => {
      const x = Number(text.replace(/,/g, ""));
      return Number.isFinite(x) ? String(scale(x)) : text;
    });
  }
  if (Array.isArray(value)) return value.map((v) => scaleValue(v, factor, integer, minInteger));
  if (value !== null && typeof value === "object") {
    if (Object.hasOwn(value, "beta")) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scaleValue(v, factor, integer, minInteger)]));
  }
  return value;
}
