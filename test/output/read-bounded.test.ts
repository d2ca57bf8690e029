/** readBounded: a regular file's bytes up to a limit; anything else refused at once, by kind. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BoundedReadError, readBounded } from "../../src/output/read-bounded.ts";

const dir = () => mkdtempSync(join(tmpdir(), "velocity-bounded-"));

function refusal(path: string, max = 1024): BoundedReadError {
  try {
    readBounded(path, max);
  } catch (error) {
    if (error instanceof BoundedReadError) return error;
    throw error;
  }
  throw new Error(`${path} was read`);
}

describe("readBounded", () => {
  it("reads a regular file whole, up to and including the limit, and through a link to one", () => {
    const d = dir();
    writeFileSync(join(d, "f"), "x".repeat(1024));
    expect(readBounded(join(d, "f"), 1024).toString()).toBe("x".repeat(1024));
    symlinkSync(join(d, "f"), join(d, "link"));
    expect(readBounded(join(d, "link"), 1024).length).toBe(1024);
    writeFileSync(join(d, "empty"), "");
    expect(readBounded(join(d, "empty"), 0).length).toBe(0);
  });

  it("refuses a file one byte over the limit, saying its size", () => {
    const d = dir();
    writeFileSync(join(d, "f"), "x".repeat(1025));
    const e = refusal(join(d, "f"));
    expect(e.reason).toBe("too-large");
    expect(e.problem).toBe("a file of 1,025 bytes (at most 1,024 are read)");
  });

  // A blocking open of the FIFO would wait for a writer forever: the test's timeout is the hang guard.
  it("refuses a FIFO (without blocking on its open), a link to /dev/zero, a folder; says a missing file is missing", () => {
    const d = dir();
    expect(spawnSync("mkfifo", [join(d, "fifo")]).status).toBe(0);
    symlinkSync("/dev/zero", join(d, "zero"));
    expect(refusal(join(d, "fifo")).problem).toBe("not a regular file (a FIFO)");
    expect(refusal(join(d, "zero")).problem).toBe("not a regular file (a character device)");
    expect(refusal(d).problem).toBe("not a regular file (a folder)");
    expect(refusal(join(d, "none")).reason).toBe("missing");
  });
});
