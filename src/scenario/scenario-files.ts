/**
 * Where scenario files come from. `loadScenarioFrom` reads a file and its `extends` chain through
 * this interface, so the same loader (and the same file:line:col messages) serves the CLI, which
 * reads the disk (`nodeScenarioFiles` in node-files.ts), and the browser explorer, which reads an
 * in-memory map of the shipped scenarios plus the text being edited (`memoryScenarioFiles`).
 */

/** A file that cannot be read. `detail` completes `cannot read "<file>": …`, or is the whole message when `atFile`. */
export class UnreadableScenarioFile extends Error {
  constructor(
    readonly detail: string,
    /** The problem lies in the file itself (too large), not in the `extends` that named it. */
    readonly atFile = false,
  ) {
    super(detail);
    this.name = "UnreadableScenarioFile";
  }
}

/** Reads scenario files and resolves the file names an `extends` gives. */
export interface ScenarioFiles {
  /**
   * The text of `file`.
   * @throws UnreadableScenarioFile when it does not exist, is not a file or is too large.
   */
  read(file: string): string;
  /** The file `target` (as written in an `extends`) names, relative to the file `from`. */
  resolve(from: string, target: string): string;
  /** The name `target` is shown under in messages, given the shown name of the file that names it. */
  shownName(fromShown: string, target: string): string;
  /** One name per file (links followed), to detect `extends` cycles. */
  canonical(file: string): string;
}

/** The folder part of a `/`-separated path (`""` for a bare name). */
function folderOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at < 0 ? "" : path.slice(0, at);
}

/** `a/./b/../c` → `a/c`, as `path.posix.normalize` (leading `..` kept, `.` for nothing). */
export function normalizePosix(path: string): string {
  const absolute = path.startsWith("/");
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else if (part !== ".." || !absolute) out.push(part);
  }
  const joined = out.join("/");
  return absolute ? `/${joined}` : joined === "" ? "." : joined;
}

/** `target` relative to the folder of `from`, normalised; an absolute `target` stays as written. */
function besides(from: string, target: string): string {
  if (target.startsWith("/")) return normalizePosix(target);
  const folder = folderOf(from);
  return normalizePosix(folder === "" ? target : `${folder}/${target}`);
}

/**
 * Scenario files held in memory, by `/`-separated name (`scenarios/grounded.yaml`). An `extends`
 * resolves against the naming file's folder, as on disk.
 * @param files name → YAML text.
 */
export function memoryScenarioFiles(files: Readonly<Record<string, string>>): ScenarioFiles {
  // Names are normalised as they are read (`./a/../b.yaml` is `b.yaml`); a later duplicate wins.
  const byName = new Map<string, string>(Object.entries(files).map(([name, text]) => [normalizePosix(name), text]));
  return {
    read(file) {
      const text = byName.get(normalizePosix(file));
      if (text === undefined) throw new UnreadableScenarioFile("no such file");
      return text;
    },
    resolve: besides,
    shownName: besides,
    canonical: normalizePosix,
  };
}
