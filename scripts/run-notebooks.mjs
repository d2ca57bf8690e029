#!/usr/bin/env node
// Executes the notebooks headless and fails on any cell error (`npm run notebooks`):
//
//   each notebooks/*.ipynb (or the files named on the command line)
//     → refuse it if it carries outputs or execution counts (committed notebooks stay clean)
//     → /usr/bin/jupyter nbconvert --execute into a temporary folder (the notebook itself is never
//       rewritten), with JUPYTER_PATH pointing at notebooks/ so the project kernel is found
//     → read the executed copy: the first error output is the notebook's one-line reason
//   → `N passed, N failed`, exit 1 if any failed.
//
// `--strip` instead clears outputs and execution counts in place (for authors, before committing).
// `--timeout <seconds>` bounds each cell (default 180); the whole notebook gets twice that plus a
// minute for kernel start-up before it is interrupted.
//
// The functions are exported for test/notebooks/notebooks.test.ts, which runs the same code.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("..", import.meta.url));
/** The folder holding the notebooks and, in `kernels/`, the project kernel spec. */
export const notebooksDir = join(repoRoot, "notebooks");
/** Debian's Jupyter (jupyter-nbconvert, jupyter-client, python3-nbclient, python3-ipykernel). */
export const JUPYTER = "/usr/bin/jupyter";
/** The kernel every notebook must name: notebooks/kernels/velocity-deno/kernel.json. */
export const KERNEL_NAME = "velocity-deno";
/** Default bound on one cell, seconds. */
export const DEFAULT_CELL_TIMEOUT = 180;

/** The notebooks in notebooks/, sorted by name, as absolute paths. */
export function listNotebooks(dir = notebooksDir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".ipynb"))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Why a notebook may not be committed as it is, or null when it is clean: code cells must carry no
 * outputs and no execution counts, and the notebook must name the project kernel.
 * @param {any} notebook the parsed .ipynb JSON
 * @returns {string | null}
 */
export function notebookProblem(notebook) {
  const cells = Array.isArray(notebook?.cells) ? notebook.cells : null;
  if (cells === null) return "not a notebook (no cells)";
  const dirty = cells.filter((c) => c.cell_type === "code" && ((Array.isArray(c.outputs) && c.outputs.length > 0) || (c.execution_count ?? null) !== null));
  if (dirty.length > 0) {
    const at = cells.indexOf(dirty[0]) + 1;
    return `carries outputs or execution counts (${dirty.length} code cell${dirty.length > 1 ? "s" : ""}, first is cell ${at}): clear them with \`npm run notebooks -- --strip\``;
  }
  const kernel = notebook.metadata?.kernelspec?.name;
  if (kernel !== KERNEL_NAME) return `kernel ${JSON.stringify(kernel ?? null)}, expected "${KERNEL_NAME}" (select "velocity-sim (Deno)")`;
  return null;
}

/** Reads a notebook file: the parsed JSON, or a one-line reason it cannot be read. */
function readNotebook(file) {
  try {
    return { notebook: JSON.parse(readFileSync(file, "utf8")) };
  } catch (error) {
    return { reason: `cannot read: ${oneLine(error instanceof Error ? error.message : String(error))}` };
  }
}

/**
 * Clears outputs and execution counts of every code cell, in place, in Jupyter's own layout
 * (one-space indent, trailing newline) so the diff shows only what was cleared.
 * @returns whether the file changed.
 */
export function stripNotebook(file) {
  const text = readFileSync(file, "utf8");
  const notebook = JSON.parse(text);
  for (const cell of notebook.cells ?? []) {
    if (cell.cell_type !== "code") continue;
    cell.outputs = [];
    cell.execution_count = null;
  }
  const stripped = `${JSON.stringify(notebook, null, 1)}\n`;
  if (stripped === text) return false;
  writeFileSync(file, stripped);
  return true;
}

/** Collapses whitespace and strips ANSI colours, so a reason fits on one line. */
function oneLine(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, "").replace(/\s+/g, " ").trim().slice(0, 300);
}

/** The first error output of an executed notebook as `cell N: Name: message`, or null. */
export function firstCellError(notebook) {
  const cells = notebook.cells ?? [];
  for (let i = 0; i < cells.length; i++) {
    for (const output of cells[i].outputs ?? []) {
      if (output.output_type === "error") return `cell ${i + 1}: ${oneLine(`${output.ename}: ${output.evalue}`)}`;
    }
  }
  return null;
}

/** The most telling line of nbconvert's stderr when it fails outright (timeout, dead kernel, no kernel). */
function stderrReason(stderr) {
  const lines = stderr
    .split("\n")
    .map(oneLine)
    .filter((l) => l !== "" && !/deno jupyter" is unstable/.test(l) && !l.startsWith("[NbConvertApp]"));
  // The exception line of a Python traceback (`nbclient.exceptions.CellTimeoutError: …`) says it best.
  const exception = lines.findLast((l) => /^[\w.]*(Error|Exception|Interrupt)\b[^:]*:/.test(l));
  const telling = exception ?? lines.findLast((l) => /(Error|Exception|No such kernel|timed out)\b/i.test(l));
  return telling ?? lines.at(-1) ?? "nbconvert failed without a message";
}

/**
 * Executes one notebook headless into a temporary folder. Never modifies the notebook.
 * @param {string} file path of the .ipynb
 * @param {{ cellTimeout?: number }} [options] bound on one cell, seconds
 * @returns {Promise<{ name: string, ok: boolean, reason: string | null, seconds: number }>}
 */
export async function runNotebook(file, options = {}) {
  const name = basename(file);
  const started = Date.now();
  const result = (ok, reason) => ({ name, ok, reason, seconds: (Date.now() - started) / 1000 });
  const read = readNotebook(file);
  if (read.reason) return result(false, read.reason);
  const problem = notebookProblem(read.notebook);
  if (problem) return result(false, problem);
  if (!existsSync(JUPYTER)) return result(false, `${JUPYTER} not found: install Jupyter's headless runner with \`sh scripts/system-packages.sh\``);

  const cellTimeout = options.cellTimeout ?? DEFAULT_CELL_TIMEOUT;
  const outDir = mkdtempSync(join(tmpdir(), "velocity-notebook-"));
  try {
    const args = [
      "nbconvert",
      "--to",
      "notebook",
      "--execute",
      // Errors are read from the executed copy (one clean line per notebook) rather than from
      // nbconvert's traceback. Later cells may then fail too; the first error is the cause.
      "--allow-errors",
      `--ExecutePreprocessor.timeout=${cellTimeout}`,
      "--ExecutePreprocessor.startup_timeout=120",
      "--output-dir",
      outDir,
      "--output",
      name,
      file,
    ];
    const env = { ...process.env, JUPYTER_PATH: notebooksDir, NO_COLOR: "1" };
    const { code, stderr, killed } = await spawnBounded(JUPYTER, args, env, (2 * cellTimeout + 60) * 1000);
    if (killed) return result(false, `timed out after ${2 * cellTimeout + 60} s`);
    const executed = join(outDir, name);
    if (code !== 0 || !existsSync(executed)) return result(false, stderrReason(stderr));
    const error = firstCellError(JSON.parse(readFileSync(executed, "utf8")));
    return result(error === null, error);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * Runs a command, collecting stderr. Past `limitMs` it is interrupted (SIGINT lets nbclient shut its
 * kernel down) and, if still alive 10 s later, killed.
 */
function spawnBounded(command, args, env, limitMs) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, cwd: repoRoot, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let killed = false;
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const interrupt = setTimeout(() => {
      killed = true;
      child.kill("SIGINT");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    }, limitMs);
    child.on("error", (error) => {
      clearTimeout(interrupt);
      fail(error);
    });
    child.on("close", (code) => {
      clearTimeout(interrupt);
      done({ code, stderr, killed });
    });
  });
}

/** The command line: run (or `--strip`) the given notebooks, or all of them. */
async function main(argv) {
  let strip = false;
  let cellTimeout = DEFAULT_CELL_TIMEOUT;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--strip") strip = true;
    else if (arg === "--timeout") {
      cellTimeout = Number(argv[++i]);
      if (!Number.isFinite(cellTimeout) || cellTimeout <= 0) {
        console.error(`--timeout: expected seconds > 0, got ${JSON.stringify(argv[i] ?? "")}`);
        return 2;
      }
    } else if (arg === "--help" || arg === "-h") {
      console.log("usage: node scripts/run-notebooks.mjs [--strip] [--timeout <seconds per cell>] [notebook.ipynb ...]");
      return 0;
    } else if (arg.startsWith("-")) {
      console.error(`unknown option ${arg} (try --help)`);
      return 2;
    } else files.push(resolve(arg));
  }
  const notebooks = files.length > 0 ? files : listNotebooks();
  if (strip) {
    for (const file of notebooks) console.log(`${stripNotebook(file) ? "stripped" : "clean   "} ${basename(file)}`);
    return 0;
  }
  let passed = 0;
  let failed = 0;
  for (const file of notebooks) {
    const run = await runNotebook(file, { cellTimeout });
    if (run.ok) passed++;
    else failed++;
    console.log(`${run.ok ? "PASS" : "FAIL"} ${run.name} (${run.seconds.toFixed(1)} s)${run.ok ? "" : `: ${run.reason}`}`);
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
