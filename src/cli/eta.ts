/**
 * The time left shown by the progress bar. A run's blocks finish in bursts (each worker hands back
 * 25 runs at once) and the lever re-runs add to the total on the way, so a rate taken from the
 * last few updates swings wildly (1 s, then 8 min 30 s, for a run that took 3 min 38 s). The time
 * left is shown only once it is stable: after 5% of the runs and 2 s, from the average rate since
 * the run started (every run so far, so one burst moves it little).
 */

/** Share of the runs done before a time left is shown. */
export const ETA_AFTER_SHARE = 0.05;
/** Seconds of work before a time left is shown. */
export const ETA_AFTER_SECONDS = 2;

/** `3m 38s`, `45s`, `1h 02m`: a duration in whole seconds, for the progress bar. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/**
 * The time left after `done` of `total` runs in `elapsedSeconds`, as the bar shows it: `3m 38s`,
 * or `…` while fewer than 5% of the runs are done or less than 2 s has passed.
 */
export function etaText(done: number, total: number, elapsedSeconds: number): string {
  if (total <= 0 || done < ETA_AFTER_SHARE * total || elapsedSeconds < ETA_AFTER_SECONDS || done <= 0) return "…";
  return formatDuration(((total - done) * elapsedSeconds) / done);
}
