/**
 * The output-folder transaction in-process: a run that fails or is interrupted after its data is
 * written (e.g. while rendering charts) leaves the old folder exactly as it was and no temporary;
 * file-system errors name the path.
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openOutputFolder, OutputFolderError } from "../../src/output/index.ts";
import { runScenario } from "../../src/run/index.ts";
import { namedFileError } from "../../src/output/folder-errors.ts";

const base = { file: "scenarios/seed-article.yaml", workers: 1, version: "test" };

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), "utf8")]));
}

describe("output folder transactions", () => {
  it("a failure while writing charts leaves the old folder whole: no new data beside old charts", async () => {
    const parent = mkdtempSync(join(tmpdir(), "velocity-tx-"));
    const out = join(parent, "res");
    await runScenario({ ...base, runs: 5, outDir: out });
    const before = snapshot(out);
    const interrupted = runScenario({
      ...base,
      runs: 9,
      outDir: out,
      finish: async () => {
        throw new Error("interrupted while rendering charts");
      },
    });
    await expect(interrupted).rejects.toThrow("interrupted while rendering charts");
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["res"]);
  });

  it("an aborted signal before the swap leaves the old folder and releases the lock", async () => {
    const parent = mkdtempSync(join(tmpdir(), "velocity-tx-"));
    const out = join(parent, "res");
    await runScenario({ ...base, runs: 5, outDir: out });
    const before = snapshot(out);
    const controller = new AbortController();
    const run = runScenario({ ...base, runs: 9, outDir: out, signal: controller.signal, finish: async () => controller.abort(new Error("Ctrl-C")) });
    await expect(run).rejects.toThrow("Ctrl-C");
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(parent)).toEqual(["res"]);
    const folder = openOutputFolder(out, { kind: "results", scenario: "seed-article", file: base.file });
    folder.abort();
  });

  it("ENOSPC and EACCES name the path in one line", () => {
    for (const code of ["ENOSPC", "EACCES"]) {
      const error = namedFileError(Object.assign(new Error(`${code}: raw`), { code }), "/data/out/runs.csv");
      expect(error).toBeInstanceOf(OutputFolderError);
      expect((error as Error).message).toMatch(/^\/data\/out\/runs\.csv: cannot write: (no space left on the device|permission denied) \(/);
    }
  });
});
