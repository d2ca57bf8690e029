// Takes docs/explorer.png, the README's picture of the explorer: seed-article in explore.html in
// headless Chromium (offline), after moving B's tokens/s down to 100, once the run has finished.
// Run: npm run build && npx tsx scripts/explorer-screenshot.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { packageVersion } from "../src/cli/version.ts";
import { writeExplorePage } from "../src/explorer/index.ts";

const dir = mkdtempSync(join(tmpdir(), "velocity-shot-"));
const out = join(dir, "explore.html");
writeExplorePage({ file: "scenarios/seed-article.yaml", out, version: packageVersion, runs: 1000, seed: 42 });
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
await page.route("**/*", (route) => (/^(file|blob):/.test(route.request().url()) ? route.continue() : route.abort()));
await page.goto(`${pathToFileURL(out).href}?workers=2`);
await page.waitForFunction(`window.__explorer.state === "done"`, undefined, { timeout: 300_000 });
const box = '.control[data-path="companies[B].agent.tokensPerSecond"] input.value';
await page.fill(box, "100");
await page.dispatchEvent(box, "change");
await page.waitForFunction(`window.__explorer.state === "done" && window.__explorer.completed >= 2`, undefined, { timeout: 300_000 });
await page.screenshot({ path: "docs/explorer.png" });
await browser.close();
rmSync(dir, { recursive: true, force: true });
