/** Writes a rendered chart's files (`<name>.vl.json`, `.svg`, `.png`), each atomically: bytes it is handed. */
import { join } from "node:path";
import { writeFileAtomic } from "./atomic-write.ts";
import { ReportError, badChartFileMessage } from "./report-errors.ts";

/** The three files of a chart. */
export const CHART_EXTENSIONS = [".vl.json", ".svg", ".png"] as const;

/** One chart as its three files hold it: the Vega-Lite spec's JSON text, the SVG and the 2× PNG. */
export interface ChartFiles {
  specJson: string;
  svg: string;
  png: Uint8Array;
}

/**
 * Writes `<name>.vl.json`, `<name>.svg` and `<name>.png` into `dir`.
 * @throws Error when a file cannot be written (each is written atomically, so none is half-written).
 */
export function writeChartFiles(dir: string, name: string, files: ChartFiles): void {
  writeFileAtomic(join(dir, `${name}.vl.json`), files.specJson);
  writeFileAtomic(join(dir, `${name}.svg`), files.svg);
  writeFileAtomic(join(dir, `${name}.png`), files.png);
}

/** The format a single chart file is written in, by its extension. */
export type ChartFileFormat = "json" | "svg" | "png";

/**
 * The format of a single chart file (`velocity trace --chart FILE`), from its extension:
 * `.json` (the Vega-Lite spec), `.svg` or `.png` (2×).
 * @throws ReportError (user-facing) when the extension is none of those.
 */
export function chartFileFormat(file: string): ChartFileFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".svg")) return "svg";
  if (lower.endsWith(".png")) return "png";
  throw new ReportError(badChartFileMessage(file));
}
