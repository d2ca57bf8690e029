/**
 * The browser explorer against the CLI on scenarios/seed-article.yaml, on this machine, in one run:
 * runs/s of explore.html in headless Chromium with 1 and 2 Web Workers (a warm re-run: the page
 * is loaded, then the seed is changed, as a user would) against `velocity run --workers 1`.
 * Goal: each Web Worker within 2× of one CLI worker (page runs/s ÷ workers ≥ 0.5 × CLI runs/s).
 * The page's time includes its progressive redraws (charts at 1/8, 1/4, 1/2 and the end), as a
 * user sees it. Size: BENCH_RUNS (default 2000). Needs `npm run build` (npm run bench does it).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { packageVersion } from "../src/cli/version.ts";
import { writeExplorePage } from "../src/explorer/index.ts";

const FILE = "scenarios/seed-article.yaml";
const CHROMIUM = "/usr/bin/chromium";
if (!existsSync(CHROMIUM)) {
  // A bench, not a test: say what is missing and let the other benches run.
  console.log(`explorer bench skipped: ${CHROMIUM} is missing (sh scripts/system-packages.sh installs it)`);
  process.exit(0);
}
const runs = Number(process.env.BENCH_RUNS ?? 2000);
const dir = mkdtempSync(join(tmpdir(), "velocity-bench-explore-"));

/** Runs/s `velocity run --workers 1` reports in its timing.json (the built CLI, as users run it). */
function cliRunsPerSecond(): number {
  const out = join(dir, "cli");
  const child = spawnSync(process.execPath, ["bin/velocity.mjs", "run", FILE, "--runs", String(runs), "--workers", "1", "--out", out, "--no-charts", "--quiet"], { encoding: "utf8" });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(readFileSync(join(out, "timing.json"), "utf8")).runsPerSecond as number;
}

const page = join(dir, "explore.html");
writeExplorePage({ file: FILE, out: page, version: packageVersion, runs, seed: 42 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"] });

/** Runs/s of the page with `workers` Web Workers, on a re-run after the first (workers warm). */
async function pageRunsPerSecond(workers: number): Promise<{ cold: number; warm: number; firstChartSeconds: number }> {
  const tab = await browser.newPage();
  await tab.route("**/*", (route) => (/^(file|blob):/.test(route.request().url()) ? route.continue() : route.abort()));
  const opened = performance.now();
  await tab.goto(`${pathToFileURL(page).href}?workers=${workers}`);
  // The first chart: the first partial summary drawn (at 1/8 of the runs), or the final one.
  await tab.waitForFunction(`document.getElementById("progress-text")?.dataset.partial !== undefined || window.__explorer.state === "done"`, undefined, { timeout: 600_000 });
  const firstChartSeconds = (performance.now() - opened) / 1000;
  const done = (n: number) => tab.waitForFunction(`window.__explorer.state === "done" && window.__explorer.completed >= ${n}`, undefined, { timeout: 600_000 });
  await done(1);
  const cold = (await tab.evaluate("window.__explorer.runsPerSecond")) as number;
  await tab.fill("#seed", "43");
  await tab.dispatchEvent("#seed", "change");
  await done(2);
  const warm = (await tab.evaluate("window.__explorer.runsPerSecond")) as number;
  await tab.close();
  return { cold, warm, firstChartSeconds };
}

console.log(`explorer on ${FILE}, ${runs} runs (machine shared: compare ratios, not absolute numbers)`);
const cli = cliRunsPerSecond();
console.log(`  velocity run --workers 1:     ${cli.toFixed(0)} runs/s`);
for (const workers of [1, 2]) {
  const { cold, warm, firstChartSeconds } = await pageRunsPerSecond(workers);
  const perWorker = warm / workers;
  console.log(
    `  explore.html, ${workers} Web Worker${workers > 1 ? "s" : " "}: ${warm.toFixed(0)} runs/s (first load ${cold.toFixed(0)})   per worker ${(perWorker / cli).toFixed(2)}× the CLI worker (goal ≥ 0.5×)`,
  );
  // Issue 32: the first chart within 2 s of opening the page, on 2 workers.
  console.log(`    first chart ${firstChartSeconds.toFixed(2)} s after opening the page${workers === 2 ? ` (goal ≤ 2 s: ${firstChartSeconds <= 2 ? "met" : "NOT met"})` : ""}`);
}
await browser.close();
rmSync(dir, { recursive: true, force: true });
