/**
 * Regenerates `scenarios/README.md`, the field reference of scenario files, from the schema's own
 * descriptions. Run: `npx tsx scripts/gen-scenario-docs.ts` (test/scenario/docs.test.ts fails when
 * the file is stale).
 */
import { renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { scenarioReference } from "../src/scenario/docs.ts";

const target = fileURLToPath(new URL("../scenarios/README.md", import.meta.url));
// Write beside the target and rename, so an interrupted run never leaves half a file.
writeFileSync(`${target}.tmp`, scenarioReference());
renameSync(`${target}.tmp`, target);
process.stdout.write(`wrote ${target}\n`);
