/** `velocity schema`: prints the JSON Schema of scenario files (editors use it to complete and check). */
import { Command } from "commander";

/** The `schema` command. */
export function schemaCommand(): Command {
  return new Command("schema")
    .description("print the JSON Schema of scenario files (scenarios/scenario.schema.json is this output)")
    .action(async () => {
      const { scenarioJsonSchema } = await import("../../scenario/index.ts"); // loaded only when it runs
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
}
