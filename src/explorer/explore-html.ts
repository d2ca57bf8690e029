/**
 * `explore.html`: one self-contained page that runs the simulation in the browser.
 *
 *   check the scenario as `velocity run` would (a bad file stops here, exit 2)
 *   → gather the files it may read through `extends` (its chain, and the scenarios beside it)
 *   → inline: the page data, the worker bundle (started from a Blob URL), vega, vega-lite,
 *     the page bundle (dist/explorer-bundle/, built by `npm run build`)
 *
 * No file is fetched when the page runs, so it works offline, from file://, mailed as one file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { parse } from "yaml";
import { browserLibraries, writeFileAtomic } from "../output/index.ts";
import { escapeHtml, jsonForScript, scriptSource } from "../report/html-escape.ts";
import { loadScenario, MAX_EXTENDS_DEPTH } from "../scenario/index.ts";
import { PAGE_HTML_STYLE } from "./page-style.ts";
import { PAGE_IDS, type ExplorerData } from "./page-data.ts";

/** The explorer bundle is missing (a checkout where `npm run build` has not run). */
export class ExplorerBuildError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "ExplorerBuildError";
  }
}

/** The two bundles of the page. */
export interface ExplorerBundles {
  page: string;
  worker: string;
}

/**
 * Reads dist/explorer-bundle/{page,worker}.js (src/explorer and dist/explorer both sit two
 * folders below the package root).
 * @throws ExplorerBuildError when they have not been built.
 */
export function explorerBundles(): ExplorerBundles {
  const dir = new URL("../../dist/explorer-bundle/", import.meta.url);
  const page = new URL("page.js", dir);
  const worker = new URL("worker.js", dir);
  if (!existsSync(page) || !existsSync(worker)) throw new ExplorerBuildError("the explorer is not built: run npm run build (it bundles dist/explorer-bundle/)");
  return { page: readFileSync(page, "utf8"), worker: readFileSync(worker, "utf8") };
}

/** Most scenario files beside the scenario that the page carries. */
const MAX_NEIGHBOURS = 64;
const MAX_NEIGHBOUR_BYTES = 1024 * 1024;

/**
 * The files the page may read: the scenario's `extends` chain (by the names the loader asks for)
 * and the other .yaml files in its folder, so an edit that extends a neighbour works as on disk.
 */
export function scenarioFilesFor(file: string): Record<string, string> {
  const files: Record<string, string> = {};
  const folder = dirname(file);
  for (const name of readdirSync(folder).filter((n) => /\.ya?ml$/i.test(n)).sort().slice(0, MAX_NEIGHBOURS)) {
    const path = normalize(join(folder, name));
    if (statSync(path).isFile() && statSync(path).size <= MAX_NEIGHBOUR_BYTES) files[path] = readFileSync(path, "utf8");
  }
  let at = normalize(file);
  for (let depth = 0; depth < MAX_EXTENDS_DEPTH && existsSync(at); depth++) {
    const text = readFileSync(at, "utf8");
    files[at] = text;
    let ext: unknown;
    try {
      ext = (parse(text) as { extends?: unknown } | null)?.extends;
    } catch {
      break;
    }
    if (typeof ext !== "string") break;
    at = ext.startsWith("/") ? normalize(ext) : normalize(join(dirname(at), ext));
  }
  return files;
}

/** The page for `data`, with the bundles and libraries inlined. Pure. */
export function explorePageHtml(data: ExplorerData, bundles: ExplorerBundles, libraries: { vega: string; vegaLite: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.file)} — velocity-sim explorer</title>
<style>${PAGE_HTML_STYLE}</style>
</head>
<body data-stale="false" data-pinned="false">
<header>
  <h1 id="title">${escapeHtml(data.file)}</h1>
  <div class="status"><progress id="progress" value="0" max="1"></progress> <span id="progress-text">starting…</span></div>
</header>
<main>
  <aside>
    <fieldset class="run">
      <legend>Monte Carlo</legend>
      <div class="control"><label for="runs">runs</label><input id="runs" type="number" min="1" step="100"></div>
      <div class="control"><label for="seed">seed</label><input id="seed" type="number" min="0" step="1"></div>
      <div class="control"><label for="workers">Web Workers</label><select id="workers"></select></div>
      <div class="control"><label for="levers">levers</label><span class="check"><input id="levers" type="checkbox" checked> re-run the first 100–200 runs with each cost made free</span></div>
    </fieldset>
    <div id="controls"></div>
    <button id="reset" type="button">Reset to the file</button>
  </aside>
  <section class="results">
    <p class="stale-note">The scenario has an error; the charts show the last good run.</p>
    <div class="headlines">
      <div id="headline" class="pane now"></div>
      <div class="pane before"><div id="before-headline"></div><button id="unpin" type="button">Hide the earlier result</button></div>
    </div>
    <div id="charts"></div>
  </section>
  <section class="yaml">
    <h2>Scenario as edited</h2>
    <textarea id="yaml" spellcheck="false" aria-label="scenario YAML"></textarea>
    <p id="yaml-error" class="error" role="alert"></p>
    <button id="download" type="button">Download the edited file</button>
    <p id="command-note"></p>
    <pre><code id="command"></code></pre>
    <button id="copy" type="button">Copy command</button>
  </section>
</main>
<script type="application/json" id="${PAGE_IDS.data}">${jsonForScript(data)}</script>
<script type="text/plain" id="${PAGE_IDS.worker}">${scriptSource(bundles.worker)}</script>
<script>${scriptSource(libraries.vega)}</script>
<script>${scriptSource(libraries.vegaLite)}</script>
<script>${scriptSource(bundles.page)}</script>
</body>
</html>
`;
}

/** What `velocity explore` writes. */
export interface WriteExploreOptions {
  file: string;
  out: string;
  version: string;
  runs?: number;
  seed?: number;
}

/**
 * Checks the scenario as `velocity run` would and writes the page to `out` (atomically).
 * @throws ScenarioError for a bad scenario; ExplorerBuildError when the bundle is missing.
 */
export function writeExplorePage(options: WriteExploreOptions): { out: string; bytes: number } {
  const set: string[] = [];
  if (options.seed !== undefined) set.push(`seed=${options.seed}`);
  if (options.runs !== undefined) set.push(`runs=${options.runs}`);
  const scenario = loadScenario(options.file, { set });
  const bundles = explorerBundles();
  const files = scenarioFilesFor(options.file);
  const data: ExplorerData = { file: options.file, text: files[normalize(options.file)], files, version: options.version, runs: scenario.runs, seed: scenario.seed };
  const html = explorePageHtml(data, bundles, browserLibraries());
  writeFileAtomic(options.out, html);
  return { out: options.out, bytes: Buffer.byteLength(html) };
}
