/**
 * `velocity replay PATH… --tokens-per-second N | --model ID`: recorded sessions re-timed with
 * their model calls on another offering (tools and person time as recorded): hours saved and the
 * token bill. The answer with the fewest assumptions; it prints what it cannot know.
 */
import { Command, InvalidArgumentError } from "commander";
import { packageVersion } from "../version.ts";

function parseSpeed(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected output tokens per second > 0, got ${JSON.stringify(value)}`);
  return n;
}

/** The `replay` command. */
export function replayCommand(): Command {
  return new Command("replay")
    .description("re-time recorded sessions with model calls on another offering (tools and person time as recorded): hours saved and the token bill")
    .exitOverride()
    .argument("<paths...>", "session files or folders (read recursively; a session's subagents/ go with it)")
    .option("--tokens-per-second <N>", "decode at N output tokens/s (the recorded model's catalogue entry otherwise)", parseSpeed)
    .option("--model <id>", "an offering of scenarios/models.yaml (opus-4.6-fast, gpt-5.3-codex-spark, …)")
    .option("--recorded-model <id>", "take every recorded call as this offering (default: the catalogue entry of the model each reply names)")
    .option("--json", "print one JSON object: { offering, recordedAs, sessions: [...], total, limits } (fields in docs/outputs.md)")
    .option("--chart <file>", "draw hours saved per session (.png, .svg, or .json for the Vega-Lite spec)")
    .action(async (paths: string[], options: { tokensPerSecond?: number; model?: string; recordedModel?: string; json?: boolean; chart?: string }) => {
      const { runReplay, REPLAY_LIMITS } = await import("../../run/without-charts.ts");
      const { replayText } = await import("../../report/replay-text.ts");
      const result = runReplay({ paths, tokensPerSecond: options.tokensPerSecond, model: options.model, recordedModel: options.recordedModel });
      if (options.chart !== undefined) {
        const { writeReplayChart } = await import("../../run/index.ts");
        await writeReplayChart(options.chart, result, packageVersion);
      }
      if (options.json) {
        const doc = {
          offering: result.offering,
          recordedAs: result.recordedAs,
          sessions: result.sessions.map(({ name, ...s }) => ({ ...s, file: name })),
          total: result.total,
          limits: REPLAY_LIMITS,
        };
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
        return;
      }
      const width = Math.min(process.stdout.columns ?? 100, 100);
      process.stdout.write(replayText(result.sessions, result.total, result.offering, result.recordedAs, REPLAY_LIMITS, width));
      if (options.chart !== undefined) process.stdout.write(`\nwrote ${options.chart}\n`);
    });
}
