// Bundles the browser explorer (part of `npm run build`): the page script and the Web Worker
// script, each one self-contained file built from the project's own sources (scenario, random,
// engine, model, montecarlo, charts) and their npm dependencies (yaml, zod, seedrandom).
// vega and vega-lite are not bundled here: explore.html inlines their browser builds, as
// report.html does. Output: dist/explorer-bundle/{page,worker}.js, read by `velocity explore`;
// each is written under a temporary name and renamed, so a reader never sees half a bundle.
import { build } from "esbuild";
import { mkdirSync, renameSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { nodeBuiltinChains } from "./explorer-imports.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const out = `${root}dist/explorer-bundle/`;
mkdirSync(out, { recursive: true });

async function bundle(entry, name) {
  const temp = `${out}.${name}.${process.pid}.tmp`;
  await build({
    entryPoints: [entry],
    outfile: temp,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    absWorkingDir: root,
  });
  renameSync(temp, `${out}${name}`);
}

/** Bundles one entry; when that fails because a Node builtin got in, says through which imports. */
async function bundleOrExplain(entry, name) {
  try {
    await bundle(entry, name);
  } catch (error) {
    const chains = await nodeBuiltinChains(entry, root).catch(() => []);
    for (const chain of chains) console.error(`explorer bundle: a Node builtin reaches the browser: ${chain.join(" → ")}`);
    throw error;
  }
}

await Promise.all([bundleOrExplain("src/explorer/browser/page.ts", "page.js"), bundleOrExplain("src/explorer/browser/worker.ts", "worker.js")]);
