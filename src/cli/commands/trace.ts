/**
 * `velocity trace <scenario>`: the event log of one replication, as aligned text for a terminal
 * or as JSON for machines.
 */
import { Command, InvalidArgumentError } from "commander";
import type { CompanyRun, TraceEvent } from "../../model/index.ts";
import { packageVersion } from "../version.ts";

const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/** `w3 Tue 14:05`: hours since Monday 00:00 of week 0 as week, weekday and clock time. */
export function formatSimTime(hours: number): string {
  const week = Math.floor(hours / 168);
  const inWeek = hours - week * 168;
  const day = Math.floor(inWeek / 24);
  const minutes = Math.floor((inWeek - day * 24) * 60 + 1e-6);
  const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
  const mm = String(minutes % 60).padStart(2, "0");
  return `w${week} ${DAY_NAMES[day]} ${hh}:${mm}`;
}

/** One aligned line per event: time, company, event, release/task, details. */
export function formatTraceLines(events: readonly TraceEvent[]): string[] {
  const companyWidth = Math.max(7, ...events.map((e) => e.company.length));
  return events.map((e) => {
    const where = e.release === 0 ? "" : e.task === undefined ? `v${e.release}` : `v${e.release} #${e.task}`;
    return `${formatSimTime(e.time).padEnd(13)} ${e.company.padEnd(companyWidth)} ${e.event.padEnd(12)} ${where.padEnd(9)} ${e.detail}`.trimEnd();
  });
}

function weeks(hours: number | null): string {
  return hours === null ? "—" : `week ${(hours / 168).toFixed(1)}`;
}

/** One line per company: v1, takeoff, target, releases and token spend. */
function outcomeLine(c: CompanyRun): string {
  const takeoff = c.takeoff === null ? "no takeoff" : `takeoff ${weeks(c.takeoff)} (v${c.takeoffRelease})`;
  return `${c.name}: v1 ${weeks(c.v1)}, ${takeoff}, target ${weeks(c.target)}, ${c.releases.length} releases, tokens $${Math.round(c.tokenSpend).toLocaleString("en-US")}`;
}

function parseRun(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError(`expected a whole number >= 0, got ${JSON.stringify(value)}`);
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The `trace` command. Bad scenarios surface as the scenario layer's one-line `ScenarioError`. */
export function traceCommand(): Command {
  return new Command("trace")
    .description("print the event log of one replication (time, company, event, details)")
    // Throw instead of exiting, so main.ts maps usage errors (a bad --run) to exit code 2.
    .exitOverride()
    .argument("<scenario>", "scenario YAML file")
    .option("--run <R>", "replication to trace (0-based)", parseRun, 0)
    .option("--no-tasks", "leave out task events (taskStart, taskRejected, taskAccepted)")
    .option("--json", "print JSON (scenario, seed, run, trace, companies) instead of text")
    .option("--set <path=value>", "override one scenario value (repeatable)", collect, [] as string[])
    .option("--chart <file>", "draw the run as a timeline chart (.png, .svg, or .json for the Vega-Lite spec) instead of printing the log")
    .action(async (file: string, options: { run: number; json?: boolean; tasks: boolean; set: string[]; chart?: string }) => {
      // Loaded when the command runs, not when the program is built (every command's start-up).
      const { traceRun } = await import("../../run/without-charts.ts");
      const { scenario, result } = traceRun(file, { run: options.run, set: options.set });
      const events = (result.trace ?? []).filter((e) => options.tasks || e.task === undefined);
      if (options.chart !== undefined) {
        // Loaded on use: the chart renderer (vega, resvg) is heavy and the plain trace does not need it.
        const { writeTimelineChart } = await import("../../run/index.ts");
        const context = { scenario: scenario.name, companies: scenario.companies.map((c) => c.name), horizonHours: scenario.horizon, seed: scenario.seed, run: options.run, version: packageVersion };
        await writeTimelineChart(options.chart, result.trace ?? [], context);
        if (!options.json) {
          // The chart is what was asked for: one line saying where it is, and the run's outcome, not the whole log.
          process.stdout.write(`wrote ${options.chart} (${events.length} events)\n${result.companies.map(outcomeLine).join("\n")}\n`);
          return;
        }
      }
      if (options.json) {
        const doc = { scenario: scenario.name, seed: scenario.seed, run: options.run, trace: events, companies: result.companies };
        process.stdout.write(`${JSON.stringify(doc, null, 2)}\n`);
        return;
      }
      const header = `# ${scenario.name}: run ${options.run}, seed ${scenario.seed}, horizon ${weeks(scenario.horizon)} — ${events.length} events`;
      const lines = [header, ...formatTraceLines(events), "", ...result.companies.map(outcomeLine)];
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}
