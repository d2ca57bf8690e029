/**
 * The deck theme: 16:9 sizes, type readable from the back of a room, one fixed colour per company.
 * Every chart builder frames its spec with {@link deckFrame} so all charts look alike.
 */
import type { Config } from "vega-lite";
import { deckTextWidth } from "./deck-font.ts";
import { ChartOptionError, badSizeMessage } from "./errors.ts";

/** A chart's outer size in CSS pixels (the PNG is rendered at twice this). */
export interface DeckSize {
  width: number;
  height: number;
}

/** 16:9, the default slide shape. */
export const DEFAULT_SIZE: Readonly<DeckSize> = { width: 1280, height: 720 };

const MIN_SIDE = 320;
const MAX_SIDE = 8000;

/**
 * Parses `WxH` (e.g. `1920x1080`) into a size.
 * @throws ChartOptionError (user-facing) when the text is not two whole numbers within 320..8000.
 */
export function parseSize(text: string): DeckSize {
  const match = /^\s*(\d+)\s*[x×]\s*(\d+)\s*$/i.exec(text);
  const width = match ? Number(match[1]) : NaN;
  const height = match ? Number(match[2]) : NaN;
  const ok = (n: number) => Number.isInteger(n) && n >= MIN_SIDE && n <= MAX_SIDE;
  if (!ok(width) || !ok(height)) throw new ChartOptionError(badSizeMessage(text, MIN_SIDE, MAX_SIDE));
  return { width, height };
}

/**
 * Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. Company i always
 * gets colour i (mod the palette), so a company keeps its colour in every chart and every report.
 */
export const COMPANY_PALETTE: readonly string[] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000", "#F0E442"];

/** The colour of the company at `index` in scenario order. */
export function companyColor(index: number): string {
  return COMPANY_PALETTE[index % COMPANY_PALETTE.length];
}

/** A fixed ordinal colour scale for the companies, in scenario order. */
export function companyScale(companies: readonly string[]): { domain: string[]; range: string[] } {
  return { domain: [...companies], range: companies.map((_, i) => companyColor(i)) };
}

/** The deck font: DejaVu Sans is on every Debian machine, so SVG, PNG and browser agree. */
export const DECK_FONT = "DejaVu Sans";

/**
 * The font-family the charts ask for: DejaVu Sans, then Verdana (the same wide, open design, on
 * Windows and macOS) for an SVG dropped into a slide tool where DejaVu is not installed.
 */
export const DECK_FONT_STACK = `"${DECK_FONT}", Verdana, sans-serif`;

/** Sizes in px; titles ≥ 28 and labels ≥ 18 so they read from the back of a room. */
export const TYPE = { title: 30, subtitle: 18, axisTitle: 20, label: 18, mark: 18 } as const;

/**
 * How much bigger than 1280×720 a chart is: type, lines and symbols grow with it, so a 1920×1080
 * slide reads like the default one. Never below 1: smaller or other-shaped charts keep the
 * minimum sizes (titles 30 px, labels 18 px).
 */
export function deckScale(size: DeckSize): number {
  return Math.max(1, Math.min(size.width / DEFAULT_SIZE.width, size.height / DEFAULT_SIZE.height));
}

/** The vega-lite config shared by every chart, for a chart `scale` times the default size (see {@link deckScale}). */
export function deckConfig(scale = 1): Config {
  const px = (n: number) => n * scale;
  // Symbol sizes are areas.
  const area = (n: number) => n * scale * scale;
  return {
    font: DECK_FONT_STACK,
    background: "white",
    view: { stroke: null },
    title: { fontSize: px(TYPE.title), subtitleFontSize: px(TYPE.subtitle), subtitleColor: "#555", anchor: "start", offset: px(16), subtitlePadding: px(8) },
    axis: {
      labelFontSize: px(TYPE.label),
      titleFontSize: px(TYPE.axisTitle),
      titleFontWeight: "normal",
      titlePadding: px(12),
      labelPadding: px(2),
      tickSize: px(5),
      labelLimit: px(480),
      gridColor: "#e4e4e4",
      domainColor: "#888",
      tickColor: "#888",
    },
    legend: {
      labelFontSize: px(TYPE.label),
      titleFontSize: px(TYPE.label),
      symbolOpacity: 1,
      labelLimit: px(480),
      titleFontWeight: "normal",
      symbolSize: area(240),
      // The heatmap's colour bar: long enough to read weeks off it from a distance.
      gradientLength: px(360),
      gradientThickness: px(20),
      orient: "top",
      direction: "horizontal",
    },
    header: { labelFontSize: px(TYPE.label), titleFontSize: px(TYPE.axisTitle) },
    text: { fontSize: px(TYPE.mark) },
    line: { strokeWidth: px(4) },
    point: { size: area(160), filled: true },
  };
}

/** What every chart shows besides its data: the size and the caption lines. */
export interface ChartFrame {
  size: DeckSize;
  /** Subtitle lines: the scenario, runs, seed and version, and what the chart is of. */
  caption: string[];
}

/**
 * The top-level properties every chart shares: schema, fit-to-size layout, theme and title with
 * the caption as subtitle. Spread it into a single or layered view (concatenations cannot "fit").
 */
export function deckFrame(frame: ChartFrame, title: string) {
  const scale = deckScale(frame.size);
  const padding = 24 * scale;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: frame.size.width,
    height: frame.size.height,
    autosize: { type: "fit" as const, contains: "padding" as const },
    padding,
    config: deckConfig(scale),
    title: {
      text: title,
      subtitle: wrapLines(frame.caption, frame.size.width - 2 * padding, TYPE.subtitle * scale),
      ...titleFit(title, frame.size.width - 2 * padding, TYPE.title * scale),
    },
  };
}

/**
 * Caption lines broken at spaces so that none is wider than `room` px at `fontSize` (a long list
 * such as "no detectable effect: …" would run off the slide, and the fit layout would narrow the
 * plot to make room for it). A single word wider than the room stays on a line of its own.
 * @param bold measure with the bold face (a title).
 */
export function wrapLines(lines: readonly string[], room: number, fontSize: number, bold = false): string[] {
  const out: string[] = [];
  for (const line of lines) {
    let current = "";
    for (const word of line.split(" ")) {
      const next = current === "" ? word : `${current} ${word}`;
      if (current !== "" && deckTextWidth(next, fontSize, bold) > room) {
        out.push(current);
        current = word;
      } else {
        current = next;
      }
    }
    out.push(current);
  }
  return out;
}

/** The smallest a long title is set, against the deck's title size: still a headline on a slide. */
const MIN_TITLE_SHRINK = 0.6;

/**
 * A title that states a finding can be longer than the chart is wide, and vega lets it run off the
 * edge (cut off in the PNG). Such a title is set smaller, small enough to fit `room` px with 1% to
 * spare, but not below {@link MIN_TITLE_SHRINK} of `fontSize`; a title too long even then is cut
 * with an ellipsis at the edge. Nothing for a title that fits.
 */
export function titleFit(title: string, room: number, fontSize: number): { fontSize?: number; limit?: number } {
  const width = deckTextWidth(title, fontSize, true);
  if (width <= room) return {};
  const fitting = (0.99 * fontSize * room) / width;
  return fitting >= MIN_TITLE_SHRINK * fontSize ? { fontSize: fitting } : { fontSize: MIN_TITLE_SHRINK * fontSize, limit: room };
}
