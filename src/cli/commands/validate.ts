/**
 * `velocity validate <file...>`: loads each scenario as `run` would (or a catalogue of offerings,
 * such as scenarios/models.yaml) and prints `ok: file (…)` or every error of the file, one line
 * each. Exit 0 when all are valid, 2 otherwise.
 */
import { Command } from "commander";
import type { Scenario } from "../../scenario/index.ts";

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** `2 companies, horizon 52 weeks, 5000 runs` (and the sweep size, `points`, when there is one). */
export function scenarioFacts(s: Scenario, points: number): string {
  const weeks = Number((s.horizon / 168).toFixed(1));
  const parts = [`${s.companies.length} ${s.companies.length === 1 ? "company" : "companies"}`, `horizon ${weeks} weeks`, `${s.runs} runs`];
  if (s.sweep.length > 0 || (s.sweepPoints?.length ?? 0) > 0) parts.push(`${points} sweep points`);
  return parts.join(", ");
}

/** The `validate` command. Only user-fixable errors are reported per file; anything else is a bug and propagates. */
export function validateCommand(): Command {
  return new Command("validate")
    .description("check scenario files: units, distributions, extends, sweep paths (exit 0 when all are valid, 2 otherwise)")
    .argument("<file...>", "scenario YAML files")
    .option("--set <path=value>", "override one scenario value, e.g. companies[B].agent.tokensPerSecond=2000 (repeatable)", collect)
    .action(async (files: string[], options: { set?: string[] }) => {
      // Loaded when the command runs, not when the program is built (every command's start-up).
      const { expandSweep, loadCatalogue, loadScenario, scenarioErrors } = await import("../../scenario/index.ts");
      let failed = false;
      for (const file of files) {
        try {
          // A catalogue (models.yaml) is valid on its own: scenarios extend it.
          const catalogue = (options.set ?? []).length === 0 ? loadCatalogue(file) : null;
          if (catalogue !== null) {
            process.stdout.write(`ok: ${file} (catalogue of ${Object.keys(catalogue).length} offerings)\n`);
            continue;
          }
          const scenario = loadScenario(file, { set: options.set ?? [] });
          process.stdout.write(`ok: ${file} (${scenarioFacts(scenario, expandSweep(scenario).length)})\n`);
        } catch (error) {
          if ((error as { userFacing?: boolean }).userFacing !== true) throw error;
          // Every problem of the file, one line each, so one edit fixes them all.
          const all = scenarioErrors(file, { set: options.set ?? [] }).map((e) => e.message);
          const lines = all.includes((error as Error).message) ? all : [(error as Error).message, ...all];
          process.stderr.write(`${lines.join("\n")}\n`);
          failed = true;
        }
      }
      if (failed) process.exitCode = 2;
    });
}
