/**
 * The notebooks run headless through the same code as `npm run notebooks` (Deno's Jupyter kernel,
 * the project's own library), and committed notebooks carry no outputs.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { firstCellError, KERNEL_NAME, listNotebooks, notebookProblem, repoRoot, runNotebook, stripNotebook } from "../../scripts/run-notebooks.mjs";

const notebooks = listNotebooks();
const NOTEBOOK_TIMEOUT_MS = 180_000;

// Hand-made notebooks live under test-artifacts/ (git-ignored) inside the repository: the kernel
// starts in the notebook's folder and finds `deno` through the repository's node_modules.
mkdirSync(join(repoRoot, "test-artifacts"), { recursive: true });
const scratch = mkdtempSync(join(repoRoot, "test-artifacts", "notebooks-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function read(file: string): { cells: { cell_type: string; outputs?: unknown[]; execution_count?: number | null; source: string[] }[]; metadata: Record<string, unknown> } {
  return JSON.parse(readFileSync(file, "utf8"));
}

/** A one-cell notebook on the project kernel. */
function oneCell(source: string, extra: { outputs?: unknown[]; execution_count?: number | null } = {}) {
  return {
    cells: [{ cell_type: "code", id: "only", metadata: {}, outputs: extra.outputs ?? [], execution_count: extra.execution_count ?? null, source: [source] }],
    metadata: { kernelspec: { name: KERNEL_NAME, display_name: "velocity-sim (Deno)", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

describe("committed notebooks", () => {
  it("are the three the issue asks for", () => {
    expect(notebooks.map((f) => basename(f))).toEqual(["01-seed-story.ipynb", "02-is-speed-worth-it.ipynb", "03-build-your-scenario.ipynb"]);
  });

  it.each(notebooks.map((f) => [basename(f), f]))("%s carries no outputs and names the project kernel", (_name, file) => {
    expect(notebookProblem(read(file))).toBeNull();
  });

  it.each(notebooks.map((f) => [basename(f), f]))("%s imports the library from ../src, not a copy", (_name, file) => {
    const code = read(file)
      .cells.filter((c) => c.cell_type === "code")
      .map((c) => c.source.join(""))
      .join("\n");
    const local = [...code.matchAll(/from "(\.[^"]*)"/g)].map((m) => m[1]);
    expect(local.length).toBeGreaterThan(0);
    for (const path of local) expect(path).toMatch(/^\.\.\/src\/[a-z]+\/index\.ts$/);
  });
});

describe("the output check and --strip", () => {
  it("refuses outputs, execution counts and another kernel", () => {
    expect(notebookProblem(oneCell("1", { outputs: [{ output_type: "stream", name: "stdout", text: ["1\n"] }] }))).toMatch(/carries outputs/);
    expect(notebookProblem(oneCell("1", { execution_count: 4 }))).toMatch(/execution counts/);
    expect(notebookProblem({ ...oneCell("1"), metadata: { kernelspec: { name: "python3" } } })).toMatch(/kernel "python3", expected "velocity-deno"/);
    expect(notebookProblem(oneCell("1"))).toBeNull();
  });

  it("--strip clears outputs and counts in place and leaves a clean notebook byte-identical", () => {
    const dirty = join(scratch, "dirty.ipynb");
    writeFileSync(dirty, JSON.stringify(oneCell("1", { execution_count: 2, outputs: [{ output_type: "execute_result", data: { "text/plain": "1" } }] })));
    expect(stripNotebook(dirty)).toBe(true);
    expect(notebookProblem(read(dirty))).toBeNull();
    const copy = join(scratch, "clean.ipynb");
    cpSync(notebooks[0], copy);
    expect(stripNotebook(copy)).toBe(false);
    expect(readFileSync(copy, "utf8")).toBe(readFileSync(notebooks[0], "utf8"));
  });

  it("reads the first error output as one line", () => {
    const executed = oneCell("x");
    executed.cells.push({ ...executed.cells[0], outputs: [{ output_type: "error", ename: "TypeError", evalue: "a\n  b", traceback: [] }] });
    expect(firstCellError(executed)).toBe("cell 2: TypeError: a b");
    expect(firstCellError(oneCell("x"))).toBeNull();
  });
});

describe("running notebooks headless", () => {
  it(
    "fails a notebook whose cell throws, with a one-line reason, and does not modify it",
    async () => {
      const file = join(scratch, "throws.ipynb");
      writeFileSync(file, `${JSON.stringify(oneCell('throw new RangeError("no such tier");'), null, 1)}\n`);
      const before = readFileSync(file, "utf8");
      const run = await runNotebook(file);
      expect(run).toMatchObject({ ok: false, reason: "cell 1: RangeError: no such tier" });
      expect(readFileSync(file, "utf8")).toBe(before);
    },
    NOTEBOOK_TIMEOUT_MS,
  );

  for (const file of notebooks) {
    it(
      `${basename(file)} executes without a cell error and stays unmodified`,
      async () => {
        const before = readFileSync(file, "utf8");
        const run = await runNotebook(file);
        expect(run.reason).toBeNull();
        expect(run.ok).toBe(true);
        expect(readFileSync(file, "utf8")).toBe(before);
      },
      NOTEBOOK_TIMEOUT_MS,
    );
  }
});
