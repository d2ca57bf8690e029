/**
 * The answer first, on a terminal: while a run is going, a provisional verdict and per-company
 * table of the runs finished so far, with a progress line under it, redrawn in place; when the run
 * is done the block is erased and the final text is printed as it would be to a pipe. Used only
 * when stdout is a terminal: a pipe or a file gets the final text alone, byte for byte.
 *
 *   a prefix of the runs grows → (first at FIRST_ANSWER_RUNS, then at most every REFRESH_SECONDS)
 *   build its summary → provisionalText → the block: that text + the progress line
 */
import type { Summary } from "../montecarlo/types.ts";
import { provisionalText } from "../report/provisional-text.ts";
import { etaText } from "./eta.ts";
import { LiveBlock, type TerminalWriter } from "./live-block.ts";
import { TERMINAL_WIDTH } from "../report/terminal-summary.ts";

/**
 * Runs of each point before the first provisional answer (or all of them, when fewer): a guess,
 * enough for the medians' intervals to be worth reading (at 200 runs a 50% share is known to
 * about ±7 points) and a second or two of a 2-core laptop on the bundled scenarios.
 */
export const FIRST_ANSWER_RUNS = 200;
/** Seconds between provisional answers: each costs a summary of the runs so far on the main thread. */
export const REFRESH_SECONDS = 1;
/** Seconds between redraws of the progress line alone (as often as the progress bar redraws). */
const PROGRESS_SECONDS = 0.2;
const BAR_WIDTH = 30;

/** A progress line like the bar's: `████░░░ 400/2000 runs  350 runs/s  4s left`. */
export function progressLine(done: number, total: number, seconds: number): string {
  const filled = total > 0 ? Math.round((BAR_WIDTH * Math.min(done, total)) / total) : 0;
  const speed = seconds > 0 ? (done / seconds).toFixed(0) : "0";
  // The runs are done; levers, charts and the report may take a while yet, with no count to show.
  if (total > 0 && done >= total) return `${"█".repeat(BAR_WIDTH)} ${done}/${total} runs  ${speed} runs/s  finishing (levers, charts, report)`;
  return `${"█".repeat(filled)}${"░".repeat(BAR_WIDTH - filled)} ${done}/${total} runs  ${speed} runs/s  ${etaText(done, total, seconds)} left`;
}

/** The provisional answers and progress of one run on a terminal. */
export class LiveAnswer {
  private readonly block: LiveBlock;
  private readonly started: number;
  private answer = "";
  private answeredRuns = 0;
  private answeredAt = -Infinity;
  private drawnAt = -Infinity;
  private done = 0;
  private total = 0;

  /** @param now wall clock in seconds (a test passes its own) */
  constructor(
    out: TerminalWriter,
    private readonly now: () => number = () => performance.now() / 1000,
  ) {
    this.block = new LiveBlock(out);
    this.started = now();
  }

  /** Runs done of runs planned (over all points), as the progress bar gets them. */
  progress(done: number, total: number): void {
    this.done = done;
    this.total = total;
    if (this.now() - this.drawnAt >= PROGRESS_SECONDS || done === total) this.draw();
  }

  /**
   * The first `runs` runs of every point (of `total`) are done; `summary` builds their summary,
   * called only when a provisional answer is due.
   */
  prefix(runs: number, total: number, summary: () => Summary): void {
    if (runs <= this.answeredRuns || runs < Math.min(total, FIRST_ANSWER_RUNS)) return;
    if (this.answeredRuns > 0 && runs < total && this.now() - this.answeredAt < REFRESH_SECONDS) return;
    this.answer = provisionalText(summary(), runs, total, TERMINAL_WIDTH);
    this.answeredRuns = runs;
    this.answeredAt = this.now();
    this.draw();
  }

  /** The run is over: the block is erased, for the final text (or an error) to take its place. */
  clear(): void {
    this.block.clear();
  }

  /**
   * The run failed or was interrupted: the progress line goes, the last provisional answer (which
   * says it is provisional) stays on screen above the message.
   */
  stop(): void {
    this.block.clear();
    if (this.answer !== "") this.block.show(this.answer);
  }

  private draw(): void {
    this.drawnAt = this.now();
    const line = progressLine(this.done, this.total, this.drawnAt - this.started);
    this.block.show(this.answer === "" ? line : `${this.answer}\n${line}`);
  }
}
