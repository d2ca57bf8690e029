import { SingleBar, Presets } from "cli-progress";
import { etaText } from "./eta.ts";

/**
 * Raised when the user pressed Ctrl-C (SIGINT) or the process was asked to stop (SIGTERM, what
 * `timeout`, Slurm and Kubernetes send): nothing partial was written, and the CLI exits with the
 * shell's code for the signal (130, 143).
 */
export class Interrupted extends Error {
  readonly userFacing = true;
  readonly exitCode: number;
  constructor(signal: "SIGINT" | "SIGTERM" = "SIGINT") {
    super(`interrupted${signal === "SIGTERM" ? " (SIGTERM)" : ""}: stopped before writing any output`);
    this.name = "Interrupted";
    this.exitCode = signal === "SIGTERM" ? 143 : 130;
  }
}

/**
 * Runs `work` with a progress bar on stderr (runs done, runs/s, time left once stable: eta.ts) when `show` (`"lines"`:
 * stderr is not a terminal, so a plain line every 2 s instead of a redrawn bar), and with
 * Ctrl-C turned into a clean stop: the work's signal aborts, its pool is closed, and `Interrupted`
 * is thrown before anything is written.
 */
export async function withProgress<T>(
  show: boolean | "bar" | "lines" | "none",
  work: (onProgress: (done: number, total: number) => void, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  // Both signals take the same path, so the temporary folder and the lock are removed either way
  // (without a listener, SIGTERM would end the process at once and leave them beside the output).
  const onSigint = () => controller.abort(new Interrupted("SIGINT"));
  const onSigterm = () => controller.abort(new Interrupted("SIGTERM"));
  process.once("SIGINT", onSigint);
  process.once("SIGTERM", onSigterm);
  const mode = show === true ? "bar" : show === false ? "none" : show;
  const bar =
    mode === "none"
      ? null
      : new SingleBar(
          { stream: process.stderr, format: "{bar} {value}/{total} runs  {speed} runs/s  {left} left", hideCursor: mode === "bar", noTTYOutput: mode === "lines", notTTYSchedule: 2000 },
          Presets.shades_classic,
        );
  const started = performance.now();
  let begun = false;
  try {
    return await work((done, total) => {
      if (!bar) return;
      if (!begun) (bar.start(total, 0, { speed: "0", left: "…" }), (begun = true));
      bar.setTotal(total);
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { speed: (done / seconds).toFixed(0), left: etaText(done, total, seconds) });
    }, controller.signal);
  } catch (error) {
    throw controller.signal.aborted ? (controller.signal.reason as Interrupted) : error;
  } finally {
    bar?.stop();
    process.off("SIGINT", onSigint);
    process.off("SIGTERM", onSigterm);
  }
}
