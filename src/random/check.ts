/** Throws a `RangeError` naming the parameter when `ok` is false. Shared by the sampler factories. */
export function requireParam(ok: boolean, name: string, value: unknown, expected: string): void {
  if (!ok) throw new RangeError(`${name} must be ${expected}, got ${String(value)}`);
}

/** True for a finite number. */
export function isFiniteNumber(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}
