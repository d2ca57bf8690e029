/**
 * The size the explorer draws a chart at. The deck theme sets type for a 1280-px slide (labels 18
 * px, titles 30 px, never smaller: src/charts/theme.ts); drawn at 1280 and shrunk by CSS into the
 * page's ~720-px results column, labels read at 10 px. So a chart is drawn at the width it is shown
 * at, and is shrunk only below {@link MIN_DRAW_WIDTH}, where a 16:9 chart with the deck's type
 * has no room left for its plot.
 */
import type { DeckSize } from "../charts/theme.ts";
import { DEFAULT_SIZE } from "../charts/theme.ts";

/** The smallest width a chart is drawn at, px: below it, the chart is drawn at this and shrunk. */
export const MIN_DRAW_WIDTH = 560;
/** The smallest height (the CLI's --size floor). */
const MIN_DRAW_HEIGHT = 320;

/**
 * The smallest text on screen the explorer allows, px: the deck's 18-px labels shrunk no further
 * than two thirds (a common floor for body text on screen is 12 px).
 */
export const MIN_SHOWN_FONT_PX = 12;

/** The size to draw a chart at for a pane `paneWidth` px wide (16:9, at most the deck's 1280×720). */
export function explorerChartSize(paneWidth: number): DeckSize {
  const width = Math.round(Math.min(DEFAULT_SIZE.width, Math.max(MIN_DRAW_WIDTH, Number.isFinite(paneWidth) ? paneWidth : DEFAULT_SIZE.width)));
  return { width, height: Math.max(MIN_DRAW_HEIGHT, Math.round((width * 9) / 16)) };
}
