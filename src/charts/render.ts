/** The one renderer: Vega-Lite spec → Vega → SVG (vega's headless renderer) → PNG (resvg). */
import { Resvg } from "@resvg/resvg-js";
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

/**
 * Rasterises an SVG to PNG at `scale`× (2 by default, sharp on projectors and retina screens).
 * System fonts are loaded so text renders; DejaVu Sans stands in for any missing family.
 */
export function renderPng(svg: string, scale = 2): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: { loadSystemFonts: true, defaultFontFamily: DECK_FONT },
  });
  return resvg.render().asPng();
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
  const svg = await renderSvg(spec);
  return { specJson: `${JSON.stringify(spec, null, 2)}\n`, svg, png: renderPng(svg) };
}
