/** Sample moments and their standard errors, for tests that compare a sampler with its closed form. */
export interface Moments {
  mean: number;
  variance: number;
  /** Standard error of the mean: sqrt(variance / n). */
  meanSe: number;
  /** Standard error of the sample variance: sqrt((m4 − variance²) / n). */
  varianceSe: number;
}

/** Draws `n` values and returns their moments. */
export function moments(draw: () => number, n: number): Moments {
  const xs = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += xs[i] = draw();
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = (xs[i] - mean) ** 2;
    m2 += d;
    m4 += d * d;
  }
  const variance = m2 / (n - 1);
  m4 /= n;
  return { mean, variance, meanSe: Math.sqrt(variance / n), varianceSe: Math.sqrt(Math.max(m4 - variance * variance, 0) / n) };
}

/**
 * The Kolmogorov–Smirnov statistic of `n` draws against `cdf`, and the critical value at
 * α = 0.001 (asymptotic: sqrt(−ln(α/2) / 2) / sqrt(n)), so a correct sampler fails 1 run in 1,000.
 */
export function kolmogorovSmirnov(draw: () => number, cdf: (x: number) => number, n: number): { d: number; critical: number } {
  const xs = Float64Array.from({ length: n }, draw).sort();
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return { d, critical: Math.sqrt(-Math.log(0.001 / 2) / 2) / Math.sqrt(n) };
}
