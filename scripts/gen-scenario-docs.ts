/**
 * Regenerates the two files made from the scenario schema's own declaration:
 * `scenarios/README.md` (the field reference) and `scenarios/scenario.schema.json` (the JSON Schema
 * editors use; the same text `velocity schema` prints). Run: `npx tsx scripts/gen-scenario-docs.ts`.
 * test/scenario/docs.test.ts and test/cli/schema.test.ts fail when either file is stale.
 */
import { renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scenarioReference } from "../src/scenario/docs.ts";
import { scenarioJsonSchema } from "../src/scenario/index.ts";

/** Writes beside the target and renames, so an interrupted run never leaves half a file. */
function write(relative: string, text: string): void {
  const target = fileURLToPath(new URL(`../${relative}`, import.meta.url));
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
  process.stdout.write(`wrote ${relative}\n`);
}

write("scenarios/README.md", scenarioReference());
write("scenarios/scenario.schema.json", `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
