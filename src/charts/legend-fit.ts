/**
 * A legend that fits: the deck's legends sit above the plot in one row, and a sweep's point labels
 * ("B.tokensPerSecond=1000", six of them) ran past the chart's right edge, cut off in the PNG. A row
 * that would not fit is wrapped into as many columns as fit the plot's width instead.
 */
import { deckTextWidth } from "./deck-font.ts";
import { DEFAULT_SIZE, TYPE, type DeckSize } from "./theme.ts";

/** Vega's legend defaults the deck keeps: gap between columns and between symbol and label, px. */
const COLUMN_PADDING = 10;
const LABEL_OFFSET = 4;
/** The deck's legend symbol area at scale 1 (theme.ts), px². */
const SYMBOL_AREA = 240;
/**
 * Room the y axis (its labels and title) takes left of the plot, px at scale 1: the legend is laid
 * out over the plot, which is that much narrower than the chart. A guess on the safe side (about 70
 * px for a percent axis, up to 120 for dollars); the test measures the drawn legend against the plot.
 */
const AXIS_ROOM = 140;

/**
 * The legend properties for `labels` on a chart of `size` drawn at deck `scale`: nothing when they
 * fit in one row, else `{ columns }`, the most columns whose widest entries fit the plot's width.
 */
export function legendFit(labels: readonly string[], size: DeckSize = DEFAULT_SIZE, scale = 1, padding = 24 * scale): { columns?: number } {
  const fontSize = TYPE.label * scale;
  const symbol = Math.sqrt(SYMBOL_AREA) * scale;
  const entries = labels.map((l) => symbol + LABEL_OFFSET + deckTextWidth(l, fontSize) + COLUMN_PADDING).sort((a, b) => b - a);
  const room = size.width - 2 * padding - AXIS_ROOM * scale;
  const row = entries.reduce((n, w) => n + w, 0);
  if (row <= room) return {};
  let columns = 1;
  // The widest entries, side by side, must fit (vega sizes each column by its widest entry).
  while (columns < entries.length && entries.slice(0, columns + 1).reduce((n, w) => n + w, 0) <= room) columns++;
  return { columns };
}
