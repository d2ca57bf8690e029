/**
 * Small Claude Code transcripts written by the tests: each line built as the tool writes it (a
 * reply over several lines sharing message.id, usage repeated and growing, tool results naming
 * their tool_use), with times given in seconds from a fixed start. Every text field holds
 * `CANARY`, which no output may ever contain.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** A string that must never reach an output. */
export const CANARY = "CANARY-7f3a-secret-prompt-text";

const T0 = Date.parse("2026-03-02T10:00:00.000Z");
let uuidCounter = 0;

/** The ISO time `s` seconds after the fixed start. */
export function at(s: number): string {
  return new Date(T0 + s * 1000).toISOString();
}

/** Builds lines of one transcript; each method returns the line's uuid. */
export class Transcript {
  readonly lines: string[] = [];
  private last: string | null = null;

  private push(o: Record<string, unknown>): string {
    const uuid = `u-${++uuidCounter}`;
    this.lines.push(JSON.stringify({ parentUuid: this.last, uuid, sessionId: "s", cwd: `/home/${CANARY}`, ...o }));
    this.last = uuid;
    return uuid;
  }

  /** A person's prompt (string content). */
  prompt(s: number, extra: Record<string, unknown> = {}, text = `fix ${CANARY}`): string {
    return this.push({ type: "user", timestamp: at(s), message: { role: "user", content: text }, ...extra });
  }

  /** One reply written as one line per block; usage grows to `output` on the last line. */
  reply(id: string, times: number[], output: number, tools: string[] = [], usage: { input?: number; read?: number; write?: number } = {}, model = "claude-opus-4-6"): void {
    const blocks = times.length;
    times.forEach((s, i) => {
      const toolId = tools[i - (blocks - tools.length)];
      const content = toolId !== undefined ? [{ type: "tool_use", id: toolId, name: "Bash", input: { command: `echo ${CANARY}` } }] : [{ type: "text", text: `answer ${CANARY}` }];
      const out = i === blocks - 1 ? output : Math.min(output, 1 + i);
      this.push({
        type: "assistant",
        timestamp: at(s),
        requestId: `req-${id}`,
        message: { id, model, role: "assistant", content, usage: { input_tokens: usage.input ?? 3, cache_read_input_tokens: usage.read ?? 1000, cache_creation_input_tokens: usage.write ?? 100, output_tokens: out } },
      });
    });
  }

  /** A tool result for `toolId`. */
  result(s: number, toolId: string): string {
    return this.push({ type: "user", timestamp: at(s), message: { role: "user", content: [{ type: "tool_result", tool_use_id: toolId, content: `output ${CANARY}` }] } });
  }

  /** Any other line. */
  raw(o: Record<string, unknown>): string {
    return this.push(o);
  }

  /** The text of the file (a trailing newline unless `truncate` leaves a cut-off last line). */
  text(extraLines: string[] = [], truncateLast?: string): string {
    return [...this.lines, ...extraLines].join("\n") + "\n" + (truncateLast ?? "");
  }
}

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "velocity-sessions-"));
}

/** Writes `text` at `path` (folders made). */
export function write(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}
