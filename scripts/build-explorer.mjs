// Bundles the browser explorer (part of `npm run build`): the page script and the Web Worker
// script, each one self-contained file built from the project's own sources (scenario, random,
// engine, model, montecarlo, charts) and their npm dependencies (yaml, zod, seedrandom).
// vega and vega-lite are not bundled here: explore.html inlines their browser builds, as
// report.html does. Output: dist/explorer-bundle/{page,worker}.js, read by `velocity explore`.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const common = {
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  absWorkingDir: root,
};

await Promise.all([
  build({ ...common, entryPoints: ["src/explorer/browser/page.ts"], outfile: "dist/explorer-bundle/page.js" }),
  build({ ...common, entryPoints: ["src/explorer/browser/worker.ts"], outfile: "dist/explorer-bundle/worker.js" }),
]);
