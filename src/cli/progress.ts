import { SingleBar, Presets } from "cli-progress";

/** Raised when the user pressed Ctrl-C: the CLI exits 130 and nothing partial was written. */
export class Interrupted extends Error {
  readonly userFacing = true;
  readonly exitCode = 130;
  constructor() {
    super("interrupted: stopped before writing any output");
    this.name = "Interrupted";
  }
}

/**
 * Runs `work` with a progress bar on stderr (runs done, runs/s, time left) when `show` (`"lines"`:
 * stderr is not a terminal, so a plain line every 2 s instead of a redrawn bar), and with
 * Ctrl-C turned into a clean stop: the work's signal aborts, its pool is closed, and `Interrupted`
 * is thrown before anything is written.
 */
export async function withProgress<T>(
  show: boolean | "bar" | "lines" | "none",
  work: (onProgress: (done: number, total: number) => void, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onSigint = () => controller.abort(new Interrupted());
  process.once("SIGINT", onSigint);
  const mode = show === true ? "bar" : show === false ? "none" : show;
  const bar =
    mode === "none"
      ? null
      : new SingleBar(
          { stream: process.stderr, format: "{bar} {value}/{total} runs  {speed} runs/s  ETA {eta_formatted}", hideCursor: mode === "bar", noTTYOutput: mode === "lines", notTTYSchedule: 2000 },
          Presets.shades_classic,
        );
  const started = performance.now();
  let begun = false;
  try {
    return await work((done, total) => {
      if (!bar) return;
      if (!begun) (bar.start(total, 0, { speed: "0" }), (begun = true));
      bar.setTotal(total);
      bar.update(done, { speed: ((done / (performance.now() - started)) * 1000).toFixed(0) });
    }, controller.signal);
  } catch (error) {
    throw controller.signal.aborted ? new Interrupted() : error;
  } finally {
    bar?.stop();
    process.off("SIGINT", onSigint);
  }
}
