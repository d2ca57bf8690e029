/** Writes one chart as `<name>.vl.json`, `<name>.svg` and `<name>.png`, each atomically. */
import { join } from "node:path";
import type { TopLevelSpec } from "vega-lite";
import { renderPng, renderSvg } from "../charts/index.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { ReportError, badChartFileMessage } from "./report-errors.ts";

/** The three files of a chart. */
export const CHART_EXTENSIONS = [".vl.json", ".svg", ".png"] as const;

/**
 * Renders `spec` and writes its spec, SVG and 2× PNG into `dir` under `name`.
 * @throws Error when the spec is invalid or a file cannot be written.
 */
export async function writeChartFiles(dir: string, name: string, spec: TopLevelSpec): Promise<void> {
  const svg = await renderSvg(spec);
  writeFileAtomic(join(dir, `${name}.vl.json`), `${JSON.stringify(spec, null, 2)}\n`);
  writeFileAtomic(join(dir, `${name}.svg`), svg);
  writeFileAtomic(join(dir, `${name}.png`), renderPng(svg));
}

/**
 * Writes a single chart to `file`, the format chosen by its extension: `.svg`, `.png` (2×) or
 * `.json` (the Vega-Lite spec). Used by `velocity trace --chart`.
 * @throws ReportError (user-facing) when the extension is none of those.
 */
export async function writeChartFile(file: string, spec: TopLevelSpec): Promise<void> {
  const lower = file.toLowerCase();
  if (lower.endsWith(".json")) return writeFileAtomic(file, `${JSON.stringify(spec, null, 2)}\n`);
  if (!lower.endsWith(".svg") && !lower.endsWith(".png")) throw new ReportError(badChartFileMessage(file));
  const svg = await renderSvg(spec);
  writeFileAtomic(file, lower.endsWith(".svg") ? svg : renderPng(svg));
}
