import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { namedFileError } from "./folder-errors.ts";

/**
 * Writes a file so that readers only ever see the old content or the whole new content: the data
 * goes to a temporary name in the same folder and is renamed over the target (atomic on one file
 * system), so an interrupted run never leaves a half-written output file.
 * @throws OutputFolderError naming the path when the disk is full or permission is denied.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw namedFileError(error, path);
  }
}
