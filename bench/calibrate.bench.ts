/**
 * `velocity calibrate` reading speed and memory (`npm run bench -- calibrate`), on the shared
 * sessions (`BENCH_SESSIONS`, default ../shared/sessions beside the checkout):
 *
 *   MB/s       bytes of log read ÷ CPU seconds of one pass of calibrate's reading (find, stream,
 *              parse, per-session numbers and stretches), best of BENCH_REPS passes, one core
 *   memory     heap kept after each session (after a GC) above the heap before the pass, reading
 *              the sessions once and a history of BENCH_COPIES copies of them (linked files): it
 *              does not grow with the number of sessions read; and the process's peak RSS, which
 *              holds one session's state and the garbage of parsing it
 *
 * Goal (issue 28): ≥ 50 MB/s on one core. The machine may be shared: CPU time, best of several.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { findSessions, readSessions, sessionStats, stretchesOf } from "../src/sessions/index.ts";

const DIR = process.env.BENCH_SESSIONS ?? fileURLToPath(new URL("../../shared/sessions", import.meta.url));
const REPS = Number(process.env.BENCH_REPS ?? 5);
const gc = (globalThis as { gc?: () => void }).gc;

const COPIES = Number(process.env.BENCH_COPIES ?? 8);

/** A folder holding COPIES copies of DIR's files (symbolic links), as a longer history. */
function history(): string {
  const root = mkdtempSync(join(tmpdir(), "velocity-bench-sessions-"));
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (let k = 0; k < COPIES; k++) {
    for (const file of walk(DIR)) {
      const target = join(root, `copy-${k}`, relative(DIR, file));
      mkdirSync(join(target, ".."), { recursive: true });
      symlinkSync(file, target);
    }
  }
  return root;
}

function pass(trackMemory: boolean, dir = DIR): { bytes: number; sessions: number; peak: number; largest: number } {
  const sources = findSessions([dir]);
  gc?.();
  const base = process.memoryUsage().heapUsed;
  let bytes = 0;
  let sessions = 0;
  let peak = 0;
  let largest = 0;
  let sink = 0;
  for (const { source, session } of readSessions(sources)) {
    bytes += session.bytes;
    sessions++;
    sink += sessionStats(session).modelCalls + stretchesOf(session).stretches.length;
    if (trackMemory) {
      // What the pass keeps between sessions (garbage collected first): the bound that matters.
      gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      const own = [source.file, ...(source.kind === "claude-code" ? source.subagents : [])].reduce((a, f) => a + statSync(f).size, 0);
      largest = Math.max(largest, own);
    }
  }
  if (sink < 0) console.log(sink);
  return { bytes, sessions, peak, largest };
}

function cpuSeconds(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

let best = Infinity;
let bytes = 0;
let sessions = 0;
pass(false); // warm the JIT
for (let r = 0; r < REPS; r++) {
  best = Math.min(best, cpuSeconds(() => ({ bytes, sessions } = pass(false))));
}
const memory = pass(true);
const longer = history();
const many = pass(true, longer);
rmSync(longer, { recursive: true, force: true });
const mbps = bytes / 1e6 / best;
console.log(`calibrate reading: ${(bytes / 1e6).toFixed(1)} MB in ${sessions} sessions, best of ${REPS}: ${(best * 1000).toFixed(0)} ms CPU → ${mbps.toFixed(0)} MB/s on one core (goal ≥ 50 MB/s)${mbps >= 50 ? "" : "  BELOW GOAL"}`);
console.log(`memory: heap kept between sessions at most ${(memory.peak / 1e6).toFixed(2)} MB reading ${sessions} sessions, ${(many.peak / 1e6).toFixed(2)} MB reading ${many.sessions} (${(many.bytes / 1e6).toFixed(0)} MB of log); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; the largest session with its subagents is ${(memory.largest / 1e6).toFixed(1)} MB of log`);
