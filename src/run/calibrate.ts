/**
 * `velocity calibrate` end to end:
 *
 *   find sessions → read each (streamed, one session in memory) → numbers per session and in total
 *   → stretches for the fit → [--out] fit → overlay text → check it loads → write it atomically
 *
 * Nothing but numbers, times and file names leaves the sessions layer.
 */
import { basename, dirname, relative, resolve, sep } from "node:path";
import { loadScenario, loadScenarioText, ScenarioError } from "../scenario/index.ts";
import {
  calibrate,
  findSessions,
  hasSession,
  readSessions,
  sessionStats,
  SessionsError,
  StatsTotal,
  stretchesOf,
  type CalibratedValue,
  type CalibrationData,
  type SessionSource,
  type SessionStats,
} from "../sessions/index.ts";
// The words' own files, not report's index, which loads the chart renderer (a run layer without charts).
import { calibratedOverlay, valueText } from "../report/calibrated-overlay.ts";
import type { NamedStats } from "../report/calibrate-text.ts";
import { writeFileAtomic } from "../output/atomic-write.ts";

/** What `calibrate` is asked. */
export interface CalibrateOptions {
  paths: readonly string[];
  /** Where to write the calibrated overlay (none: no fit is written). */
  out?: string;
  /** The base scenario the overlay extends. */
  base: string;
  /** The company the overlay calibrates (default: the base's first). */
  company?: string;
  version: string;
}

/** What `calibrate` found and wrote. */
export interface CalibrateResult {
  sessions: NamedStats[];
  total: SessionStats;
  data: CalibrationData;
  /** Bytes of log read. */
  bytes: number;
  /** The overlay written, with the values it sets, when `out` was given. */
  overlay: { file: string; company: string; values: CalibratedValue[] } | null;
}

/** The name a session is shown under: its path relative to the folder named, or its file name. */
export function shownName(source: SessionSource, file: string): string {
  if (resolve(source.path) === resolve(source.file)) {
    // A file named directly: its name (and `#session` of a turns file), or a subagent's path beside it.
    return file.startsWith(source.file) ? `${basename(source.file)}${file.slice(source.file.length)}` : relative(dirname(source.file), file).split(sep).join("/");
  }
  return relative(source.path, file).split(sep).join("/");
}

/**
 * Reads the sessions under `options.paths` and, with `out`, writes the calibrated overlay.
 * @throws SessionsError for a path with no session (or that does not exist), ScenarioError for a
 *   bad base scenario or an unknown `--company`.
 */
export function runCalibrate(options: CalibrateOptions): CalibrateResult {
  const sources = findSessions(options.paths);
  const perPath = new Map<string, number>(options.paths.map((p) => [p, 0]));
  const filesPerPath = new Map<string, number>(options.paths.map((p) => [p, 0]));
  for (const s of sources) filesPerPath.set(s.path, (filesPerPath.get(s.path) ?? 0) + 1);
  const sessions: NamedStats[] = [];
  const total = new StatsTotal();
  const data: CalibrationData = { sessions: 0, start: null, end: null, stretches: [], gaps: [], calls: 0, prompts: 0, inputTokens: 0, cacheReadTokens: 0 };
  let bytes = 0;
  for (const { source, session } of readSessions(sources)) {
    bytes += session.bytes;
    if (!hasSession(session)) continue;
    perPath.set(source.path, (perPath.get(source.path) ?? 0) + 1);
    const stats = sessionStats(session);
    total.add(stats, session);
    sessions.push({ name: shownName(source, session.file), stats, skippedFiles: session.skippedFiles.map((f) => ({ name: shownName(source, f.file), skipped: f.skipped })) });
    const { stretches, gaps } = stretchesOf(session);
    data.sessions++;
    data.stretches.push(...stretches);
    data.gaps.push(...gaps);
    data.calls += stats.modelCalls;
    data.prompts += stats.personPrompts;
    data.inputTokens += stats.inputTokens;
    data.cacheReadTokens += stats.cacheReadTokens;
    if (stats.start !== null && (data.start === null || stats.start < data.start)) data.start = stats.start;
    if (stats.end !== null && (data.end === null || stats.end > data.end)) data.end = stats.end;
  }
  for (const [path, n] of perPath) {
    if (n === 0) {
      const files = filesPerPath.get(path) ?? 0;
      throw new SessionsError(`${path}: no session found (${files === 0 ? "no .jsonl or .csv file" : `${files} file${files === 1 ? "" : "s"} read, none with a model call or a person prompt`}; expected Claude Code transcripts from ~/.claude/projects or a turns file, see docs/outputs.md)`);
    }
  }
  let overlay: CalibrateResult["overlay"] = null;
  if (options.out !== undefined) overlay = writeOverlay(options, data);
  return { sessions, total: total.result(), data, bytes, overlay };
}

function writeOverlay(options: CalibrateOptions, data: CalibrationData): NonNullable<CalibrateResult["overlay"]> {
  const out = options.out as string;
  const base = loadScenario(options.base);
  const company = options.company ?? base.companies[0].name;
  if (!base.companies.some((c) => c.name === company)) {
    throw new SessionsError(`--company: expected one of ${base.companies.map((c) => JSON.stringify(c.name)).join(", ")} (the companies of ${options.base}), got ${JSON.stringify(company)}`);
  }
  let extendsPath = relative(dirname(resolve(out)), resolve(options.base)).split(sep).join("/");
  if (!extendsPath.startsWith(".") && !extendsPath.startsWith("/")) extendsPath = `./${extendsPath}`;
  const values = calibrate(data);
  const context = { extendsPath, baseName: base.name, company, version: options.version };
  // The overlay must load before it is written: a file that does not validate is never left behind.
  // A fit outside its field's range (a person away for a night makes a long gap) keeps the base's
  // value and says so; any other error is a bug, reported as it is.
  let text = calibratedOverlay(values, data, context);
  for (let attempt = 0; attempt <= values.length; attempt++) {
    try {
      loadScenarioText(out, text);
      break;
    } catch (error) {
      const field = error instanceof ScenarioError ? /\.task\.(\w+)$/.exec(error.path)?.[1] : undefined;
      const at = values.findIndex((v) => v.field === field && v.how !== "kept");
      if (at === -1) throw error;
      const v = values[at];
      values[at] = { field: v.field, how: "kept", n: v.how === "lognormal" ? v.fit.n : v.n, evidence: v.evidence, outside: valueText(v) };
      text = calibratedOverlay(values, data, context);
    }
  }
  writeFileAtomic(out, text);
  return { file: out, company, values };
}
