/**
 * calibrate and replay read only regular files (issue 31's rule, for issue 28's commands): a FIFO or
 * a link to /dev/zero named on the command line is one line and exit 2 at once, never a hang or an
 * endless read; in a folder, such an entry is passed over and the real sessions are read.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./run-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "velocity-special-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fifo = join(dir, "pipe.jsonl");
spawnSync("mkfifo", [fifo]);
const zero = join(dir, "zero.jsonl");
symlinkSync("/dev/zero", zero);

/** The CLI with a hang guard: killed after 60 s (a hang shows as a null status). */
function velocity(args: string[]) {
  return spawnSync(process.execPath, [`${repoRoot}bin/velocity.mjs`, ...args], { encoding: "utf8", timeout: 60_000, killSignal: "SIGKILL" });
}

describe("calibrate and replay read only regular files", () => {
  for (const [name, path] of [["a FIFO", fifo], ["a link to /dev/zero", zero]] as const) {
    it(`calibrate refuses ${name}: one line, exit 2`, () => {
      const r = velocity(["calibrate", path]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toContain("not a regular file");
    });

    it(`replay refuses ${name}: one line, exit 2`, () => {
      const r = velocity(["replay", path, "--tokens-per-second", "100"]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain("not a regular file");
    });
  }

  it("in a folder, passes over the FIFO and the link and reads the real session", () => {
    const folder = join(dir, "folder");
    spawnSync("mkdir", [folder]);
    spawnSync("mkfifo", [join(folder, "pipe.jsonl")]);
    symlinkSync("/dev/zero", join(folder, "zero.jsonl"));
    copyFileSync(join(repoRoot, "test/fixtures/sessions/short.jsonl"), join(folder, "short.jsonl"));
    const r = velocity(["calibrate", folder, "--json"]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).sessions.map((s: { file: string }) => s.file)).toEqual(["short.jsonl"]);
  });
});
