/**
 * Allowed ranges of fields, in model units, and how they read in messages ("≥ 0", "between 0 and 1").
 */
import { formatInUnit, type UnitKind } from "./units.ts";

/** Bounds of a field in model units; `exclusiveMin` makes the lower bound strict (`> 0`). */
export interface FieldRange {
  readonly min?: number;
  readonly max?: number;
  readonly exclusiveMin?: boolean;
}

/** Whether `x` is within `range`. */
export function inRange(x: number, range: FieldRange): boolean {
  if (range.min !== undefined && (range.exclusiveMin === true ? x <= range.min : x < range.min)) return false;
  if (range.max !== undefined && x > range.max) return false;
  return true;
}

/** The range in words, e.g. `> 0`, `between 0 and 1`, `≥ 1`, or `any value`. */
export function describeRange(range: FieldRange, kind: UnitKind): string {
  const lo = range.min === undefined ? undefined : formatInUnit(kind, range.min);
  const hi = range.max === undefined ? undefined : formatInUnit(kind, range.max);
  if (lo !== undefined && hi !== undefined) return range.exclusiveMin === true ? `> ${lo} and ≤ ${hi}` : `between ${lo} and ${hi}`;
  if (lo !== undefined) return `${range.exclusiveMin === true ? ">" : "≥"} ${lo}`;
  if (hi !== undefined) return `≤ ${hi}`;
  return "any value";
}
