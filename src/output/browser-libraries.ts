/** The browser builds of vega and vega-lite, read from node_modules to inline into report.html. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** Source of the two libraries the report renders its charts with. */
export interface BrowserLibraries {
  vega: string;
  vegaLite: string;
}

let cached: BrowserLibraries | undefined;

/**
 * Reads `vega/build/vega.min.js` and `vega-lite/build/vega-lite.min.js` (UMD builds: they define
 * `vega` and `vegaLite` globals), once per process.
 * @throws Error when the packages are not installed.
 */
export function browserLibraries(): BrowserLibraries {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // The packages' entry points live in their build/ folders, next to the browser builds.
  const build = (pkg: string) => dirname(require.resolve(pkg));
  cached = {
    vega: readFileSync(join(build("vega"), "vega.min.js"), "utf8"),
    vegaLite: readFileSync(join(build("vega-lite"), "vega-lite.min.js"), "utf8"),
  };
  return cached;
}
