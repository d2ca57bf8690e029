/**
 * Reading a file of an output folder without trusting what the path points at: a FIFO would block
 * the read forever, a link to /dev/zero would never end, a folder is no file. The file is opened
 * non-blocking (so opening a FIFO cannot wait for a writer), checked on the opened descriptor
 * (fstat: what was opened is what is read, not what a second lookup of the path finds), refused
 * unless it is a regular file no larger than the limit, and read to at most that many bytes.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** Why a file could not be read: missing, not a regular file, or too large. */
export class BoundedReadError extends Error {
  constructor(
    readonly path: string,
    readonly reason: "missing" | "not-regular" | "too-large" | "unreadable",
    /** The problem in a reader's words: "not a regular file (a FIFO)". */
    readonly problem: string,
    /** The file's size in bytes, where it was seen. */
    readonly size?: number,
  ) {
    super(`${path}: ${problem}`);
    this.name = "BoundedReadError";
  }
}

/** What a non-regular file is, for the message. */
function kindOf(stats: import("node:fs").Stats): string {
  if (stats.isFIFO()) return "a FIFO";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isDirectory()) return "a folder";
  if (stats.isSocket()) return "a socket";
  return "not a file";
}

/**
 * The bytes of the regular file at `path`, at most `maxBytes` of them.
 * @throws BoundedReadError when it is missing, not a regular file (FIFO, device, folder, socket;
 *   a symbolic link is followed and its target checked), larger than `maxBytes`, or unreadable
 */
export function readBounded(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BoundedReadError(path, "missing", "no such file");
    if (code === "ENXIO" || code === "EISDIR") throw new BoundedReadError(path, "not-regular", "not a regular file");
    throw new BoundedReadError(path, "unreadable", `cannot be read (${code ?? (error as Error).message})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new BoundedReadError(path, "not-regular", `not a regular file (${kindOf(stats)})`);
    if (stats.size > maxBytes) throw new BoundedReadError(path, "too-large", `a file of ${stats.size.toLocaleString("en-US")} bytes (at most ${maxBytes.toLocaleString("en-US")} are read)`, stats.size);
    // Read one byte past the size seen, growing the buffer only up to one byte past the limit: a
    // file that grows while read is still read to at most `maxBytes`.
    let buffer = Buffer.alloc(Math.min(maxBytes, stats.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw new BoundedReadError(path, "too-large", `more than ${maxBytes.toLocaleString("en-US")} bytes (it grew while read)`);
        const grown = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) return buffer.subarray(0, length);
      length += n;
    }
  } finally {
    closeSync(fd);
  }
}

/** Largest summary.json (or manifest.json, runs.csv) read, bytes: far above what a run writes, below V8's longest string. */
export const MAX_SUMMARY_BYTES = 256 * 1024 * 1024;
