/**
 * The results side of the page: the headline table and every chart `summaryCharts` builds for the
 * summary (the same list, titles and theme as report.html — paired difference, levers, reached-target
 * curve, … — so a chart added to src/charts shows up here by itself). Charts are compiled by the inlined vega-lite and drawn as SVG by vega.
 */
import type { TopLevelSpec } from "vega-lite";
import { summaryCharts } from "../../charts/all-charts.ts";
import { decisionTable } from "../../report/decision-text.ts";
import { briefCompanyTable, comparisonsTable } from "../../report/summary-tables.ts";
import { headlineVerdicts, valueOfInformationTable, verdictTable } from "../../report/verdict-text.ts";
import { renderHtml } from "../../report/table-model.ts";
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

/**
 * The headline numbers of the shown sweep point: the per-company table and the paired comparisons
 * the terminal prints, then the verdict (its sentences, its table, what is worth checking first and,
 * on a one-axis sweep, the best option), from the same table model (src/report/), so the page says
 * every number, interval label and sign (negative = sooner) as the terminal, summary.md and
 * report.html do.
 */
export function headlineTable(summary: Summary): HTMLElement {
  const point = summary.points[summary.points.length - 1];
  const box = document.createElement("div");
  const tables = [briefCompanyTable(summary, point), comparisonsTable(summary, point)];
  // renderHtml escapes every text it writes.
  box.innerHTML = tables.map((t) => (t === null ? "" : renderHtml(t))).join("\n");
  const [companies, paired] = box.querySelectorAll("table");
  companies?.classList.add("headline");
  paired?.classList.add("paired");
  const verdict = document.createElement("div");
  verdict.className = "verdict";
  // Sentences as text nodes (never parsed as HTML), then the tables the report shows beside them.
  for (const sentence of headlineVerdicts(summary)) verdict.append(Object.assign(document.createElement("p"), { textContent: sentence }));
  verdict.insertAdjacentHTML("beforeend", [decisionTable(summary), verdictTable(summary, point), valueOfInformationTable(summary, point)].map((t) => (t === null ? "" : renderHtml(t))).join("\n"));
  box.append(verdict);
  return box;
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
