/**
 * The plain turns format, for coding agents other than Claude Code: one row per span of a session,
 * as CSV with a header row or as JSON Lines with the same field names.
 *
 *   session,start,end,kind,outputTokens,inputTokens
 *   s1,2026-02-10T21:11:52Z,2026-02-10T21:12:30Z,person,,
 *   s1,2026-02-10T21:12:30Z,2026-02-10T21:12:41Z,model,250,40000
 *   s1,2026-02-10T21:12:41Z,2026-02-10T21:12:44Z,tool,,
 *
 * `kind` is `model` (one model call, from the request to the reply's end; its tokens), `tool` (one
 * tool run) or `person` (a person reading and writing a prompt; the prompt is sent at `end`).
 * Times are ISO 8601 with a zone (`Z` or `+01:00`); tokens are whole numbers, empty for tool and
 * person rows. `inputTokens` counts every input token the call read (cached included); an optional
 * `cacheReadTokens` says how many of them were cache reads. Other columns are ignored.
 * docs/outputs.md and the README say more (and how to produce it from Codex CLI's logs).
 *
 * Rows are grouped by `session` (any order); a file's sessions are held together until the file
 * ends (a few numbers per row). A line that is not JSON (JSON Lines) or a truncated last line is
 * counted and skipped, as in a Claude Code transcript; a row with a missing or bad field stops with
 * a one-line error at file:line:column naming the field, never its value.
 */
import { readLines } from "./lines.ts";
import { SessionsError } from "./errors.ts";
import { noSkips, skippedTotal, type RecordedSession } from "./types.ts";

const KINDS = new Set(["model", "tool", "person"]);
const REQUIRED = ["session", "start", "end", "kind"] as const;
/** A session id printed as is only when it looks like an identifier (no text from a log). */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Whether the first non-empty line of a `.jsonl` file is a turns row rather than a Claude Code line. */
export function looksLikeTurnsLine(text: string): boolean {
  try {
    const o = JSON.parse(text) as Record<string, unknown>;
    return o !== null && typeof o === "object" && "kind" in o && "session" in o && !("type" in o);
  } catch {
    return false;
  }
}

interface Building {
  session: RecordedSession;
}

/**
 * Reads a turns file (`csv` when `asCsv`, else JSON Lines) into its sessions, in order of first
 * appearance.
 * @throws SessionsError for a missing header field or a bad value (file:line:col and the field).
 */
export function readTurnsFile(path: string, asCsv: boolean): RecordedSession[] {
  const sessions = new Map<string, Building>();
  const order: Building[] = [];
  const fileSkips = noSkips();
  let header: string[] | null = null;
  let bytes = 0;
  const it = readLines(path);
  for (;;) {
    const next = it.next();
    if (next.done === true) {
      bytes = next.value.bytes;
      break;
    }
    const line = next.value;
    if (line.text.trim().length === 0) continue;
    let row: Record<string, unknown>;
    let columns: number[] | null = null;
    if (asCsv) {
      const cells = splitCsv(line.text);
      if (header === null) {
        header = cells.map((c) => c.trim());
        for (const name of REQUIRED) {
          if (!header.includes(name)) throw new SessionsError(`${path}:${line.number}:1: the header has no "${name}" column (expected session,start,end,kind,outputTokens,inputTokens)`);
        }
        continue;
      }
      if (line.unterminated && cells.length < header.length) {
        fileSkips.truncatedLastLine++;
        continue;
      }
      row = {};
      columns = [];
      let col = 1;
      for (let i = 0; i < header.length; i++) {
        row[header[i]] = cells[i] ?? "";
        columns.push(col);
        col += (cells[i] ?? "").length + 1;
      }
    } else {
      try {
        const parsed: unknown = JSON.parse(line.text);
        if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
          fileSkips.notJson++;
          continue;
        }
        row = parsed as Record<string, unknown>;
      } catch {
        if (line.unterminated) fileSkips.truncatedLastLine++;
        else fileSkips.notJson++;
        continue;
      }
    }
    const where = (field: string): string => {
      const at = header !== null && columns !== null ? columns[header.indexOf(field)] ?? 1 : 1;
      return `${path}:${line.number}:${at}: ${field}`;
    };
    for (const name of REQUIRED) {
      const v = row[name];
      if (v === undefined || v === null || String(v).trim() === "") throw new SessionsError(`${where(name)}: missing (every row needs session, start, end and kind)`);
    }
    const kind = String(row.kind).trim();
    if (!KINDS.has(kind)) throw new SessionsError(`${where("kind")}: expected model, tool or person`);
    const start = time(row.start, where("start"));
    const end = time(row.end, where("end"));
    if (end < start) {
      fileSkips.clockBackwards++;
      continue;
    }
    const id = String(row.session).trim();
    let b = sessions.get(id);
    if (b === undefined) {
      const name = SAFE_ID.test(id) ? id : String(order.length + 1);
      b = { session: emptySession(`${path}#${name}`) };
      sessions.set(id, b);
      order.push(b);
    }
    const s = b.session;
    s.lines++;
    if (!(start >= s.first)) s.first = start;
    if (!(end <= s.last)) s.last = end;
    if (kind === "model") {
      const output = tokens(row.outputTokens, where("outputTokens"));
      const input = tokens(row.inputTokens, where("inputTokens"));
      const cacheRead = row.cacheReadTokens === undefined || row.cacheReadTokens === null || String(row.cacheReadTokens).trim() === "" ? 0 : tokens(row.cacheReadTokens, where("cacheReadTokens"));
      if (cacheRead > input) throw new SessionsError(`${where("cacheReadTokens")}: expected at most inputTokens (cache reads are part of the input)`);
      s.calls.push({ start, firstLine: Number.NaN, end, outputTokens: output, inputTokens: input - cacheRead, cacheReadTokens: cacheRead, cacheWriteTokens: 0, model: 0, part: 0 });
    } else if (kind === "tool") {
      s.tools.push({ start, end, part: 0 });
    } else {
      s.prompts.push(end);
      s.promptStarts.push(start);
    }
  }
  const out = order.map((b) => b.session);
  // Skipped lines belong to the file, not to a session: the first session carries them.
  if (out.length > 0) {
    out[0].skipped = fileSkips;
    if (skippedTotal(fileSkips) > 0) out[0].skippedFiles = [{ file: path, skipped: fileSkips }];
    out[0].bytes = bytes;
  }
  for (const s of out) {
    s.calls.sort((a, b) => a.start - b.start);
    s.tools.sort((a, b) => a.start - b.start);
    const pairs = s.prompts.map((p, i) => [p, s.promptStarts[i]] as const).sort((a, b) => a[0] - b[0]);
    s.prompts = pairs.map((p) => p[0]);
    s.promptStarts = pairs.map((p) => p[1]);
  }
  return out;
}

function emptySession(file: string): RecordedSession {
  return { file, parts: [], models: ["unknown"], calls: [], tools: [], prompts: [], promptStarts: [], compactions: 0, first: Number.NaN, last: Number.NaN, skipped: noSkips(), skippedFiles: [], lines: 0, bytes: 0 };
}

function time(value: unknown, where: string): number {
  const s = String(value).trim();
  // A zone is required: a local time would shift with the machine that reads it.
  const t = /(Z|[+-]\d\d:?\d\d)$/.test(s) ? Date.parse(s) : Number.NaN;
  if (Number.isNaN(t)) throw new SessionsError(`${where}: expected an ISO 8601 time with a zone (2026-02-10T21:11:52Z)`);
  return t;
}

function tokens(value: unknown, where: string): number {
  const s = value === undefined || value === null ? "" : String(value).trim();
  const n = s === "" ? Number.NaN : Number(s);
  if (!Number.isInteger(n) || n < 0) throw new SessionsError(`${where}: expected a whole number of tokens >= 0 on a model row`);
  return n;
}

/** Splits one CSV line (RFC 4180 quotes; no newline inside a field). */
function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = "";
      i++;
      while (i < line.length) {
        if (line[i] === '"' && line[i + 1] === '"') {
          value += '"';
          i += 2;
        } else if (line[i] === '"') {
          i++;
          break;
        } else {
          value += line[i++];
        }
      }
      cells.push(value);
      const comma = line.indexOf(",", i);
      i = comma === -1 ? line.length + 1 : comma + 1;
    } else {
      const comma = line.indexOf(",", i);
      const end = comma === -1 ? line.length : comma;
      cells.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return cells;
}

/** What each field of a turns row holds (docs/outputs.md). */
export const TURNS_FIELDS: Readonly<Record<string, string>> = {
  session: "Any identifier of the session; rows of one session may come in any order. Printed only when it looks like an identifier (letters, digits, `._:-`, up to 64), else by its number in the file.",
  start: "When the span began: ISO 8601 with a zone (`2026-02-10T21:11:52Z`).",
  end: "When it ended (same form; a row ending before it starts is skipped as a clock going backwards).",
  kind: "`model` (one model call, from sending the request to the reply's end), `tool` (one tool run) or `person` (a person reading and writing a prompt; the prompt is sent at `end`).",
  outputTokens: "Output tokens of a `model` row (whole number); empty otherwise.",
  inputTokens: "Every input token a `model` row's call read, cached included; empty otherwise.",
  cacheReadTokens: "Optional: how many of `inputTokens` were cache reads (billed at the cached price by `replay`).",
};
