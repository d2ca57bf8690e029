/**
 * Reading a file line by line without holding it: fixed-size chunks are read synchronously and
 * split at newline bytes, so memory holds one chunk and one line whatever the file's size (a heavy
 * user's history is gigabytes). A line that spans chunks is joined; the bytes are decoded as UTF-8
 * only once a whole line is there, so a character split between chunks decodes whole.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** Bytes read per system call: large enough that calls cost nothing next to parsing. */
const CHUNK_BYTES = 1 << 20;
const NEWLINE = 10;

/** One line of a file. */
export interface FileLine {
  /** The line without its newline (and without a carriage return before it). */
  text: string;
  /** 1-based line number. */
  number: number;
  /** True for a last line with no newline after it: a writer may have been cut off there. */
  unterminated: boolean;
}

/**
 * The lines of `path`, in order, read in chunks.
 * @throws the file system's error (ENOENT, EACCES, EISDIR) for a file that cannot be read.
 */
export function* readLines(path: string): Generator<FileLine, { bytes: number }, void> {
  // Non-blocking, so opening a FIFO that appeared since the file was listed cannot hang; then only
  // a regular file is read (a device such as /dev/zero never ends).
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw Object.assign(new Error(`${path}: not a regular file`), { code: "ENOTREG" });
  }
  const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  // The pieces of a line that spans chunks, joined once when its newline comes (joining at every
  // chunk would copy a long line over and over).
  let carry: Buffer[] = [];
  let number = 0;
  let bytes = 0;
  try {
    for (;;) {
      const n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      bytes += n;
      let from = 0;
      for (;;) {
        const at = chunk.indexOf(NEWLINE, from);
        if (at === -1 || at >= n) break;
        let text: string;
        if (carry.length > 0) {
          carry.push(chunk.subarray(from, at));
          text = decode(Buffer.concat(carry));
          carry = [];
        } else {
          text = decode(chunk.subarray(from, at));
        }
        number++;
        yield { text, number, unterminated: false };
        from = at + 1;
      }
      if (from < n) {
        // The chunk buffer is reused by the next read: the partial line is copied out.
        carry.push(Buffer.from(chunk.subarray(from, n)));
      }
    }
    if (carry.length > 0) {
      number++;
      yield { text: decode(Buffer.concat(carry)), number, unterminated: true };
    }
  } finally {
    closeSync(fd);
  }
  return { bytes };
}

function decode(bytes: Buffer): string {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
  return bytes.toString("utf8", 0, end);
}
