/**
 * explore.html in headless Chromium (Debian's), offline: every request that is not the file itself
 * or a worker's Blob URL is aborted. The page must run seed-article in Web Workers, draw every chart
 * with no console error, give velocity run's summary.json to the byte, say it in the order of every
 * other output, re-run when a control moves with the previous result pinned beside the new one,
 * offer each chart as a PNG, show chart text no smaller than 12 px, and on a bad edit show the CLI's
 * message while keeping the last good charts.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageVersion } from "../../src/cli/version.ts";
import { writeExplorePage } from "../../src/explorer/index.ts";
import { MIN_SHOWN_FONT_PX } from "../../src/explorer/chart-size.ts";
import type { Summary } from "../../src/montecarlo/types.ts";
import { assumptionLines, findings, headlineVerdicts } from "../../src/report/index.ts";
import { roundForOutput } from "../../src/output/index.ts";
import { repoRoot, runCli } from "../cli/run-cli.ts";

const FILE = "scenarios/seed-article.yaml";
const RUNS = 200;
const SEED = 11;
const artifacts = new URL("../../test-artifacts/", import.meta.url);

/** summary.json's bytes for a summary object (the report layer's rounding and layout). */
const asSummaryJson = (summary: unknown): string => `${JSON.stringify(summary, (_k, v) => (typeof v === "number" ? roundForOutput(v) : v), 2)}\n`;

/** `velocity run FILE --runs RUNS --seed SEED [--set …]`'s summary.json. */
function cliSummaryJson(dir: string, name: string, set: string[] = []): string {
  const out = join(dir, name);
  const result = runCli(["run", FILE, "--runs", String(RUNS), "--seed", String(SEED), "--out", out, "--no-charts", "--quiet", "--workers", "1", ...set.flatMap((s) => ["--set", s])]);
  expect(result.stderr).toBe("");
  return readFileSync(join(out, "summary.json"), "utf8");
}

interface Status {
  state: string;
  completed: number;
  error: string | null;
  workers: number;
}

describe("explore.html in headless Chromium", () => {
  let dir: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const network: string[] = [];
  const status = (): Promise<Status> => page.evaluate("window.__explorer") as Promise<Status>;
  const summaryJson = async (): Promise<string> => asSummaryJson(await page.evaluate("window.__summary"));
  const chartNames = (): Promise<(string | null)[]> => page.$$eval("figure.chart", (els) => els.map((f) => (f.getAttribute("data-rendered") === "true" ? f.getAttribute("data-chart") : null)));
  const reachedCurve = (): Promise<string> => page.$eval('figure.chart[data-chart="reached-curve"] .view', (el) => el.innerHTML);
  const waitDone = (completed: number) => page.waitForFunction(`window.__explorer.state === "done" && window.__explorer.completed >= ${completed}`, undefined, { timeout: 120_000 });

  beforeAll(async () => {
    const build = spawnSync(process.execPath, ["scripts/build-explorer.mjs"], { cwd: repoRoot, encoding: "utf8" });
    expect(build.status, build.stderr).toBe(0);
    dir = mkdtempSync(join(tmpdir(), "velocity-explore-"));
    writeExplorePage({ file: FILE, out: join(dir, "explore.html"), version: packageVersion, runs: RUNS, seed: SEED });
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("blob:")) return route.continue();
      network.push(url);
      return route.abort();
    });
    // Two Web Workers: blocks come back out of order, which the summary must not notice.
    await page.goto(`${pathToFileURL(join(dir, "explore.html")).href}?workers=2`);
    await waitDone(1);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loads offline, runs in Web Workers and draws every chart with no console error", async () => {
    expect(await status()).toMatchObject({ state: "done", error: null, workers: 2 });
    const names = await chartNames();
    expect(names).toContain("reached-curve");
    expect(names).toContain("weeks-to-target");
    expect(names.every((n) => n !== null)).toBe(true);
    // The terminal's per-company table, price note and all (one table model).
    expect(await page.$$eval("table.headline tbody tr", (rows) => rows.map((r) => r.cells[0].textContent))).toEqual(["A", "B (price: guess)"]);
    expect(problems).toEqual([]);
    expect(network).toEqual([]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: new URL("explorer.png", artifacts).pathname });
  });

  it("says the verdict, then the assumptions, then the findings, then the tables, as the terminal, summary.md and report.html do", async () => {
    const summary = (await page.evaluate("window.__summary")) as Summary;
    const text = (await page.textContent("#headline")) ?? "";
    const caption = (await page.$eval("#headline table caption", (el) => el.textContent)) ?? "";
    const at = [headlineVerdicts(summary)[0], assumptionLines(summary)[0], findings(summary)[0], caption].map((s) => text.indexOf(s.slice(0, 40)));
    expect(at.every((i) => i >= 0), at.join(", ")).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("shows chart text at 12 px or more on screen, the chart drawn at the width it is shown", async () => {
    const smallest = await page.$$eval("figure.chart .pane.now svg", (svgs) =>
      svgs.map((svg) => {
        // vega sets font sizes in the SVG's own units; CSS fits the SVG to its pane.
        const shrink = svg.getBoundingClientRect().width / Number(svg.getAttribute("width"));
        const style = (globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }).getComputedStyle;
        const sizes = [...svg.querySelectorAll("text")].map((t) => parseFloat(style(t).fontSize) * shrink);
        return Math.min(...sizes);
      }),
    );
    expect(smallest.length).toBeGreaterThan(5);
    for (const px of smallest) expect(px).toBeGreaterThanOrEqual(MIN_SHOWN_FONT_PX);
    // No title (a finding) is cut short at the narrower width.
    expect(await page.$$eval("figure.chart .pane.now svg text", (texts) => texts.map((t) => t.textContent ?? "").filter((t) => t.endsWith("…")))).toEqual([]);
  });

  it("offers each chart as a PNG, drawn in the page from the chart's own view (no network)", async () => {
    const buttons = await page.$$eval("figure.chart", (figures) => figures.map((f) => f.querySelectorAll(".pane.now button.png").length));
    expect(buttons.every((n) => n === 1)).toBe(true);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('figure.chart[data-chart="reached-curve"] .pane.now button.png')]);
    expect(download.suggestedFilename()).toBe("reached-curve.png");
    expect(download.url()).toMatch(/^data:image\/png;base64,/);
    const png = Buffer.from(download.url().slice(download.url().indexOf(",") + 1), "base64");
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Twice the drawn size, as velocity run writes charts/<name>.png.
    const drawnWidth = await page.$eval('figure.chart[data-chart="reached-curve"] .pane.now svg', (svg) => Number(svg.getAttribute("width")));
    expect(png.readUInt32BE(16)).toBe(2 * drawnWidth);
    expect(network).toEqual([]);
  });

  it("gives velocity run's summary.json, byte for byte, for the same scenario, seed and runs", async () => {
    expect(await summaryJson()).toBe(cliSummaryJson(dir, "cli"));
    expect(await page.textContent("#command")).toBe(`velocity run ${FILE} --runs ${RUNS} --seed ${SEED}`);
  });

  it("re-runs and redraws when a control moves, and the command shown reproduces the new view", async () => {
    const before = await reachedCurve();
    const { completed } = await status();
    // Drag B's tokens/s slider to its left end: ×0.1, 1000 → 100 tok/s.
    await page.$eval('.control[data-path="companies[B].agent.tokensPerSecond"] input[type=range]', (el) => {
      const slider = el as unknown as { value: string; dispatchEvent(e: unknown): boolean };
      slider.value = "-100";
      slider.dispatchEvent(new Event("input"));
      slider.dispatchEvent(new Event("change"));
    });
    await waitDone(completed + 1);
    expect(await page.inputValue('.control[data-path="companies[B].agent.tokensPerSecond"] input.value')).toBe("100");
    expect(await page.inputValue("#yaml")).toContain("      tokensPerSecond: 100         # Codex-Spark");
    expect(await page.textContent("#command")).toBe(`velocity run ${FILE} --runs ${RUNS} --seed ${SEED} --set 'companies[B].agent.tokensPerSecond=100'`);
    expect(await reachedCurve()).not.toBe(before);
    expect(await summaryJson()).toBe(cliSummaryJson(dir, "cli-slow-b", ["companies[B].agent.tokensPerSecond=100"]));
    expect(problems).toEqual([]);
  });

  it("keeps the previous result pinned beside the new one: its words, tables and charts, labelled before and now", async () => {
    expect(await page.getAttribute("body", "data-pinned")).toBe("true");
    // The pinned result is the first run's, to the byte; the current one is B at 100 tok/s.
    expect(asSummaryJson(await page.evaluate("window.__before"))).toBe(readFileSync(join(dir, "cli", "summary.json"), "utf8"));
    const before = (await page.evaluate("window.__before")) as Summary;
    const now = (await page.evaluate("window.__summary")) as Summary;
    expect(await page.textContent("#before-headline h2")).toBe(`Before: velocity run ${FILE} --runs ${RUNS} --seed ${SEED}`);
    expect(await page.textContent("#headline h2")).toBe(`Now: velocity run ${FILE} --runs ${RUNS} --seed ${SEED} --set 'companies[B].agent.tokensPerSecond=100'`);
    expect(await page.textContent("#before-headline")).toContain(headlineVerdicts(before)[0]);
    expect(await page.textContent("#headline")).toContain(headlineVerdicts(now)[0]);
    expect(headlineVerdicts(now)[0]).not.toBe(headlineVerdicts(before)[0]);
    expect(await page.isVisible("#before-headline")).toBe(true);
    // Every chart has both panes drawn, and the two differ where the result moved.
    const panes = await page.$$eval("figure.chart", (figures) => figures.map((f) => [f.querySelector(".pane.now")?.getAttribute("data-rendered"), f.querySelector(".pane.before")?.getAttribute("data-rendered")]));
    expect(panes.length).toBeGreaterThan(5);
    expect(panes.every(([a, b]) => a === "true" && b === "true")).toBe(true);
    const curve = (pane: string) => page.$eval(`figure.chart[data-chart="reached-curve"] .pane.${pane} .view`, (el) => el.innerHTML);
    expect(await curve("before")).not.toBe(await curve("now"));
    expect(await page.isVisible('figure.chart[data-chart="reached-curve"] .pane.before svg')).toBe(true);
    // The pinned chart downloads as <name>-before.png.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('figure.chart[data-chart="reached-curve"] .pane.before button.png')]);
    expect(download.suggestedFilename()).toBe("reached-curve-before.png");
    await page.screenshot({ path: new URL("explorer-pinned.png", artifacts).pathname, fullPage: true });
    // Hidden on request; the next change pins again.
    await page.click("#unpin");
    expect(await page.getAttribute("body", "data-pinned")).toBe("false");
    expect(await page.isVisible('figure.chart[data-chart="reached-curve"] .pane.before')).toBe(false);
    expect(await page.evaluate("window.__before")).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it("shows the CLI's message for a bad edit and keeps the last good charts", async () => {
    const good = await summaryJson();
    const curve = await reachedCurve();
    // Two and a half engineers for A: engineers are whole people.
    const bad = (await page.inputValue("#yaml")).replace("      engineers: 3 ", "      engineers: 2.5 ");
    expect(bad).toContain("engineers: 2.5");
    await page.fill("#yaml", bad);
    await page.waitForFunction(`window.__explorer.state === "error"`, undefined, { timeout: 120_000 });
    // The same text on disk, under the same name, checked by the CLI.
    const disk = join(dir, "disk");
    cpSync(join(repoRoot, "scenarios"), join(disk, "scenarios"), { recursive: true });
    writeFileSync(join(disk, FILE), bad);
    const validate = runCli(["validate", FILE], { cwd: disk });
    expect(validate.status).toBe(2);
    const message = (await page.textContent("#yaml-error")) ?? "";
    expect(message).toMatch(/^scenarios\/seed-article\.yaml:\d+:\d+: companies\[0\]\.team\.engineers: /);
    // validate lists every error of the file; the page shows the first, the one `velocity run` stops at.
    expect(message).toBe(validate.stderr.split("\n")[0]);
    expect((await status()).error).toBe(message);
    expect(await page.getAttribute("body", "data-stale")).toBe("true");
    expect(await reachedCurve()).toBe(curve);
    expect((await chartNames()).every((n) => n !== null)).toBe(true);
    expect(await summaryJson()).toBe(good);
    // Console errors are for the page's own failures; a validation message is not one.
    expect(problems).toEqual([]);
  });
});
