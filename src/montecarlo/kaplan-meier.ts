import { Z95 } from "./wilson.ts";

/** One step of a Kaplan–Meier estimate: survival just after `time`, with its Greenwood variance. */
export interface KaplanMeierStep {
  time: number;
  /** Events at this time. */
  events: number;
  /** Subjects at risk just before this time. */
  atRisk: number;
  /** S(t): share that has not had the event by `time`. */
  survival: number;
  /** Greenwood standard error of `survival`. */
  se: number;
}

/** A Kaplan–Meier estimate over event times, with right censoring. */
export interface KaplanMeier {
  n: number;
  steps: KaplanMeierStep[];
}

/**
 * Kaplan–Meier estimate of the time to an event. `times[i]` is when subject i had the event, or
 * `null` when it was censored at `censorTimes[i]` (a run that never reached the target is censored
 * at the horizon). At tied times events are counted before censorings, the usual convention.
 */
export function kaplanMeier(times: readonly (number | null)[], censorTimes: number | readonly number[]): KaplanMeier {
  const n = times.length;
  const events: number[] = [];
  const censored: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = times[i];
    if (t === null || Number.isNaN(t)) censored.push(typeof censorTimes === "number" ? censorTimes : censorTimes[i]);
    else events.push(t);
  }
  events.sort((a, b) => a - b);
  censored.sort((a, b) => a - b);
  const steps: KaplanMeierStep[] = [];
  let atRisk = n;
  let survival = 1;
  let greenwood = 0;
  let e = 0;
  let c = 0;
  while (e < events.length) {
    const time = events[e];
    // Censorings strictly before this event time leave the risk set first.
    while (c < censored.length && censored[c] < time) {
      atRisk--;
      c++;
    }
    let d = 0;
    while (e < events.length && events[e] === time) {
      d++;
      e++;
    }
    survival *= 1 - d / atRisk;
    if (atRisk > d) greenwood += d / (atRisk * (atRisk - d));
    steps.push({ time, events: d, atRisk, survival, se: survival * Math.sqrt(greenwood) });
    atRisk -= d;
  }
  return { n, steps };
}

/** S(t) of the estimate: 1 before the first event. */
export function survivalAt(km: KaplanMeier, time: number): number {
  let s = 1;
  for (const step of km.steps) {
    if (step.time > time) break;
    s = step.survival;
  }
  return s;
}

/**
 * The p-quantile of the event time: the first time at which the share that had the event reaches
 * p (S(t) ≤ 1 − p), or `null` when it never does within the observed times. The median is p = 0.5.
 */
export function kmQuantile(km: KaplanMeier, p: number): number | null {
  const threshold = 1 - p + 1e-12;
  for (const step of km.steps) if (step.survival <= threshold) return step.time;
  return null;
}

/** The pointwise 95% band of S(t) at a step (Greenwood, plain scale, clipped to [0, 1]). */
export function survivalBand(step: KaplanMeierStep, z: number = Z95): { low: number; high: number } {
  return { low: Math.max(0, step.survival - z * step.se), high: Math.min(1, step.survival + z * step.se) };
}

/**
 * 95% confidence interval of the median by inverting the pointwise band (Brookmeyer & Crowley
 * 1982, as R's `survfit` reports it): the lower limit is the first time the band's lower edge
 * reaches 0.5, the upper limit the first time its upper edge does (`null` if never).
 */
export function kmMedianInterval(km: KaplanMeier, z: number = Z95): { low: number | null; high: number | null } {
  let low: number | null = null;
  let high: number | null = null;
  for (const step of km.steps) {
    const band = survivalBand(step, z);
    if (low === null && band.low <= 0.5) low = step.time;
    if (high === null && band.high <= 0.5) high = step.time;
  }
  return { low, high };
}
