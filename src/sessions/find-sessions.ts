/**
 * From the paths a user names to the sessions in them: files are taken as named, folders are read
 * recursively (`.jsonl` and `.csv` files, in path order; a `.csv` in a folder only when its header
 * is a turns file's). A Claude Code transcript `<id>.jsonl`
 * takes the subagent transcripts in `<id>/subagents/*.jsonl` as part of its session; a subagent
 * transcript whose session file is absent is a session of its own. A `.csv` is the plain turns
 * format; a `.jsonl` is the plain format when its first line is a turns row.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { readClaudeCodeSession } from "./claude-code.ts";
import { SessionsError } from "./errors.ts";
import { readLines } from "./lines.ts";
import { looksLikeTurnsLine, readTurnsFile } from "./turns-format.ts";
import type { RecordedSession } from "./types.ts";

/** One file to read and how. */
export type SessionSource =
  | { kind: "claude-code"; file: string; subagents: string[]; path: string }
  | { kind: "turns"; file: string; csv: boolean; path: string };

/**
 * The session sources under `paths`, in the order named (each folder's files in path order).
 * @throws SessionsError for a path that does not exist.
 */
export function findSessions(paths: readonly string[]): SessionSource[] {
  const out: SessionSource[] = [];
  const taken = new Set<string>();
  for (const path of paths) {
    let isDir: boolean;
    let isRegular: boolean;
    try {
      const stat = statSync(path);
      isDir = stat.isDirectory();
      isRegular = stat.isFile();
    } catch {
      throw new SessionsError(`${path}: no such file or folder (expected Claude Code .jsonl transcripts, a folder of them, or a turns .csv/.jsonl)`);
    }
    // A FIFO, a device or a socket (or a link to one, such as /dev/zero) would block or never end.
    if (!isDir && !isRegular) throw new SessionsError(`${path}: not a regular file or a folder (a FIFO, device or socket is never read; expected Claude Code .jsonl transcripts or a turns .csv/.jsonl)`);
    const files = isDir ? walk(path).filter((f) => f.endsWith(".jsonl") || f.endsWith(".csv")) : [path];
    const set = new Set(files);
    for (const file of files) {
      if (taken.has(file)) continue;
      const parent = sessionOfSubagent(file);
      if (parent !== null && (set.has(parent) || existsSync(parent))) continue; // read with its session
      taken.add(file);
      if (file.endsWith(".csv")) {
        // In a folder, a CSV that is not a turns file is someone else's data: left alone. Named
        // directly, it is read, and a wrong header is an error naming the column.
        if (isDir && !isTurnsCsv(file)) continue;
        out.push({ kind: "turns", file, csv: true, path });
      } else if (isTurnsJsonl(file)) {
        out.push({ kind: "turns", file, csv: false, path });
      } else {
        const subagents = subagentsOf(file);
        for (const s of subagents) taken.add(s);
        out.push({ kind: "claude-code", file, subagents, path });
      }
    }
  }
  return out;
}

/**
 * Reads the sessions of `sources` one source at a time (memory: one source's sessions).
 * @throws SessionsError for a turns file with a bad row, or a file that cannot be read.
 */
export function* readSessions(sources: readonly SessionSource[]): Generator<{ source: SessionSource; session: RecordedSession }> {
  for (const source of sources) {
    let sessions: RecordedSession[];
    try {
      sessions = source.kind === "turns" ? readTurnsFile(source.file, source.csv) : [readClaudeCodeSession(source.file, source.subagents)];
    } catch (error) {
      if (error instanceof SessionsError) throw error;
      const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
      throw new SessionsError(`${source.file}: cannot be read (${code})`);
    }
    for (const session of sessions) yield { source, session };
  }
}

/** Whether a session holds anything to report: a model call or a person prompt. */
export function hasSession(s: RecordedSession): boolean {
  return s.calls.length > 0 || s.prompts.length > 0;
}

/** `<dir>/<id>.jsonl` for a file `<dir>/<id>/subagents/<name>.jsonl`, else null. */
function sessionOfSubagent(file: string): string | null {
  const folder = dirname(file);
  if (basename(folder) !== "subagents") return null;
  const sessionDir = dirname(folder);
  return `${sessionDir}.jsonl`;
}

/** The subagent transcripts of a session file, in name order. */
function subagentsOf(file: string): string[] {
  if (!file.endsWith(".jsonl")) return [];
  const dir = join(file.slice(0, -".jsonl".length), "subagents");
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith(".jsonl"))
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

function isTurnsCsv(file: string): boolean {
  try {
    for (const line of readLines(file)) {
      if (line.text.trim().length === 0) continue;
      const columns = new Set(line.text.split(",").map((c) => c.trim().replace(/^"|"$/g, "")));
      return ["session", "start", "end", "kind"].every((c) => columns.has(c));
    }
  } catch {
    // An unreadable file is left alone in a folder.
  }
  return false;
}

function isTurnsJsonl(file: string): boolean {
  try {
    for (const line of readLines(file)) {
      if (line.text.trim().length === 0) continue;
      return looksLikeTurnsLine(line.text);
    }
  } catch {
    // An unreadable file is reported when it is read.
  }
  return false;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Every file under `dir`, recursively, sorted by path. */
function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile()) out.push(full);
    // A link to a file is read; a link to a folder is not followed (it could loop).
    else if (e.isSymbolicLink() && isFile(full)) out.push(full);
  }
  return out;
}
