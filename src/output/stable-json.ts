/** JSON as every data file of a folder writes it: numbers at fixed rounding, so the bytes depend only on the runs. */
import { roundForOutput } from "./runs-csv.ts";

/** `value` as two-space-indented JSON with a final newline, every number rounded for output. */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v) => (typeof v === "number" ? roundForOutput(v) : v), 2)}\n`;
}
