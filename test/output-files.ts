import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Every output file of a folder by path (`rows/rows-0.f64` inside its sub-folders), as text (binary
 * rows as base64), but timing.json (the one file that may differ between identical runs): two
 * folders compare byte for byte with `toEqual`.
 */
export function outputFiles(dir: string, under = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, under)).sort()) {
    const path = under === "" ? name : `${under}/${name}`;
    if (path === "timing.json") continue;
    if (statSync(join(dir, path)).isDirectory()) Object.assign(out, outputFiles(dir, path));
    else out[path] = readFileSync(join(dir, path), name.endsWith(".f64") ? "base64" : "utf8");
  }
  return out;
}
