/**
 * Reading Claude Code session transcripts (`~/.claude/projects/<project>/<session-id>.jsonl`, one
 * JSON object per line, subagent transcripts in `<session-id>/subagents/*.jsonl`) into a
 * `RecordedSession`: numbers and times only.
 *
 * The format's quirks, read from real files (/work/shared/sessions and its README):
 * - A reply is written as several lines, one per content block, sharing `message.id`; each line
 *   repeats `message.usage`, which may grow from line to line as the reply streams. A reply is one
 *   call; its tokens are the largest each usage field reached, counted once.
 * - A reply's first line names, in `parentUuid`, the line it answers (a prompt or a tool result):
 *   that line's time is when the request was sent.
 * - `type: "user"` lines are a person's prompt (string content, or text blocks) or tool results
 *   (`tool_result` blocks naming their `tool_use` by id). Not a person: `isMeta` lines, task
 *   notifications, local-command output and caveats, system reminders, the summary that continues a
 *   compacted session, the "[Request interrupted …]" marker, and every prompt in a subagent's
 *   transcript (its prompt comes from the main agent). A slash command (`<command-name>`) is the
 *   person's prompt when a model reply answers it, and not when the tool answers it locally
 *   (`<local-command-stdout>` follows).
 * - Lines of several writers arrive a little out of order (parallel tools' progress lines, up to a
 *   few seconds in the shared sessions): only a line more than a minute before the latest time seen
 *   counts as a clock going backwards.
 *
 * Text is looked at only to classify a prompt by its first characters; none is kept.
 */
import { readLines } from "./lines.ts";
import { noSkips, SKIP_CAUSES, skippedTotal, type RecordedCall, type RecordedSession, type RecordedTool, type SkipCounts } from "./types.ts";

/** Line types Claude Code writes (seen in the shared sessions; `summary` in older versions). */
const KNOWN_TYPES = new Set(["user", "assistant", "progress", "system", "file-history-snapshot", "queue-operation", "summary"]);
/** Types written without a top-level timestamp by design: not a missing timestamp. */
const UNTIMED_TYPES = new Set(["file-history-snapshot", "summary"]);
/**
 * How far a line may be behind the latest time seen before it counts as a clock going backwards.
 * Guess: parallel tools' lines arrive up to 4.5 s out of order in the shared sessions; a minute
 * leaves room for slower machines while still catching a clock that was set back.
 */
export const CLOCK_TOLERANCE_MS = 60_000;

/** Prefixes of string prompts that no person typed (or that the tool answers without the model). */
const NOT_A_PERSON = ["<task-notification>", "<local-command-", "<system-reminder>", "<bash-input>", "<bash-stdout>", "<bash-stderr>", "Caveat: ", "This session is being continued from a previous conversation"];
const COMMAND = ["<command-name>", "<command-message>"];
const INTERRUPTED = "[Request interrupted";
const MODEL_ID = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}$/;

interface Reply {
  call: RecordedCall;
}

/**
 * Accumulates one session from its own transcript and its subagents' (each read with `readPart`),
 * line by line. Memory: the session's calls, tools and line ids, never a line's text.
 */
export class ClaudeCodeSession {
  private readonly models: string[] = [];
  private readonly calls: RecordedCall[] = [];
  private readonly tools: RecordedTool[] = [];
  private readonly prompts: number[] = [];
  private readonly parts: string[] = [];
  private readonly skipped: SkipCounts = noSkips();
  private readonly skippedFiles: { file: string; skipped: SkipCounts }[] = [];
  private compactions = 0;
  private readonly boundaries: { seconds: number; contextTokens: number }[] = [];
  private first = Number.NaN;
  private last = Number.NaN;
  private lines = 0;
  private bytes = 0;

  constructor(private readonly file: string) {}

  /**
   * Reads one transcript of the session: part 0 is the session's own file, later parts its
   * subagents'.
   * @throws the file system's error for a file that cannot be read.
   */
  readPart(path: string): void {
    const part = this.parts.length === 0 && path === this.file ? 0 : this.parts.length + 1;
    if (part > 0) this.parts.push(path);
    const times = new Map<string, number>();
    const replies = new Map<string, Reply>();
    const openTools = new Map<string, number>();
    let latest = Number.NEGATIVE_INFINITY;
    let previous = Number.NaN;
    let pendingCommand = Number.NaN;
    const skipped = noSkips();
    const lines = readLines(path);
    for (;;) {
      const next = lines.next();
      if (next.done === true) {
        this.bytes += next.value.bytes;
        break;
      }
      const line = next.value;
      this.lines++;
      if (line.text.length === 0 || line.text.trim().length === 0) continue;
      let o: Record<string, unknown>;
      try {
        const parsed: unknown = JSON.parse(line.text);
        if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
          skipped.notJson++;
          continue;
        }
        o = parsed as Record<string, unknown>;
      } catch {
        if (line.unterminated) skipped.truncatedLastLine++;
        else skipped.notJson++;
        continue;
      }
      const type = o.type;
      if (typeof type !== "string" || !KNOWN_TYPES.has(type)) {
        skipped.unknownType++;
        continue;
      }
      if (UNTIMED_TYPES.has(type)) continue;
      const t = typeof o.timestamp === "string" ? Date.parse(o.timestamp) : Number.NaN;
      if (Number.isNaN(t)) {
        skipped.missingTimestamp++;
        continue;
      }
      if (t < latest - CLOCK_TOLERANCE_MS) {
        skipped.clockBackwards++;
        continue;
      }
      if (t > latest) latest = t;
      if (!(t >= this.first)) this.first = t;
      if (!(t <= this.last)) this.last = t;
      if (typeof o.uuid === "string") times.set(o.uuid, t);

      // A compaction's boundary line is written when the summary is done, right after the line
      // that triggered it: the gap is the compaction's time (an upper bound).
      if (type === "system" && o.subtype === "compact_boundary" && part === 0 && !Number.isNaN(previous)) {
        const meta = (o.compactMetadata ?? {}) as Record<string, unknown>;
        this.boundaries.push({ seconds: (t - previous) / 1000, contextTokens: count(meta.preTokens) });
      }
      if (type === "assistant") {
        const message = o.message as Record<string, unknown> | undefined;
        if (message === undefined || message === null || typeof message !== "object") {
          previous = t;
          continue;
        }
        // A synthetic reply is the client's own message (an API error, a cancelled request): no call.
        if (message.model === "<synthetic>") {
          previous = t;
          continue;
        }
        const id = typeof message.id === "string" ? message.id : typeof o.requestId === "string" ? o.requestId : `line ${line.number}`;
        const usage = (message.usage ?? {}) as Record<string, unknown>;
        let reply = replies.get(id);
        if (reply === undefined) {
          const parent = typeof o.parentUuid === "string" ? times.get(o.parentUuid) : undefined;
          const start = parent ?? (Number.isNaN(previous) ? t : previous);
          const call: RecordedCall = {
            start: Math.min(start, t),
            firstLine: t,
            end: t,
            outputTokens: 0,
            inputTokens: 0,
            cacheReadTokens: 0,
            cacheWriteTokens: 0,
            model: this.modelIndex(typeof message.model === "string" ? message.model : "unknown"),
            part,
          };
          reply = { call };
          replies.set(id, reply);
          this.calls.push(call);
          if (part === 0 && !Number.isNaN(pendingCommand)) {
            this.prompts.push(pendingCommand);
            pendingCommand = Number.NaN;
          }
        }
        const call = reply.call;
        if (t > call.end) call.end = t;
        call.outputTokens = Math.max(call.outputTokens, count(usage.output_tokens));
        call.inputTokens = Math.max(call.inputTokens, count(usage.input_tokens));
        call.cacheReadTokens = Math.max(call.cacheReadTokens, count(usage.cache_read_input_tokens));
        call.cacheWriteTokens = Math.max(call.cacheWriteTokens, count(usage.cache_creation_input_tokens));
        if (Array.isArray(message.content)) {
          for (const block of message.content as unknown[]) {
            const b = block as Record<string, unknown> | null;
            if (b !== null && typeof b === "object" && b.type === "tool_use" && typeof b.id === "string") openTools.set(b.id, t);
          }
        }
      } else if (type === "user") {
        const message = o.message as Record<string, unknown> | undefined;
        const content = message !== undefined && message !== null && typeof message === "object" ? message.content : undefined;
        const byPerson = part === 0 && o.isMeta !== true && o.isSidechain !== true && o.isCompactSummary !== true;
        // A session continued from a summary: flagged, or (older versions) known by its first words.
        if (part === 0 && o.isCompactSummary === true) this.compactions++;
        if (typeof content === "string") {
          const kind = classify(content);
          if (part === 0 && kind === "summary" && o.isCompactSummary !== true) this.compactions++;
          if (byPerson) {
            if (kind === "person") {
              this.prompts.push(t);
              pendingCommand = Number.NaN;
            } else if (kind === "command") {
              pendingCommand = t;
            } else if (kind === "local") {
              pendingCommand = Number.NaN;
            }
          }
        } else if (Array.isArray(content)) {
          let results = 0;
          let text: string | null = null;
          for (const block of content as unknown[]) {
            const b = block as Record<string, unknown> | null;
            if (b === null || typeof b !== "object") continue;
            if (b.type === "tool_result") {
              results++;
              const id = b.tool_use_id;
              const start = typeof id === "string" ? openTools.get(id) : undefined;
              if (start !== undefined) {
                openTools.delete(id as string);
                this.tools.push({ start: Math.min(start, t), end: t, part });
              }
            } else if (b.type === "text" && text === null && typeof b.text === "string") {
              text = b.text;
            }
          }
          if (byPerson && results === 0 && (text === null || !text.trimStart().startsWith(INTERRUPTED)) && (text === null || classify(text) === "person")) {
            this.prompts.push(t);
            pendingCommand = Number.NaN;
          }
        }
      }
      previous = t;
    }
    for (const cause of SKIP_CAUSES) this.skipped[cause] += skipped[cause];
    if (skippedTotal(skipped) > 0) this.skippedFiles.push({ file: path, skipped });
  }

  /** The session read so far: numbers, times and file names. */
  finish(): RecordedSession {
    this.calls.sort((a, b) => a.start - b.start || a.end - b.end);
    this.tools.sort((a, b) => a.start - b.start || a.end - b.end);
    this.prompts.sort((a, b) => a - b);
    return {
      file: this.file,
      parts: this.parts,
      models: this.models,
      calls: this.calls,
      tools: this.tools,
      prompts: this.prompts,
      promptStarts: this.prompts.map(() => null),
      compactions: this.compactions,
      compactionBoundaries: this.boundaries,
      first: this.first,
      last: this.last,
      skipped: this.skipped,
      skippedFiles: this.skippedFiles,
      lines: this.lines,
      bytes: this.bytes,
    };
  }

  private modelIndex(written: string): number {
    // A model id is printed (replay says which catalogue entry it was taken as): only an
    // identifier-shaped value is kept, so a log cannot put text into an output through it.
    const model = MODEL_ID.test(written) ? written : "unknown";
    const at = this.models.indexOf(model);
    if (at !== -1) return at;
    this.models.push(model);
    return this.models.length - 1;
  }
}

/** A whole number of tokens, or 0 for anything else. */
function count(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}

/** What a string prompt is, from its first characters. */
function classify(text: string): "person" | "command" | "local" | "summary" | "other" {
  const s = text.trimStart();
  if (s.startsWith("This session is being continued from a previous conversation")) return "summary";
  if (s.startsWith("<local-command-stdout>")) return "local";
  for (const prefix of NOT_A_PERSON) if (s.startsWith(prefix)) return "other";
  for (const prefix of COMMAND) if (s.startsWith(prefix)) return "command";
  return "person";
}

/**
 * Reads one Claude Code session: its own transcript and any subagent transcripts beside it.
 * @throws the file system's error for a file that cannot be read.
 */
export function readClaudeCodeSession(file: string, subagents: readonly string[]): RecordedSession {
  const session = new ClaudeCodeSession(file);
  session.readPart(file);
  for (const part of subagents) session.readPart(part);
  return session.finish();
}
