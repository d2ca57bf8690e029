/**
 * `velocity init [path]`: writes a commented starter scenario with the two companies of the story.
 * Never overwrites: the file is written under a temporary name and hard-linked into place, which
 * fails if the path exists, so there is never a half-written or clobbered file.
 */
import { linkSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";

/** The bundled JSON Schema (src/cli/commands and dist/cli/commands both sit three folders below the package). */
const bundledSchema = fileURLToPath(new URL("../../../scenarios/scenario.schema.json", import.meta.url));

/** The `init` command. */
export function initCommand(): Command {
  return new Command("init")
    .description("write a commented starter scenario named after the file (refuses to overwrite an existing file)")
    .argument("[path]", "file to create", "scenario.yaml")
    .action(async (path: string) => {
      // Loaded when the command runs, not when the program is built (every command's start-up).
      const { loadScenario, ScenarioError } = await import("../../scenario/index.ts");
      const { starterScenario } = await import("../../scenario/starter.ts");
      const target = resolve(path);
      let ref = relative(dirname(target), bundledSchema).split("\\").join("/");
      if (!ref.startsWith(".")) ref = `./${ref}`;
      const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      try {
        writeFileSync(temp, starterScenario(ref, basename(target, extname(target)) || "my-scenario"), { flag: "wx" });
        linkSync(temp, target);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === "EEXIST" ? "already exists (init never overwrites; choose another path)" : `cannot write: ${(error as Error).message}`;
        throw new ScenarioError({ file: path, line: 0, column: 0 }, "", reason);
      } finally {
        try {
          unlinkSync(temp);
        } catch {
          // The temporary file was never created.
        }
      }
      // The starter must always be valid; loading it here keeps that promise checked.
      const scenario = loadScenario(path);
      process.stdout.write(`wrote ${path} (${scenario.companies.length} companies); check it with: velocity validate ${path}\n`);
    });
}
