/** JSON as every data file of a folder writes it: numbers at fixed rounding, so the bytes depend only on the runs. */
import { roundForOutput } from "./runs-csv.ts";

/** `value` as two-space-indented JSON with a final newline, every number rounded for output. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v) => (typeof v === "number" ? roundForOutput(v) : v), 2)}\n`;
}

/**
 * A manifest as JSON: its numbers rounded like every data file's, but its `resolved` scenario
 * written exactly. The resolved scenario is an input: a report, a reprice or a merge compiles and
 * re-hashes it, so a value such as a 1,048,576-token window or a price of $1.2345678 must come back
 * as it was run (rounded to six digits, its hash no longer matched and merge refused the shard).
 */
export function manifestJson<T extends { resolved: unknown }>(manifest: T): string {
  const rounded = JSON.parse(stableJson(manifest)) as { resolved: unknown };
  return `${JSON.stringify({ ...rounded, resolved: manifest.resolved }, null, 2)}\n`;
}
