/** Errors of writing output folders; user-facing messages live here. */

/** An output folder that cannot or must not be written (a file in the way, no permission, another scenario's results). The CLI prints the message and exits 2. */
export class OutputFolderError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "OutputFolderError";
  }
}

/** What each file-system error code means to a user, and what to do about it. */
const FILE_SYSTEM_PROBLEMS: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the device (free some space or choose another --out)",
  EDQUOT: "disk quota exceeded (free some space or choose another --out)",
  EACCES: "permission denied (choose another --out or fix the folder's permissions)",
  EPERM: "operation not permitted (choose another --out or fix the folder's permissions)",
  EROFS: "the file system is read-only (choose another --out)",
  ENOTDIR: "a file is in the way of a folder (choose another --out)",
  EISDIR: "a folder is in the way of a file (choose another --out)",
  EMFILE: "too many open files (close other programs and try again)",
};

/**
 * Turns a file-system error while writing `path` into a one-line `OutputFolderError` that names the
 * path (`ENOSPC` and `EACCES` otherwise say only "no space left on device"). Other errors pass through.
 */
export function namedFileError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const problem = code === undefined ? undefined : FILE_SYSTEM_PROBLEMS[code];
  return problem === undefined ? error : new OutputFolderError(`${path}: cannot write: ${problem}`);
}
