/**
 * The results side of the page: the words and tables of a result (results-html.ts: the verdict,
 * assumptions, findings, then tables, as in every other output) and every chart `summaryCharts`
 * builds for it (the same list, titles and theme as report.html, so a chart added to src/charts
 * shows up here by itself). Charts are compiled by the inlined vega-lite and drawn as SVG by vega,
 * at the width they are shown at (chart-size.ts), each with a PNG button.
 *
 * Two panes: `now`, the latest result (redrawn as partial results come in), and `before`, the
 * result it replaced, pinned beside it (below it on a narrow screen) so a change reads as
 * before/after. Each figure holds both panes of its chart.
 */
import type { TopLevelSpec } from "vega-lite";
import { summaryCharts } from "../../charts/all-charts.ts";
import type { Summary } from "../../montecarlo/portable.ts";
import { explorerChartSize } from "../chart-size.ts";
import { resultsHtml } from "../results-html.ts";
import { uncutTitle } from "../title-lines.ts";

/** The two globals the inlined UMD builds define, as far as the page uses them. */
interface VegaView {
  runAsync(): Promise<unknown>;
  finalize(): void;
  toImageURL(type: "png" | "svg", scaleFactor?: number): Promise<string>;
}
declare const vega: { View: new (runtime: unknown, options: Record<string, unknown>) => VegaView; parse(spec: unknown): unknown };
declare const vegaLite: { compile(spec: TopLevelSpec): { spec: unknown } };

/** Which result a pane shows. */
export type Pane = "now" | "before";

/** The PNG is drawn at twice the chart's size, as `velocity run` writes charts/<name>.png. */
const PNG_SCALE = 2;

const views = new Map<string, VegaView>();
const key = (pane: Pane, name: string): string => `${pane}:${name}`;
/** Number of the latest drawing started per pane: an older one that finishes later must not replace it. */
const latestDrawing: Record<Pane, number> = { now: 0, before: 0 };

/** Gives the drawn SVG a viewBox so CSS can fit it to its pane (vega sets a fixed size only). */
function fitToWidth(view: HTMLElement): void {
  const svg = view.querySelector("svg");
  const width = Number(svg?.getAttribute("width"));
  const height = Number(svg?.getAttribute("height"));
  if (svg && width > 0 && height > 0 && !svg.hasAttribute("viewBox")) svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
}

/**
 * The words and tables of `summary` (its last sweep point), in the order of the terminal,
 * summary.md and report.html; the companies' table has class `headline`, the comparisons `paired`.
 */
export function headlineTable(summary: Summary): HTMLElement {
  const box = document.createElement("div");
  // The report layer escapes every text it writes.
  box.innerHTML = resultsHtml(summary);
  box.querySelector(".companies table")?.classList.add("headline");
  box.querySelector(".paired table")?.classList.add("paired");
  return box;
}

/**
 * The chart `name` of a pane as a PNG data URL (`data:image/png;base64,…`), drawn by vega from the
 * chart's own view at twice its size; null when the pane has no such chart.
 */
export function chartPng(name: string, pane: Pane = "now"): Promise<string> | null {
  return views.get(key(pane, name))?.toImageURL("png", PNG_SCALE) ?? null;
}

/** Saves a chart as `<name>.png` (`<name>-before.png` for the pinned one), offline: the URL is data, not a fetch. */
async function downloadPng(name: string, pane: Pane): Promise<void> {
  const url = await chartPng(name, pane);
  if (url === null) return;
  const link = document.createElement("a");
  link.href = url;
  link.download = `${name}${pane === "before" ? "-before" : ""}.png`;
  link.click();
}

/** The figure of chart `name`, with its two panes, created at position `i` if missing. */
function figureFor(container: HTMLElement, name: string, i: number): HTMLElement {
  let figure = container.querySelector<HTMLElement>(`figure.chart[data-chart="${name}"]`);
  if (figure === null) {
    figure = document.createElement("figure");
    figure.className = "chart";
    figure.dataset.chart = name;
    const panes = document.createElement("div");
    panes.className = "panes";
    for (const pane of ["now", "before"] as const) {
      const box = document.createElement("div");
      box.className = `pane ${pane}`;
      box.dataset.pane = pane;
      const button = Object.assign(document.createElement("button"), { type: "button", className: "png", textContent: "PNG" });
      button.title = `Download this chart as ${name}${pane === "before" ? "-before" : ""}.png`;
      button.addEventListener("click", () => void downloadPng(name, pane));
      box.append(Object.assign(document.createElement("p"), { className: "pane-label" }), Object.assign(document.createElement("div"), { className: "view" }), button);
      panes.append(box);
    }
    figure.append(panes);
  }
  // Keep the order of `summaryCharts` when a chart appears or disappears.
  if (container.children[i] !== figure) container.insertBefore(figure, container.children[i] ?? null);
  return figure;
}

/** Empties the `before` pane of every figure (the pin was dropped). */
export function clearPane(container: HTMLElement, pane: Pane): void {
  latestDrawing[pane]++;
  for (const box of container.querySelectorAll<HTMLElement>(`figure.chart .pane.${pane}`)) {
    const name = box.closest<HTMLElement>("figure.chart")?.dataset.chart ?? "";
    views.get(key(pane, name))?.finalize();
    views.delete(key(pane, name));
    box.querySelector(".view")?.replaceChildren();
    delete box.dataset.rendered;
  }
}

/**
 * Draws every chart of `summary` into its figure's `pane`, replacing that pane's previous drawing.
 * A figure no longer in the `now` result is removed. Each pane carries, once drawn,
 * `data-rendered="true"` (or `"error"`); the figure carries it too for its `now` pane.
 * @param label the pane's heading (what was run).
 * @param onlyMissing draw only into panes not drawn yet (a chart the current result added beside a pinned one).
 * @returns the chart names drawn, in order.
 */
export async function drawCharts(container: HTMLElement, summary: Summary, text: Record<string, { title?: string; caption?: string }> = {}, pane: Pane = "now", label = "", onlyMissing = false): Promise<string[]> {
  const drawing = ++latestDrawing[pane];
  // Sized by the pane's width in the page as laid out now: every pane of a column is as wide.
  const sample = container.querySelector<HTMLElement>(`figure.chart .pane.${pane}`);
  const size = explorerChartSize(sample?.clientWidth || container.clientWidth || 720);
  const charts = summaryCharts(summary, { size, text });
  const names = charts.map((c) => c.name);
  if (pane === "now") {
    for (const figure of [...container.querySelectorAll<HTMLElement>("figure.chart")]) {
      const name = figure.dataset.chart ?? "";
      if (names.includes(name)) continue;
      for (const p of ["now", "before"] as const) {
        views.get(key(p, name))?.finalize();
        views.delete(key(p, name));
      }
      figure.remove();
    }
  }
  await Promise.all(
    charts.map(async ({ name, spec }, i) => {
      // The pinned result draws only the charts the current one has: the two are compared side by side.
      if (pane === "before" && container.querySelector(`figure.chart[data-chart="${name}"]`) === null) return;
      const figure = figureFor(container, name, i);
      const box = figure.querySelector(`.pane.${pane}`) as HTMLElement;
      if (onlyMissing && box.dataset.rendered !== undefined) return;
      (box.querySelector(".pane-label") as HTMLElement).textContent = label;
      const target = box.querySelector(".view") as HTMLElement;
      const fresh = document.createElement("div");
      fresh.className = "view";
      try {
        const view = new vega.View(vega.parse(vegaLite.compile(uncutTitle(spec)).spec), { renderer: "svg", container: fresh, hover: true });
        await view.runAsync();
        if (drawing !== latestDrawing[pane]) {
          view.finalize();
          return;
        }
        views.get(key(pane, name))?.finalize();
        views.set(key(pane, name), view);
        fitToWidth(fresh);
        // Swap only once drawn, so the old chart stays on screen until the new one is ready.
        target.replaceWith(fresh);
        box.dataset.rendered = "true";
        if (pane === "now") figure.dataset.rendered = "true";
      } catch (error) {
        box.dataset.rendered = "error";
        if (pane === "now") figure.dataset.rendered = "error";
        fresh.textContent = `This chart could not be drawn: ${String(error)}`;
        target.replaceWith(fresh);
        console.error(`chart ${name}: ${String(error)}`);
      }
    }),
  );
  return names;
}
