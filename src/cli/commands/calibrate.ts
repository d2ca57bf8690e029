/**
 * `velocity calibrate PATH…`: what recorded coding-agent sessions show (calls, tokens, prompts,
 * wall time split into model, tools and the rest), and with `--out` a scenario overlay fitted to
 * them. Numbers and file names only: no text from a log is ever printed or written.
 */
import { Command } from "commander";
import { fileURLToPath } from "node:url";
import { packageVersion } from "../version.ts";

/** The bundled grounded scenario: the default base of a calibrated overlay. */
const BUNDLED_GROUNDED = fileURLToPath(new URL("../../../scenarios/grounded.yaml", import.meta.url));

/** The `calibrate` command. */
export function calibrateCommand(): Command {
  return new Command("calibrate")
    .description("read Claude Code session logs (or the plain turns format) and print calls, tokens, prompts and where the wall time went; --out writes a fitted scenario overlay")
    .exitOverride()
    .argument("<paths...>", "session files or folders (read recursively; a session's subagents/ go with it)")
    .option("--json", "print one JSON object: { sessions: [...], total: {...} } (fields in docs/outputs.md)")
    .option("--out <file>", "write a scenario overlay with one company's task fitted to the sessions")
    .option("--base <scenario>", "the scenario the overlay extends (default: the bundled scenarios/grounded.yaml)")
    .option("--company <name>", "the company the overlay calibrates (default: the base's first)")
    .action(async (paths: string[], options: { json?: boolean; out?: string; base?: string; company?: string }) => {
      const { runCalibrate } = await import("../../run/without-charts.ts");
      const { calibrateText, sessionJson } = await import("../../report/calibrate-text.ts");
      const { overlaySummary } = await import("../../report/calibrated-overlay.ts");
      const result = runCalibrate({ paths, out: options.out, base: options.base ?? BUNDLED_GROUNDED, company: options.company, version: packageVersion });
      if (options.json) {
        const doc = { sessions: result.sessions.map((s) => sessionJson(s.name, s.stats)), total: sessionJson("total", result.total), ...(result.overlay === null ? {} : { overlay: { file: result.overlay.file, company: result.overlay.company, values: result.overlay.values } }) };
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
        return;
      }
      const width = process.stdout.columns ?? 100;
      process.stdout.write(calibrateText(result.sessions, result.total, Math.min(width, 100)));
      if (result.overlay !== null) process.stdout.write(`\n${overlaySummary(result.overlay.file, result.overlay.company, result.overlay.values)}`);
    });
}
