import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { readLines } from "../../src/sessions/index.ts";
import { tempDir, write } from "./synthetic.ts";

describe("reading a file line by line in chunks", () => {
  it("joins a line longer than a chunk, keeps a multi-byte character split between chunks whole, and marks an unterminated last line", () => {
    // 1 MiB chunks: a 2.5 MiB line spans three; after "first\r\n" (7 bytes), "é" (2 bytes) starts at
    // byte 2^20 − 1, so the first chunk ends in the middle of it.
    const long = "a".repeat((1 << 20) - 8) + "é" + "b".repeat(1.5 * (1 << 20));
    const file = write(join(tempDir(), "l.txt"), `first\r\n${long}\nlast`);
    const lines = [...readLines(file)];
    expect(lines.map((l) => l.text.length)).toEqual([5, long.length, 4]);
    expect(lines[1].text).toBe(long);
    expect(lines.map((l) => l.unterminated)).toEqual([false, false, true]);
    expect(lines.map((l) => l.number)).toEqual([1, 2, 3]);
  });
});
