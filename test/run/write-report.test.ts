/** writeReport and report.html from the fixture: the files, the page's content, rebuilds and bad input. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readResults } from "../../src/output/read-results.ts";
import { writeReport } from "../../src/run/write-report.ts";
import type { ReportInput } from "../../src/report/report-charts.ts";
import { summaryFixture, traceFixture } from "../charts/fixture.ts";

const manifestFixture = () => JSON.parse(readFileSync(new URL("../fixtures/summary/manifest.json", import.meta.url), "utf8"));
const input = (): ReportInput => ({ summary: summaryFixture(), manifest: manifestFixture(), trace: traceFixture() });

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "velocity-report-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("writeReport", () => {
  it("writes spec, SVG and PNG per chart, and a self-contained report.html", async () => {
    const dir = tempDir();
    const names = await writeReport(dir, input());
    expect(names).toEqual(["paired-difference", "break-even", "levers", "reached-curve", "weeks-to-target", "arr-fan", "sweep-weeks", "sweep-first", "sweep-reached", "sweep-arr", "tornado-a", "tornado-b", "speed-premium", "timeline"]);
    expect(readdirSync(join(dir, "charts")).sort()).toEqual(names.flatMap((n) => [`${n}.png`, `${n}.svg`, `${n}.vl.json`]).sort());
    // Titles state the finding, computed from the results.
    const tornado = JSON.parse(readFileSync(join(dir, "charts/tornado-a.vl.json"), "utf8"));
    expect(tornado.title.text).toBe("A: review time per task moves weeks to $10M most");
    const paired = JSON.parse(readFileSync(join(dir, "charts/paired-difference.vl.json"), "utf8"));
    expect(paired.title.text).toBe("B reaches $10M 5.5 weeks sooner than A in 68% of runs");

    const html = readFileSync(join(dir, "report.html"), "utf8");
    // The verdict is the first thing the page says, before the summary's tables.
    // On a sweep it names its point (the last, the one the headline chart shows).
    expect(html.indexOf('<p class="verdict"><strong>At ')).toBeGreaterThan(0);
    expect(html.indexOf(": Paying $30k more in tokens than A for B&#39;s offering")).toBeGreaterThan(0);
    expect(html.indexOf('<p class="verdict">')).toBeLessThan(html.indexOf('<section id="summary">'));
    // Self-contained: no external scripts, styles or images outside the inlined libraries' code.
    const markup = html.replace(/<script>[\s\S]*?<\/script>/g, "<script></script>");
    expect(/<script[^>]+src=|<link|<img|@import|url\(/.test(markup)).toBe(false);
    const scripts = html.length - markup.length;
    expect(scripts).toBeGreaterThan(500_000); // vega (~520 kB) and vega-lite (~280 kB) minified, inlined
    expect(html.includes("vegaLite.compile")).toBe(true);
    for (const n of names) expect(html).toContain(`data-chart="${n}"`);
    // The tables, the scenario as run and the command that reproduces it.
    expect(html).toContain("<caption>Per company — companies[B].agent.tokensPerSecond=1000</caption>");
    expect(html).toContain("31.5 <span class=\"ci\">(30.3–32.9)</span>");
    expect(html).toContain("<li>At companies[B].agent.tokensPerSecond=1000: B reaches $10M 5.5 weeks sooner than A in 68% of runs.</li>");
    expect(html).toContain("No detectable effect: A output tokens/s, A feedback delay.");
    expect(html).toContain("velocity run scenarios/seed-article.yaml --runs 200 --out output/seed-article");
    expect(html).toContain("tokensPerSecond: 1000");
    expect(html).toContain("sha256:3f1c0b8e");
    expect(html).not.toContain("Swept on the command line");
  });

  it("escapes text from the results so it cannot break the page", async () => {
    const dir = tempDir();
    const data = input();
    data.summary.description = "</script><b>bold</b> & co";
    data.manifest.command = "velocity run 'a<b>.yaml'";
    data.manifest.vary = ["market.arpu=$600,$1k"];
    await writeReport(dir, data);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toContain("&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; &amp; co");
    expect(html).toContain("velocity run &#39;a&lt;b&gt;.yaml&#39;");
    expect(html).toContain("<code>--vary market.arpu=$600,$1k</code>");
    expect(html.match(/<\/script>/g)).toHaveLength(4);
  });

  it("never deletes a file in the folder it writes into (a stale chart or anyone's notes)", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "charts"));
    writeFileSync(join(dir, "charts/old-chart.png"), "mine");
    await writeReport(dir, { ...input(), trace: null });
    expect(readFileSync(join(dir, "charts/old-chart.png"), "utf8")).toBe("mine");
    expect(readdirSync(join(dir, "charts")).filter((f) => f.includes(".tmp"))).toEqual([]);
  });
});

describe("readResults", () => {
  it("reads the fixture folder", () => {
    const { summary, manifest } = readResults(new URL("../fixtures/summary", import.meta.url).pathname);
    expect(summary.points).toHaveLength(3);
    expect(manifest.seed).toBe(42);
  });

  it("names the missing or broken file in a user-facing error", () => {
    const dir = tempDir();
    expect(() => readResults(dir)).toThrow(expect.objectContaining({ userFacing: true, message: `${dir}: no summary.json (write the results first with: velocity run <scenario> --out ${dir})` }));
    writeFileSync(join(dir, "summary.json"), JSON.stringify({ ...summaryFixture(), points: [] }));
    writeFileSync(join(dir, "manifest.json"), "{}");
    expect(() => readResults(dir)).toThrow(`${join(dir, "summary.json")}: expected the JSON velocity run writes, got no sweep points (re-run velocity run to rewrite it)`);
    writeFileSync(join(dir, "summary.json"), JSON.stringify(summaryFixture()));
    expect(() => readResults(dir)).toThrow(`${join(dir, "manifest.json")}: expected the JSON velocity run writes, got no "scenario" (re-run velocity run to rewrite it)`);
    mkdirSync(join(dir, "charts"));
    expect(existsSync(join(dir, "report.html"))).toBe(false);
  });
});
