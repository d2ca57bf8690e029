/**
 * report.html: one self-contained page that works offline — summary tables, every chart (rendered
 * in the browser by the inlined vega and vega-lite), the scenario as run and how to reproduce it.
 */
import { stringify } from "yaml";
import type { NamedChart } from "../charts/index.ts";
import { formatUsdShort, runCaption } from "../charts/index.ts";
import type { Summary } from "../montecarlo/types.ts";
import type { BrowserLibraries, Manifest } from "../output/index.ts";
import { escapeHtml, jsonForScript, scriptSource } from "./html-escape.ts";
import { assumptionsHtml, findingsHtml, verdictHtml } from "./sections-html.ts";
import { summaryTables } from "./summary-tables.ts";
import { renderHtml } from "./table-model.ts";

/** What the page is built from. */
export interface ReportPage {
  summary: Summary;
  manifest: Manifest;
  /** Charts in display order; their files are in `charts/` next to the page. */
  charts: readonly NamedChart[];
  libraries: BrowserLibraries;
}

const STYLE = `
body { font-family: "DejaVu Sans", system-ui, sans-serif; margin: 0 auto; max-width: 1340px; padding: 24px; color: #222; }
h1 { font-size: 32px; margin-bottom: 4px; } h2 { margin-top: 48px; border-bottom: 1px solid #ddd; padding-bottom: 6px; }
.meta, .ci, figcaption { color: #666; } .ci { white-space: nowrap; } nav a { margin-right: 16px; }
table { border-collapse: collapse; margin: 12px 0 24px; font-size: 15px; }
th, td { border-bottom: 1px solid #e4e4e4; padding: 6px 10px; text-align: right; vertical-align: top; }
th:first-child, td:first-child, th.name, td.name { text-align: left; } th { font-weight: 600; background: #f6f6f6; }
figure.chart { margin: 24px 0 40px; } .view svg { max-width: 100%; height: auto; }
pre { background: #f6f6f6; padding: 12px; overflow-x: auto; font-size: 14px; }
.error { color: #b00020; }
caption { caption-side: top; text-align: left; font-weight: 600; font-size: 17px; padding: 6px 0; }
ul.findings { font-size: 18px; }
`;

// Runs in the browser: compile each spec with vega-lite, render it with vega as SVG, and mark the
// figure rendered (or failed) so a test or a reader can tell.
const RENDER = `
const specs = JSON.parse(document.getElementById("chart-specs").textContent);
for (const figure of document.querySelectorAll("figure.chart")) {
  const name = figure.dataset.chart;
  const target = figure.querySelector(".view");
  const fail = (error) => {
    figure.dataset.rendered = "error";
    target.textContent = "This chart could not be drawn: " + error;
    target.className = "view error";
    console.error("chart " + name + ": " + error);
  };
  try {
    const compiled = vegaLite.compile(specs[name]).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: "svg", container: target, hover: true });
    view.runAsync().then(() => { figure.dataset.rendered = "true"; }, fail);
  } catch (error) {
    fail(error);
  }
}
`;

function chartTitle(chart: NamedChart): string {
  const title = (chart.spec as { title?: { text?: unknown } }).title;
  return typeof title?.text === "string" ? title.text : chart.name;
}

/** The sweep axes given on the command line (`--vary`), which the resolved scenario does not hold. */
function varyHtml(manifest: Manifest): string {
  const vary = manifest.vary ?? [];
  if (vary.length === 0) return "";
  return `<p>Swept on the command line as well: ${vary.map((v) => `<code>--vary ${escapeHtml(v)}</code>`).join(", ")}</p>`;
}

/** The whole page as one HTML string. Pure: everything it shows is in its arguments. */
export function reportHtml(page: ReportPage): string {
  const { summary, manifest, charts, libraries } = page;
  const specs = Object.fromEntries(charts.map((c) => [c.name, c.spec]));
  const figures = charts
    .map(
      (c) => `<figure class="chart" id="chart-${escapeHtml(c.name)}" data-chart="${escapeHtml(c.name)}">
<div class="view" role="img" aria-label="${escapeHtml(chartTitle(c))}"></div>
<figcaption>${escapeHtml(chartTitle(c))} — files: <a href="charts/${escapeHtml(c.name)}.png">PNG</a>, <a href="charts/${escapeHtml(c.name)}.svg">SVG</a>, <a href="charts/${escapeHtml(c.name)}.vl.json">Vega-Lite spec</a></figcaption>
</figure>`,
    )
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(summary.scenario)} — velocity-sim report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(summary.scenario)}</h1>
<p>${escapeHtml(summary.description)}</p>
<p class="meta">${escapeHtml(runCaption(summary))} · horizon ${summary.horizonWeeks} weeks · target ${escapeHtml(formatUsdShort(summary.targetUsd))} ARR</p>
${verdictHtml(summary)}<nav><a href="#summary">Summary</a><a href="#charts">Charts</a><a href="#scenario">Scenario as run</a><a href="#reproduce">Reproduce</a></nav>
</header>
<section id="summary">
<h2>Summary</h2>
${assumptionsHtml(summary)}
${findingsHtml(summary)}
${summaryTables(summary).map(renderHtml).join("\n")}
</section>
<section id="charts">
<h2>Charts</h2>
${figures}
</section>
<section id="scenario">
<h2>The scenario as run</h2>
<p class="meta">from ${escapeHtml(manifest.file)} · ${escapeHtml(manifest.hash)}</p>
${varyHtml(manifest)}
<pre><code>${escapeHtml(stringify(manifest.resolved))}</code></pre>
</section>
<section id="reproduce">
<h2>Reproduce</h2>
<p>With velocity-sim ${escapeHtml(manifest.version)} on Node ${escapeHtml(manifest.node)}, this command writes the same results (summary.json, runs.csv and manifest.json byte for byte):</p>
<pre><code>${escapeHtml(manifest.command)}</code></pre>
<p>Rebuild the charts and this page from the saved results without re-running: <code>velocity report &lt;output-dir&gt; [--size WxH]</code></p>
</section>
<script type="application/json" id="chart-specs">${jsonForScript(specs)}</script>
<script>${scriptSource(libraries.vega)}</script>
<script>${scriptSource(libraries.vegaLite)}</script>
<script>${RENDER}</script>
</body>
</html>
`;
}
