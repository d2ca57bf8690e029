/** `velocity schema`: prints the JSON Schema of scenario files (editors use it to complete and check). */
import { Command } from "commander";
import { scenarioJsonSchema } from "../../scenario/index.ts";

/** The `schema` command. */
export function schemaCommand(): Command {
  return new Command("schema")
    .description("print the JSON Schema of scenario files (scenarios/scenario.schema.json is this output)")
    .action(() => {
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
}
