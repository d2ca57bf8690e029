/**
 * `velocity report <output-dir>`: rebuilds the charts and report.html of an output folder from its
 * saved summary.json and manifest.json, without re-running the simulation (in place, or into a
 * new folder with --out).
 */
import { join } from "node:path";
import { Command } from "commander";
import { chartWordsOf, chartWordsOption } from "../options.ts";
import { withProgress } from "../progress.ts";

/** The `report` command. Missing or damaged results or a bad `--size` surface as one-line user-facing errors (exit 2). */
export function reportCommand(): Command {
  return new Command("report")
    .description("rebuild charts/ and report.html of an output folder from its saved results (no re-run)")
    .argument("<output-dir>", "folder written by velocity run (holds summary.json and manifest.json)")
    .option("--size <WxH>", "chart size in CSS pixels; PNGs are rendered at twice this", "1280x720")
    .option("-o, --out <dir>", "write the rebuilt folder here (data files copied) instead of rebuilding <output-dir>")
    .option("--force", "replace a folder holding other results, or files velocity did not write in charts/ (the old one is kept as <out>.old)")
    .option("-q, --quiet", "print nothing but errors")
    .option("--title <chart=text>", "a chart's title instead of the computed finding, e.g. levers='What would make us faster' (repeatable)", chartWordsOption)
    .option("--caption <chart=text>", "a chart's caption line instead of its own (repeatable)", chartWordsOption)
    .option("--company <name>", "company the sweep overlays follow (default: the last)")
    .action(async (dir: string, options: { size: string; out?: string; force?: boolean; quiet?: boolean; title?: Record<string, string>; caption?: Record<string, string>; company?: string }) => {
      // Loaded on use: vega, vega-lite and resvg are heavy, and other commands do not need them.
      const { rebuildReport } = await import("../../run/index.ts");
      const { charts, outDir } = await withProgress("none", (_onProgress, signal) =>
        rebuildReport(dir, { size: options.size, out: options.out, force: options.force, signal, text: chartWordsOf(options.title, options.caption), company: options.company }),
      );
      if (!options.quiet) process.stdout.write(`wrote ${charts.length} charts to ${join(outDir, "charts")} and ${join(outDir, "report.html")}\n`);
    });
}
