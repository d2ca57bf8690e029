/**
 * The one error type of the scenario layer. Every problem with a scenario — a YAML syntax error, an
 * unknown key, a bad value, an `extends` cycle, a file that cannot be read — becomes a
 * `ScenarioError` whose message is one line: `file:line:col: path: expected …, got … (hint)`.
 */

/** Where a value came from: a file position (1-based line and column) or a `--set` flag. */
export interface SourceLocation {
  /** The file as the user named it (relative paths kept relative), or `"--set"`. */
  readonly file: string;
  /** 1-based line; 0 when unknown (a `--set` value, a whole file). */
  readonly line: number;
  /** 1-based column; 0 when unknown. */
  readonly column: number;
  /** The parameter path as the user wrote it (`--set companies[B]...`); reported instead of the resolved path. */
  readonly path?: string;
}

/**
 * A user-fixable problem in a scenario. The CLI prints `message` as is and exits 2
 * (`userFacing = true`).
 */
export class ScenarioError extends Error {
  /** Marks the error as fixable by the user: the CLI prints its message without a stack trace. */
  readonly userFacing = true;
  /** File the problem is in, or `"--set"`. */
  readonly file: string;
  /** 1-based line (0 when unknown). */
  readonly line: number;
  /** 1-based column (0 when unknown). */
  readonly column: number;
  /** Parameter path, e.g. `companies[1].agent.tokensPerSecond` (empty for file-level problems). */
  readonly path: string;
  /** The message without location and path: `expected …, got … (hint)`. */
  readonly detail: string;

  constructor(where: SourceLocation, path: string, detail: string) {
    super(formatMessage(where, where.path ?? path, detail));
    this.name = "ScenarioError";
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.path = where.path ?? path;
    this.detail = detail;
  }
}

/**
 * `file:line:col: path: detail`, or `--set path: detail` (`--vary path: …`) for a command-line value, or
 * `file: detail` when there is no position. Newlines are folded so the message stays one line.
 */
export function formatMessage(where: SourceLocation, path: string, detail: string): string {
  const oneLine = detail.replace(/\s*\n\s*/g, " ");
  const pathPart = path === "" ? "" : `${path}: `;
  if (where.file === "--set" || where.file === "--vary") return `${where.file} ${pathPart}${oneLine}`;
  const position = where.line > 0 ? `:${where.line}:${where.column}` : "";
  return `${where.file}${position}: ${pathPart}${oneLine}`;
}
