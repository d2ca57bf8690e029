/** The bad-scenario catalogue: each bad file (or `--set`) with the exact place and message it must produce. */
import { readFileSync } from "node:fs";

/** One row of `test/fixtures/scenarios/bad/catalogue.json`. */
export interface BadCase {
  /** Scenario file, relative to the bad folder. */
  file: string;
  /** `--set` overrides to apply (the error is then reported as `--set path: …`). */
  set?: string[];
  /** The file the error is in when it is not `file` (an extended file), relative to the bad folder. */
  where?: string;
  line?: number;
  column?: number;
  /** A fragment the message must contain. */
  message: string;
}

/** The bad folder, relative to the repository root (the test working directory). */
export const BAD_DIR = "test/fixtures/scenarios/bad";

/** The catalogue rows. */
export const catalogue: BadCase[] = JSON.parse(readFileSync(`${BAD_DIR}/catalogue.json`, "utf8")) as BadCase[];

/** The message prefix a row must produce: `file:line:col: ` or `--set `. */
export function expectedPrefix(c: BadCase): string {
  if (c.set !== undefined) return "--set ";
  return `${BAD_DIR}/${c.where ?? c.file}:${c.line}:${c.column}: `;
}
