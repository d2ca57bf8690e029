import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Every output file of a folder by name, as text, but timing.json (the one file that may differ
 * between identical runs): two folders compare byte for byte with `toEqual`.
 */
export function outputFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f !== "timing.json")
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
}
