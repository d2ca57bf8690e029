/**
 * Regenerates docs/outputs.md, the reference of runs.csv and summary.json (see outputs-doc.ts).
 * Run: `npx tsx scripts/gen-outputs-doc.ts`; test/report/outputs-doc.test.ts fails when it is stale.
 */
import { renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { outputsReference } from "./outputs-doc.ts";

const target = fileURLToPath(new URL("../docs/outputs.md", import.meta.url));
writeFileSync(`${target}.tmp`, outputsReference());
renameSync(`${target}.tmp`, target);
process.stdout.write("wrote docs/outputs.md\n");
