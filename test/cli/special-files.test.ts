/**
 * `velocity report`, `compare` and `merge` read only regular files, with a size limit: a
 * summary.json, manifest.json or runs.csv that is a FIFO, a symbolic link to /dev/zero or a folder
 * is refused in one line (exit 2) at once, instead of hanging or reading without bound. Each run has
 * a hang guard: killed after 60 s, which fails the test.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./run-cli.ts";

const GUARD_MS = 60_000;

/** The CLI with a hang guard: status null and signal SIGKILL when it had to be killed. */
function guarded(args: string[]) {
  const r = spawnSync(process.execPath, [`${repoRoot}bin/velocity.mjs`, ...args], { cwd: repoRoot, encoding: "utf8", timeout: GUARD_MS, killSignal: "SIGKILL", env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

/** Replaces `file` in `dir` by a special file of `kind`. */
function replace(dir: string, file: string, kind: "fifo" | "zero" | "folder"): void {
  const path = join(dir, file);
  rmSync(path, { force: true });
  if (kind === "fifo") expect(spawnSync("mkfifo", [path]).status).toBe(0);
  else if (kind === "zero") symlinkSync("/dev/zero", path);
  else mkdirSync(path);
}

function expectRefused(r: ReturnType<typeof guarded>, file: string): void {
  expect(r.signal, `hung: killed after ${GUARD_MS} ms`).toBeNull();
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toContain(file);
  expect(r.stderr).toMatch(/not a regular file/);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

const KINDS = ["fifo", "zero", "folder"] as const;

describe("report reads only regular files", () => {
  for (const file of ["summary.json", "manifest.json"]) {
    for (const kind of KINDS) {
      it(`refuses a ${file} that is a ${kind === "zero" ? "symbolic link to /dev/zero" : kind}, at once, without writing`, () => {
        const dir = mkdtempSync(join(tmpdir(), "velocity-special-"));
        cpSync(join(repoRoot, "test/fixtures/summary"), dir, { recursive: true });
        replace(dir, file, kind);
        expectRefused(guarded(["report", dir]), file);
        expect(existsSync(join(dir, "report.html"))).toBe(false);
      }, GUARD_MS + 10_000);
    }
  }
});

describe("compare and merge read only regular files", () => {
  let a: string;
  let shards: string;
  beforeAll(() => {
    const root = mkdtempSync(join(tmpdir(), "velocity-special-"));
    a = join(root, "a");
    shards = join(root, "shards");
    const common = ["--runs", "6", "--workers", "1", "--no-charts", "-q", "--levers", "none"];
    expect(runCli(["run", "scenarios/grounded.yaml", ...common, "--out", a]).status).toBe(0);
    for (const k of [1, 2]) expect(runCli(["run", "scenarios/grounded.yaml", ...common, "--shard", `${k}/2`, "--out", join(shards, `shard-${k}`)]).status).toBe(0);
  }, 120_000);

  for (const kind of KINDS) {
    it(`compare refuses a runs.csv that is a ${kind === "zero" ? "symbolic link to /dev/zero" : kind}`, () => {
      const b = mkdtempSync(join(tmpdir(), "velocity-special-b-"));
      cpSync(a, b, { recursive: true });
      replace(b, "runs.csv", kind);
      expectRefused(guarded(["compare", a, b]), "runs.csv");
    }, GUARD_MS + 10_000);

    it(`compare refuses a summary.json that is a ${kind === "zero" ? "symbolic link to /dev/zero" : kind}`, () => {
      const b = mkdtempSync(join(tmpdir(), "velocity-special-b-"));
      cpSync(a, b, { recursive: true });
      replace(b, "summary.json", kind);
      expectRefused(guarded(["compare", a, b]), "summary.json");
    }, GUARD_MS + 10_000);

    it(`merge refuses a shard's manifest.json that is a ${kind === "zero" ? "symbolic link to /dev/zero" : kind}, and writes nothing`, () => {
      const copy = mkdtempSync(join(tmpdir(), "velocity-special-shards-"));
      cpSync(shards, copy, { recursive: true });
      replace(join(copy, "shard-2"), "manifest.json", kind);
      const out = join(copy, "merged");
      expectRefused(guarded(["merge", join(copy, "shard-1"), join(copy, "shard-2"), "--out", out, "--no-charts"]), "manifest.json");
      expect(existsSync(out)).toBe(false);
    }, GUARD_MS + 10_000);
  }
});

describe("run into a folder whose own files are special", () => {
  // (A folder in its place is an older velocity's layout: replaced and kept as <out>.old, as before.)
  for (const kind of ["fifo", "zero"] as const) {
    it(`treats a .velocity-files that is a ${kind === "zero" ? "symbolic link to /dev/zero" : kind} as a folder it did not write: refused at once, kept`, () => {
      const root = mkdtempSync(join(tmpdir(), "velocity-special-run-"));
      const out = join(root, "out");
      expect(runCli(["run", "scenarios/grounded.yaml", "--runs", "4", "--workers", "1", "--no-charts", "-q", "--levers", "none", "--out", out]).status).toBe(0);
      replace(out, ".velocity-files", kind);
      const r = guarded(["run", "scenarios/grounded.yaml", "--runs", "4", "--workers", "1", "--no-charts", "-q", "--levers", "none", "--out", out]);
      expect(r.signal, `hung: killed after ${GUARD_MS} ms`).toBeNull();
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(join(out, "summary.json"))).toBe(true);
    }, GUARD_MS + 30_000);
  }
});
