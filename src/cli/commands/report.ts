/**
 * `velocity report <output-dir>`: rebuilds the charts and report.html of an output folder from its
 * saved summary.json and manifest.json, without re-running the simulation.
 */
import { join } from "node:path";
import { Command } from "commander";
import { chartWordsOf, chartWordsOption } from "../options.ts";

/** The `report` command. Missing results or a bad `--size` surface as one-line user-facing errors (exit 2). */
export function reportCommand(): Command {
  return new Command("report")
    .description("rebuild charts/ and report.html of an output folder from its saved results (no re-run)")
    .argument("<output-dir>", "folder written by velocity run (holds summary.json and manifest.json)")
    .option("--size <WxH>", "chart size in CSS pixels; PNGs are rendered at twice this", "1280x720")
    .option("--title <chart=text>", "a chart's title instead of the computed finding, e.g. levers='What would make us faster' (repeatable)", chartWordsOption)
    .option("--caption <chart=text>", "a chart's caption line instead of its own (repeatable)", chartWordsOption)
    .option("--company <name>", "company the sweep overlays follow (default: the last)")
    .action(async (dir: string, options: { size: string; title?: Record<string, string>; caption?: Record<string, string>; company?: string }) => {
      // Loaded on use: vega, vega-lite and resvg are heavy, and other commands do not need them.
      const { buildReport } = await import("../../report/index.ts");
      const charts = await buildReport(dir, { size: options.size, text: chartWordsOf(options.title, options.caption), company: options.company });
      process.stdout.write(`wrote ${charts.length} charts to ${join(dir, "charts")} and ${join(dir, "report.html")}\n`);
    });
}
