/** Scenario files on disk, for the CLI: sizes checked before reading, symlinks followed for cycles. */
import { readFileSync, realpathSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, normalize, resolve } from "node:path";
import { MAX_FILE_BYTES } from "./read-yaml.ts";
import { UnreadableScenarioFile, type ScenarioFiles } from "./scenario-files.ts";

/** Reads scenario files from the file system. */
export const nodeScenarioFiles: ScenarioFiles = {
  read(file) {
    let size = 0;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new UnreadableScenarioFile("not a file");
      size = stat.size;
    } catch (error) {
      if (error instanceof UnreadableScenarioFile) throw error;
      throw new UnreadableScenarioFile((error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message);
    }
    if (size > MAX_FILE_BYTES) throw new UnreadableScenarioFile(`expected a scenario of at most 1 MiB, got ${size} bytes`, true);
    try {
      return readFileSync(file, "utf8");
    } catch (error) {
      throw new UnreadableScenarioFile((error as Error).message);
    }
  },
  resolve: (from, target) => resolve(dirname(from), target),
  shownName: (fromShown, target) => (isAbsolute(target) ? target : normalize(join(dirname(fromShown), target))),
  canonical(file) {
    try {
      return realpathSync(file);
    } catch {
      return resolve(file);
    }
  },
};
