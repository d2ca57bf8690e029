/**
 * report.html in a real browser: Debian's headless Chromium, offline (every non-file request is
 * aborted), must draw every chart without a console error. A full-page screenshot is kept under
 * test-artifacts/ for a human to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeReport } from "../../src/run/write-report.ts";

const fixtures = new URL("../fixtures/", import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, fixtures), "utf8"));
const artifacts = new URL("../../test-artifacts/", import.meta.url);

describe("report.html in headless Chromium", () => {
  let dir: string;
  let browser: Browser;
  let charts: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "velocity-report-"));
    charts = await writeReport(dir, { summary: readJson("summary/summary.json"), manifest: readJson("summary/manifest.json"), trace: readJson("trace/trace.json") });
    browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("draws every chart offline with no console error", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    const network: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    page.on("pageerror", (e) => problems.push(e.message));
    await page.route("**/*", (route) => {
      if (route.request().url().startsWith("file:")) return route.continue();
      network.push(route.request().url());
      return route.abort();
    });
    await page.goto(pathToFileURL(join(dir, "report.html")).href);
    // A string, so the browser-side code needs no DOM types here.
    await page.waitForFunction(`[...document.querySelectorAll("figure.chart")].every((f) => f.dataset.rendered !== undefined)`, undefined, { timeout: 120_000 });

    const figures = await page.$$eval("figure.chart", (els) =>
      els.map((f) => {
        const drawn = f.querySelector(".view svg, .view canvas")?.getBoundingClientRect();
        return { name: f.getAttribute("data-chart"), rendered: f.getAttribute("data-rendered"), marks: f.querySelectorAll(".view svg path, .view svg text").length, width: drawn?.width ?? 0, height: drawn?.height ?? 0 };
      }),
    );
    expect(figures.map((f) => f.name)).toEqual(charts);
    for (const f of figures) {
      expect(f.rendered, f.name).toBe("true");
      expect(f.marks, f.name).toBeGreaterThan(10);
      // Drawn at the deck size (1280×720 by default), not collapsed to nothing.
      expect([f.width, f.height], f.name).toEqual([1280, 720]);
    }
    expect(problems).toEqual([]);
    expect(network).toEqual([]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: new URL("report.png", artifacts).pathname, fullPage: true });
    await page.close();
  });
});
