/** The one renderer: Vega-Lite spec → Vega → SVG (vega's headless renderer) → PNG (resvg). */
import { Resvg, renderAsync, type ResvgRenderOptions } from "@resvg/resvg-js";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { useDeckTextMetrics } from "./text-metrics.ts";
import { DECK_FONT } from "./theme.ts";

/** A compiled chart: the Vega spec and any warnings vega-lite raised while compiling. */
export interface CompiledChart {
  vega: vega.Spec;
  warnings: string[];
}

/**
 * Compiles a Vega-Lite spec, collecting warnings instead of printing them (library code never
 * prints; tests assert there are none).
 * @throws Error when vega-lite reports an error (an invalid spec).
 */
export function compileChart(spec: TopLevelSpec): CompiledChart {
  const warnings: string[] = [];
  // vega-lite's LoggerInterface: level() both reads and sets, so it returns itself when setting.
  const logger = {
    level(_?: number) {
      return logger as never;
    },
    error(...args: readonly unknown[]) {
      throw new Error(`vega-lite: ${args.map(String).join(" ")}`);
    },
    warn(...args: readonly unknown[]) {
      warnings.push(args.map(String).join(" "));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return { vega: compile(spec, { logger }).spec, warnings };
}

/**
 * Renders a spec to a standalone SVG string with vega's headless renderer (no DOM, no canvas),
 * text measured as DejaVu Sans.
 * @throws Error for an invalid spec.
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // Lay text out at the deck font's real widths, as a browser would (see text-metrics.ts).
  useDeckTextMetrics();
  const view = new vega.View(vega.parse(compileChart(spec).vega), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** resvg's options for a PNG at `scale`×: white background, system fonts, DejaVu Sans for any missing family. */
function pngOptions(scale: number): ResvgRenderOptions {
  return { fitTo: { mode: "zoom", value: scale }, background: "white", font: { loadSystemFonts: true, defaultFontFamily: DECK_FONT } };
}

/**
 * Rasterises an SVG to PNG at `scale`× (2 by default, sharp on projectors and retina screens).
 * System fonts are loaded so text renders; DejaVu Sans stands in for any missing family.
 */
export function renderPng(svg: string, scale = 2): Buffer {
  return new Resvg(svg, pngOptions(scale)).render().asPng();
}

/** {@link renderPng} in resvg's thread pool (libuv's workers): the same bytes, off the main thread. */
export async function renderPngAsync(svg: string, scale = 2): Promise<Buffer> {
  return (await renderAsync(svg, pngOptions(scale))).asPng();
}

/** One chart in its three forms: the spec's JSON text (as `<name>.vl.json` holds it), SVG and 2× PNG. */
export interface RenderedChart {
  specJson: string;
  svg: string;
  png: Uint8Array;
}

/**
 * Renders `spec` to SVG and a 2× PNG, with its JSON text beside them.
 * @throws Error for an invalid spec.
 */
export async function renderChart(spec: TopLevelSpec): Promise<RenderedChart> {
  return (await renderCharts([spec]))[0];
}

/**
 * Renders every spec, in order, to SVG and PNG. Laying out an SVG is JavaScript on this thread;
 * rasterising it is Rust in resvg's thread pool, so each chart's PNG is drawn while the next
 * chart's SVG is laid out (rasterising was half of `velocity report`'s time, one chart after the
 * other). The bytes are those of {@link renderPng}.
 * @throws Error for an invalid spec or an SVG resvg cannot draw (after every started PNG settles).
 */
export async function renderCharts(specs: readonly TopLevelSpec[]): Promise<RenderedChart[]> {
  const started: { spec: TopLevelSpec; svg: string; png: Promise<Buffer> }[] = [];
  try {
    for (const spec of specs) {
      const svg = await renderSvg(spec);
      const png = renderPngAsync(svg);
      // Awaited below; a handler now so a PNG that fails while later SVGs are laid out is not
      // an unhandled rejection (which would end the process before the folder is cleaned up).
      png.catch(() => undefined);
      started.push({ spec, svg, png });
    }
  } finally {
    await Promise.allSettled(started.map((s) => s.png));
  }
  const rendered: RenderedChart[] = [];
  for (const { spec, svg, png } of started) rendered.push({ specJson: `${JSON.stringify(spec, null, 2)}\n`, svg, png: await png });
  return rendered;
}
