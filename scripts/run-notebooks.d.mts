// Types of scripts/run-notebooks.mjs, for test/notebooks/notebooks.test.ts (the script is plain
// JavaScript so that `node scripts/run-notebooks.mjs` needs no TypeScript loader).

/** One notebook's outcome. */
export interface NotebookRun {
  /** File name, e.g. `01-seed-story.ipynb`. */
  name: string;
  ok: boolean;
  /** One line saying why it failed (`cell 3: TypeError: …`), null when it passed. */
  reason: string | null;
  /** Wall time, seconds. */
  seconds: number;
}

/** The repository root, with a trailing slash. */
export const repoRoot: string;
/** notebooks/: the notebooks and, in `kernels/`, the project kernel spec. */
export const notebooksDir: string;
/** The Jupyter executable the notebooks are run with. */
export const JUPYTER: string;
/** The kernel every notebook must name. */
export const KERNEL_NAME: string;
/** Default bound on one cell, seconds. */
export const DEFAULT_CELL_TIMEOUT: number;
/** The notebooks in `dir` (notebooks/ by default), sorted, as absolute paths. */
export function listNotebooks(dir?: string): string[];
/** Why a parsed notebook may not be committed as it is (outputs, execution counts, wrong kernel), or null. */
export function notebookProblem(notebook: unknown): string | null;
/** Clears outputs and execution counts in place; returns whether the file changed. */
export function stripNotebook(file: string): boolean;
/** The first error output of an executed notebook as `cell N: Name: message`, or null. */
export function firstCellError(notebook: unknown): string | null;
/** Executes one notebook headless into a temporary folder (never modifying it). */
export function runNotebook(file: string, options?: { cellTimeout?: number }): Promise<NotebookRun>;
