/**
 * The explorer page: move an assumption, watch the distribution move.
 *
 *   control moved (or YAML edited) → the YAML text changes → load it with the CLI's loader
 *     ├─ error: show the CLI's file:line:col message, keep the last good charts
 *     └─ ok: stop the current run → the last complete result is pinned as "before" when the
 *            inputs changed → exploreRun on the Web Workers → headline table and charts,
 *            redrawn at 1/8, 1/4, 1/2 of the runs and at the end → the command that reproduces it
 *
 * For tests and the bench, `window.__explorer` tells the state of the page, `window.__summary`
 * holds the last complete summary (what `velocity run` would write to summary.json) and
 * `window.__before` the pinned one.
 */
import { DEFAULT_LEVER_RUNS, LEVER_IDS, type Summary } from "../../montecarlo/portable.ts";
import { reproduceCommand } from "../../report/reproduce-command.ts";
import { memoryScenarioFiles } from "../../scenario/portable.ts";
import { explorerControls } from "../controls.ts";
import { exploreRun, loadForExplorer, type LoadedScenario } from "../explore-run.ts";
import { editedFileName, PAGE_IDS, type ExplorerData } from "../page-data.ts";
import { inlineYaml, setYamlValue } from "../yaml-edit.ts";
import { clearPane, drawCharts, headlineTable } from "./charts-view.ts";
import { renderControls } from "./controls-view.ts";
import { BlockCancelled, createWebWorkerRunner, type WebWorkerRunner } from "./web-worker-runner.ts";

/** What tests and the bench read off the page. */
interface ExplorerStatus {
  state: "loading" | "running" | "done" | "error";
  /** Completed runs (all points) / planned, of the current run. */
  done: number;
  total: number;
  /** Runs (all points) per second of the last complete run, wall time from start to summary. */
  runsPerSecond: number | null;
  workers: number;
  /** Complete runs drawn so far (increases by one per finished run). */
  completed: number;
  /** The validation message shown, if any. */
  error: string | null;
}

declare global {
  interface Window {
    __explorer: ExplorerStatus;
    __summary: Summary | undefined;
    __before: Summary | undefined;
  }
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const data = JSON.parse(($(PAGE_IDS.data) as HTMLScriptElement).textContent ?? "{}") as ExplorerData;
const workerSource = ($(PAGE_IDS.worker) as HTMLScriptElement).textContent ?? "";
const query = new URLSearchParams(location.search);
const maxWorkers = Math.max(1, Math.min(16, navigator.hardwareConcurrency || 2));

/** A complete result, what reproduces it, and its inputs as one text. */
interface Result {
  summary: Summary;
  command: string;
  inputs: string;
}

/** Everything a result depends on: the text, runs, seed and levers (not the worker count). */
const inputsOf = (): string => JSON.stringify([state.text, state.runs, state.seed, state.levers]);

const state = {
  text: data.text,
  runs: Number(query.get("runs") ?? data.runs),
  seed: Number(query.get("seed") ?? data.seed),
  workers: Math.max(1, Math.min(maxWorkers, Number(query.get("workers") ?? maxWorkers))),
  /** Values the controls wrote, as `--set` would take them, in order; dropped once the text is edited by hand. */
  sets: new Map<string, string>(),
  handEdited: false,
  /** Levers re-run as `velocity run` does by default (every lever on up to the first 200 runs); off is `--levers none`. */
  levers: query.get("levers") !== "none",
  run: null as AbortController | null,
  /** Chart titles and captions from the scenario's `charts:` section, as the report uses them. */
  chartText: {} as Record<string, { title?: string; caption?: string }>,
  /** The command that reproduces what is being run or shown. */
  command: "",
  /** The last complete result, the command that gave it and its inputs (two hand edits share a command). */
  last: null as Result | null,
  /** The result pinned beside the current one (the last complete result before the inputs changed). */
  before: null as Result | null,
};
const status: ExplorerStatus = { state: "loading", done: 0, total: 0, runsPerSecond: null, workers: state.workers, completed: 0, error: null };
window.__explorer = status;

let runner: WebWorkerRunner = createWebWorkerRunner(workerSource, state.workers);

const yamlPane = $<HTMLTextAreaElement>("yaml");
const errorLine = $("yaml-error");
const progress = $<HTMLProgressElement>("progress");
const progressText = $("progress-text");
const chartsBox = $("charts");
const tableBox = $("headline");
const beforeBox = $("before-headline");

function showProgress(done: number, total: number, note = ""): void {
  status.done = done;
  status.total = total;
  progress.max = Math.max(1, total);
  progress.value = done;
  progressText.textContent = `${done.toLocaleString("en-US")} / ${total.toLocaleString("en-US")} runs${note}`;
}

function showCommand(): void {
  const answers = { levers: state.levers ? [...LEVER_IDS] : [], leverRuns: DEFAULT_LEVER_RUNS };
  const command = state.handEdited
    ? reproduceCommand(editedFileName(data.file), state.runs, state.seed, [], [], answers)
    : reproduceCommand(data.file, state.runs, state.seed, [...state.sets].map(([path, value]) => `${path}=${value}`), [], answers);
  $("command").textContent = command;
  state.command = command;
  $("command-note").textContent = state.handEdited ? `Save the edited file as ${editedFileName(data.file)} (beside the original, so its extends still resolve), then run:` : "This command reproduces the view (the numbers match summary.json):";
}

async function draw(summary: Summary, final: boolean): Promise<void> {
  tableBox.replaceChildren(paneHeading("Now", state.command), headlineTable(summary));
  await drawCharts(chartsBox, summary, state.chartText, "now", "Now");
  // A chart the new result adds gets its pinned counterpart too.
  if (final && state.before !== null) await drawCharts(chartsBox, state.before.summary, state.chartText, "before", "Before", true);
  if (final) {
    document.body.dataset.stale = "false";
    status.completed++;
  }
}

/** `Now: velocity run …` over a pane's words: what was run, so the two results read as before/after. */
function paneHeading(name: string, command: string): HTMLElement {
  const heading = document.createElement("h2");
  heading.className = "pane-heading";
  heading.append(`${name}: `, Object.assign(document.createElement("code"), { textContent: command }));
  return heading;
}

/**
 * Pins `result` beside the one about to run: its words and tables in the before column, its charts
 * in each figure's before pane. Drawn once; the current result's partial redraws leave it alone.
 */
function pin(result: Result): void {
  state.before = result;
  window.__before = result.summary;
  document.body.dataset.pinned = "true";
  beforeBox.replaceChildren(paneHeading("Before", result.command), headlineTable(result.summary));
  void drawCharts(chartsBox, result.summary, state.chartText, "before", "Before");
}

/** Drops the pinned result. */
function unpin(): void {
  state.before = null;
  window.__before = undefined;
  document.body.dataset.pinned = "false";
  beforeBox.replaceChildren();
  clearPane(chartsBox, "before");
}

/** Validates `text` as the CLI would and, when it is good, re-runs; a bad text keeps the last charts. */
function apply(text: string, rebuildControls: boolean): void {
  state.text = text;
  if (yamlPane.value !== text) yamlPane.value = text;
  let loaded: LoadedScenario;
  try {
    const files = memoryScenarioFiles({ ...data.files, [data.file]: text });
    loaded = loadForExplorer(files, data.file, state.runs, state.seed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    errorLine.textContent = message;
    status.error = message;
    status.state = "error";
    document.body.dataset.stale = "true";
    return;
  }
  errorLine.textContent = "";
  status.error = null;
  if (rebuildControls) renderControls($("controls"), explorerControls(loaded.scenario), commitControl);
  $("title").textContent = `${loaded.scenario.name} — ${loaded.scenario.description}`;
  // What the report's chartWords gives when no --title/--caption is passed: the file's charts: section.
  state.chartText = (loaded.scenario.resolved.charts ?? {}) as Record<string, { title?: string; caption?: string }>;
  showCommand();
  void start(loaded);
}

function commitControl(path: string, value: unknown, rebuild = false): void {
  let text: string;
  try {
    text = setYamlValue(state.text, path, value);
  } catch (error) {
    errorLine.textContent = error instanceof Error ? error.message : String(error);
    return;
  }
  state.sets.delete(path);
  state.sets.set(path, inlineYaml(value));
  const changedLine = firstChangedLine(state.text, text);
  apply(text, rebuild);
  scrollYamlTo(changedLine);
}

/** 0-based index of the first line that differs between two texts. */
function firstChangedLine(before: string, after: string): number {
  const a = before.split("\n");
  const b = after.split("\n");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Scrolls the YAML pane so the line a control just wrote is in view, a third of the way down. */
function scrollYamlTo(line: number): void {
  const lineHeight = parseFloat(getComputedStyle(yamlPane).lineHeight) || 15;
  yamlPane.scrollTop = Math.max(0, line * lineHeight - yamlPane.clientHeight / 3);
}

async function start(loaded: LoadedScenario): Promise<void> {
  state.run?.abort();
  runner.clear();
  const run = new AbortController();
  state.run = run;
  status.state = "running";
  // The inputs changed: what was shown last stays on screen, beside what comes next.
  if (state.last !== null && state.last.inputs !== inputsOf() && state.before !== state.last) pin(state.last);
  const total = loaded.points.length * loaded.scenario.runs;
  showProgress(0, total);
  const started = performance.now();
  try {
    const summary = await exploreRun(loaded, {
      runner,
      version: data.version,
      levers: state.levers ? LEVER_IDS : [],
      leverRuns: DEFAULT_LEVER_RUNS,
      signal: run.signal,
      onProgress: (done) => {
        if (state.run === run) showProgress(done, total, ` · ${Math.round(done / ((performance.now() - started) / 1000))} runs/s`);
      },
      onPartial: (partial, runs) => {
        if (state.run === run) void draw(partial, false).then(() => (progressText.dataset.partial = String(runs)));
      },
    });
    if (state.run !== run) return;
    const seconds = (performance.now() - started) / 1000;
    status.runsPerSecond = total / seconds;
    window.__summary = summary;
    state.last = { summary, command: state.command, inputs: inputsOf() };
    showProgress(total, total, ` · ${Math.round(total / seconds)} runs/s on ${state.workers} Web Worker${state.workers === 1 ? "" : "s"}`);
    await draw(summary, true);
    if (state.run === run) status.state = "done";
  } catch (error) {
    if (run.signal.aborted || error instanceof BlockCancelled) return;
    const message = error instanceof Error ? error.message : String(error);
    errorLine.textContent = message;
    status.error = message;
    status.state = "error";
    console.error(message);
  }
}

function download(): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([state.text], { type: "text/yaml" }));
  link.download = editedFileName(data.file).split("/").pop() ?? "scenario-edited.yaml";
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function setUp(): void {
  const runsBox = $<HTMLInputElement>("runs");
  const seedBox = $<HTMLInputElement>("seed");
  const workersBox = $<HTMLSelectElement>("workers");
  const leversBox = $<HTMLInputElement>("levers");
  leversBox.checked = state.levers;
  leversBox.addEventListener("change", () => {
    state.levers = leversBox.checked;
    apply(state.text, false);
  });
  runsBox.value = String(state.runs);
  seedBox.value = String(state.seed);
  for (let n = 1; n <= maxWorkers; n++) workersBox.append(new Option(String(n), String(n), false, n === state.workers));
  runsBox.addEventListener("change", () => {
    state.runs = Number(runsBox.value);
    apply(state.text, false);
  });
  seedBox.addEventListener("change", () => {
    state.seed = Number(seedBox.value);
    apply(state.text, false);
  });
  workersBox.addEventListener("change", () => {
    state.run?.abort();
    void runner.close();
    state.workers = Number(workersBox.value);
    status.workers = state.workers;
    runner = createWebWorkerRunner(workerSource, state.workers);
    apply(state.text, false);
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  yamlPane.addEventListener("input", () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state.handEdited = true;
      state.sets.clear();
      apply(yamlPane.value, true);
    }, 400);
  });
  $("reset").addEventListener("click", () => {
    state.handEdited = false;
    state.sets.clear();
    apply(data.text, true);
  });
  $("download").addEventListener("click", download);
  $("unpin").addEventListener("click", unpin);
  $("copy").addEventListener("click", () => void navigator.clipboard?.writeText($("command").textContent ?? ""));
  apply(data.text, true);
}

setUp();
