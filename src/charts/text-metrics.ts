/**
 * Text widths for vega's headless layout. Without a canvas, vega guesses every character at 0.8 em,
 * which overstates DejaVu Sans text by about a third: "fit" layouts then shrink the plot to make
 * room for titles, captions and legends that are not that wide, leaving white space on the right.
 * Vega lets a caller replace `textMetrics.width` (vl-convert does the same); this one uses the
 * DejaVu Sans advance widths, read from the fonts' hmtx tables (`/usr/share/fonts/truetype/dejavu`).
 */
import * as vega from "vega";
import { deckTextWidth } from "./deck-font.ts";

export { deckTextWidth };

/** The fields of a vega text item that `textMetrics.width` reads. */
interface TextItem {
  fontSize?: number | string | null;
  fontWeight?: number | string | null;
  limit?: number | null;
}

function isBold(weight: TextItem["fontWeight"]): boolean {
  if (weight === "bold" || weight === "bolder") return true;
  return weight !== null && weight !== undefined && Number(weight) >= 600;
}

/** `textMetrics.width` replacement: vega's default of 11 px, and never wider than the item's limit. */
function measure(item: TextItem, text: unknown): number {
  const line = text === null || text === undefined ? "" : String(text).trim();
  const size = item.fontSize === null || item.fontSize === undefined ? 11 : Number(item.fontSize) || 0;
  const width = deckTextWidth(line, size, isBold(item.fontWeight));
  // Vega truncates text past its limit (with an ellipsis), so the drawn text is at most that wide.
  return item.limit !== null && item.limit !== undefined && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/**
 * Makes vega's headless layout measure text with DejaVu Sans widths (the deck font). Idempotent;
 * changes only this process's vega, which in Node has no canvas to measure text with anyway.
 */
export function useDeckTextMetrics(): void {
  // vega exports vega-scenegraph's textMetrics at run time; its typings do not declare it.
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
  metrics.width = measure;
}
