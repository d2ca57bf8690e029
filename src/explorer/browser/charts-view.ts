/**
 * The results side of the page: the headline table and every chart `summaryCharts` builds for the
 * summary (the same list, titles and theme as report.html — paired difference, levers, reached-target
 * curve, … — so a chart added to src/charts shows up here by itself). Charts are compiled by the inlined vega-lite and drawn as SVG by vega.
 */
import type { TopLevelSpec } from "vega-lite";
import { summaryCharts } from "../../charts/all-charts.ts";
import { formatUsdShort, formatWeeks } from "../../charts/labels.ts";
import { DEFAULT_SIZE } from "../../charts/theme.ts";
import type { Summary } from "../../montecarlo/portable.ts";

/** The two globals the inlined UMD builds define, as far as the page uses them. */
interface VegaView {
  runAsync(): Promise<unknown>;
  finalize(): void;
}
declare const vega: { View: new (runtime: unknown, options: Record<string, unknown>) => VegaView; parse(spec: unknown): unknown };
declare const vegaLite: { compile(spec: TopLevelSpec): { spec: unknown } };

/** Size the page draws charts at: the deck's own (titles are fitted to it), scaled to the column by CSS. */
const CHART_SIZE = DEFAULT_SIZE;

const views = new Map<string, VegaView>();
/** Number of the latest drawing started: an older one that finishes later must not replace it. */
let latestDrawing = 0;

/** Gives the drawn SVG a viewBox so CSS can scale it to the column's width (vega sets a fixed size only). */
function fitToWidth(view: HTMLElement): void {
  const svg = view.querySelector("svg");
  const width = Number(svg?.getAttribute("width"));
  const height = Number(svg?.getAttribute("height"));
  if (svg && width > 0 && height > 0 && !svg.hasAttribute("viewBox")) svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
}

const percent = (x: number): string => `${(x * 100).toFixed(0)}%`;
/** `+5.2`, `−1.0`, `—`: a lead in weeks (the rival's weeks to target minus this company's, per run). */
const signedWeeks = (weeks: number | null): string => (weeks === null ? "—" : `${weeks < 0 ? "−" : "+"}${Math.abs(weeks).toFixed(1)}`);

/** The headline numbers per company of the shown sweep point. */
export function headlineTable(summary: Summary): HTMLTableElement {
  const point = summary.points[summary.points.length - 1];
  const table = document.createElement("table");
  table.className = "headline";
  const target = formatUsdShort(summary.targetUsd);
  const head = ["Company", `Reaches ${target} by week ${summary.horizonWeeks}`, `Median weeks to ${target} (p10–p90)`, `First to ${target}`, "Lead over rival, weeks (paired runs)", "Weeks to v1 (median)"];
  table.createTHead().insertRow().append(...head.map((text) => Object.assign(document.createElement("th"), { textContent: text })));
  const body = table.createTBody();
  for (const c of point.companies) {
    const row = body.insertRow();
    const cells = [
      c.name,
      `${percent(c.reachedTarget.share)} (${percent(c.reachedTarget.low)}–${percent(c.reachedTarget.high)})`,
      `${formatWeeks(c.weeksToTarget.p50)} (${formatWeeks(c.weeksToTarget.p10)}–${formatWeeks(c.weeksToTarget.p90)})`,
      percent(c.firstToTarget.share),
      c.leads.map((lead) => `vs ${lead.rival}: ${signedWeeks(lead.p50)} (${signedWeeks(lead.p10)} to ${signedWeeks(lead.p90)})`).join("; ") || "—",
      formatWeeks(c.weeksToV1.p50),
    ];
    for (const text of cells) row.insertCell().textContent = text;
  }
  return table;
}

/**
 * Draws every chart of `summary` into `container`, replacing the previous drawing of each. Each
 * figure carries `data-chart` and, once drawn, `data-rendered="true"` (or `"error"`).
 * @returns the chart names drawn, in order.
 */
export async function drawCharts(container: HTMLElement, summary: Summary, text: Record<string, { title?: string; caption?: string }> = {}): Promise<string[]> {
  const drawing = ++latestDrawing;
  const charts = summaryCharts(summary, { size: CHART_SIZE, text });
  const names = charts.map((c) => c.name);
  for (const figure of [...container.querySelectorAll<HTMLElement>("figure.chart")]) {
    if (!names.includes(figure.dataset.chart ?? "")) {
      views.get(figure.dataset.chart ?? "")?.finalize();
      views.delete(figure.dataset.chart ?? "");
      figure.remove();
    }
  }
  await Promise.all(
    charts.map(async ({ name, spec }, i) => {
      let figure = container.querySelector<HTMLElement>(`figure.chart[data-chart="${name}"]`);
      if (figure === null) {
        figure = document.createElement("figure");
        figure.className = "chart";
        figure.dataset.chart = name;
        figure.append(Object.assign(document.createElement("div"), { className: "view" }));
      }
      // Keep the order of `summaryCharts` when a chart appears or disappears.
      if (container.children[i] !== figure) container.insertBefore(figure, container.children[i] ?? null);
      const target = figure.querySelector(".view") as HTMLElement;
      const fresh = document.createElement("div");
      fresh.className = "view";
      try {
        const view = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "svg", container: fresh, hover: true });
        await view.runAsync();
        if (drawing !== latestDrawing) {
          view.finalize();
          return;
        }
        views.get(name)?.finalize();
        views.set(name, view);
        fitToWidth(fresh);
        // Swap only once drawn, so the old chart stays on screen until the new one is ready.
        target.replaceWith(fresh);
        figure.dataset.rendered = "true";
      } catch (error) {
        figure.dataset.rendered = "error";
        fresh.textContent = `This chart could not be drawn: ${String(error)}`;
        target.replaceWith(fresh);
        console.error(`chart ${name}: ${String(error)}`);
      }
    }),
  );
  return names;
}
