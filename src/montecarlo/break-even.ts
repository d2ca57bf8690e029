/**
 * The break-even price read several ways from the same runs, without simulating again.
 *
 * Run r's net value gain at price factor m (every token price of the offering × m) is the line
 * g_r(m) = g_r(1) − (m − 1)·D_r, D_r ≥ 0 being its discounted per-token bill (verdict.ts). Each
 * line is positive exactly while m is below its own crossing c_r = (g_r(1) + D_r) / D_r (a run
 * with no bill is positive at every price or at none). So:
 *
 *   share of runs that pay at m     = #{c_r > m} / n                  (a step function)
 *   price where that share falls to q = the ⌈q·n⌉-th largest c_r
 *   price where the median is zero  = an order statistic of the c_r (odd n), or a root between two
 *                                     adjacent ones (even n: the median averages two lines there)
 *   its 95% interval                = the percentile bootstrap of that price over resampled runs
 *
 * The order statistics make one break-even O(n) after one sort, so a thousand bootstrap replicates
 * cost about what a single sort-per-step bisection did (a default run stays within its time).
 */
import type { Rng } from "../random/index.ts";

/** Beyond this factor a price is "any price" (as verdict.ts's bisection, which stops there). */
const FACTOR_CAP = 2 ** 40;

/** Per-run crossing factors c_r: the price factor below which run r's gain is positive. */
export function crossings(gain: ArrayLike<number>, bill: ArrayLike<number>): Float64Array {
  const c = new Float64Array(gain.length);
  for (let r = 0; r < gain.length; r++) {
    const u = gain[r] + bill[r];
    c[r] = bill[r] > 0 ? u / bill[r] : u > 0 ? Infinity : -Infinity;
  }
  return c;
}

/** The share of runs whose gain is above zero at price factor m. */
export function sharePaysAt(gain: ArrayLike<number>, bill: ArrayLike<number>, m: number): number {
  if (gain.length === 0) return 0;
  let paid = 0;
  for (let r = 0; r < gain.length; r++) if (gain[r] - (m - 1) * bill[r] > 0) paid++;
  return paid / gain.length;
}

/**
 * The price factor at which the share of runs that pay falls to `share` (0 < share < 1): below it
 * more than that share pays. Null when the share is at or under `share` even with free tokens, or
 * stays above it at any price.
 */
export function shareCrossingFactor(gain: ArrayLike<number>, bill: ArrayLike<number>, share: number): number | null {
  const n = gain.length;
  if (n === 0) return null;
  // share(m) > q ⇔ #{c_r > m} > q·n ⇔ m < the (⌊q·n⌋ + 1)-th largest crossing.
  const k = Math.floor(share * n) + 1;
  if (k > n) return null;
  const c = crossings(gain, bill).sort();
  const at = c[n - k];
  return at > 0 && at < FACTOR_CAP ? at : null;
}

/**
 * The root of the median of u_r − m·v_r over the runs with weight w_r > 0 (weights count a run
 * that many times, as a bootstrap resample does), given the crossings sorted descending in
 * `order`: "never" when the median is not above zero at m = 0, "always" when it stays above it at
 * any price.
 */
function medianRoot(u: ArrayLike<number>, v: ArrayLike<number>, c: ArrayLike<number>, order: ArrayLike<number>, w: ArrayLike<number>, n: number): number | "never" | "always" {
  // The k-th and (k+1)-th largest crossings among the n weighted runs.
  const k = n % 2 === 1 ? (n + 1) / 2 : n / 2;
  let seen = 0;
  let c1 = NaN;
  let c2 = NaN;
  let i1 = -1;
  for (let i = 0; i < order.length; i++) {
    const r = order[i];
    if (w[r] === 0) continue;
    const before = seen;
    seen += w[r];
    if (before < k && seen >= k) {
      c1 = c[r];
      i1 = i;
    }
    if (before < k + 1 && seen >= k + 1) {
      c2 = c[r];
      break;
    }
  }
  // Odd n: the median is the k-th largest line, zero exactly at its crossing.
  if (n % 2 === 1 || c1 === c2) return c1 <= 0 ? "never" : c1 >= FACTOR_CAP ? "always" : c1;
  if (c1 <= 0) return "never";
  if (c2 >= FACTOR_CAP) return "always";
  // Even n, between the two crossings: exactly the k lines crossing at or above c1 are positive, and
  // the median is half the sum of the lowest of them and the highest of the rest.
  // The lines of each side, gathered once (a line counted several times is still one line).
  const pu: number[] = [];
  const pv: number[] = [];
  const nu: number[] = [];
  const nv: number[] = [];
  for (let i = 0; i < order.length; i++) {
    const r = order[i];
    if (w[r] === 0) continue;
    if (i <= i1) {
      pu.push(u[r]);
      pv.push(v[r]);
    } else {
      nu.push(u[r]);
      nv.push(v[r]);
    }
  }
  const h = (m: number) => {
    let low = Infinity;
    let high = -Infinity;
    for (let j = 0; j < pu.length; j++) low = Math.min(low, pu[j] - m * pv[j]);
    for (let j = 0; j < nu.length; j++) high = Math.max(high, nu[j] - m * nv[j]);
    return (low + high) / 2;
  };
  let lo = Math.max(c2, 0);
  if (h(lo) <= 0) return "never";
  let hi = c1;
  if (!Number.isFinite(hi)) {
    hi = Math.max(1, 2 * lo);
    while (h(hi) > 0) {
      hi *= 2;
      if (hi > FACTOR_CAP) return "always";
    }
  }
  // h is piecewise linear with few kinks between two adjacent crossings: false position (the
  // Illinois variant, which halves a stale end's weight) converges in a handful of O(n) steps
  // where bisection needs fifty.
  let hLo = h(lo);
  let hHi = h(hi);
  let side = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    let mid = hHi === hLo ? (lo + hi) / 2 : lo + (hLo * (hi - lo)) / (hLo - hHi);
    if (!(mid > lo && mid < hi)) mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    const hMid = h(mid);
    if (hMid === 0) return mid;
    if (hMid > 0) {
      lo = mid;
      hLo = hMid;
      if (side === 1) hHi /= 2;
      side = 1;
    } else {
      hi = mid;
      hHi = hMid;
      if (side === -1) hLo /= 2;
      side = -1;
    }
  }
  return (lo + hi) / 2;
}

/** Run indices in descending order of crossing (ties by index, so the order is reproducible). */
function descending(c: Float64Array): Uint32Array {
  const order = new Uint32Array(c.length).map((_, i) => i);
  return order.sort((a, b) => (c[b] === c[a] ? a - b : c[b] > c[a] ? 1 : -1));
}

/**
 * The price factor where the median gain is zero (verdict.ts's `breakEvenFactor`, by order
 * statistics instead of a sort at every bisection step; the two agree to 1e-12).
 */
export function medianBreakEvenFactor(gain: ArrayLike<number>, bill: ArrayLike<number>): number | null {
  const n = gain.length;
  if (n === 0) return null;
  const u = Float64Array.from(gain, (g, r) => g + bill[r]);
  const c = crossings(gain, bill);
  const root = medianRoot(u, bill, c, descending(c), new Uint32Array(n).fill(1), n);
  return typeof root === "number" ? root : null;
}

/** A 95% interval of a price factor; `high` is Infinity when it is unbounded above. */
export interface FactorInterval {
  low: number;
  high: number;
}

/**
 * The percentile bootstrap 95% interval of the median break-even factor (Efron & Tibshirani, *An
 * Introduction to the Bootstrap*, 1993, ch. 13): `replicates` resamples of the runs with
 * replacement, each run's count drawn from `rng`. A resample where the offering loses even with
 * free tokens counts as factor 0; one where it pays at any price as Infinity.
 */
export function bootstrapBreakEven(gain: ArrayLike<number>, bill: ArrayLike<number>, rng: Rng, replicates = 1000): FactorInterval | null {
  const n = gain.length;
  if (n === 0) return null;
  const u = Float64Array.from(gain, (g, r) => g + bill[r]);
  const c = crossings(gain, bill);
  const order = descending(c);
  const w = new Uint32Array(n);
  const out = new Float64Array(replicates);
  for (let b = 0; b < replicates; b++) {
    w.fill(0);
    for (let i = 0; i < n; i++) w[Math.floor(rng() * n)]++;
    const root = medianRoot(u, bill, c, order, w, n);
    out[b] = root === "never" ? 0 : root === "always" ? Infinity : root;
  }
  out.sort();
  // The 2.5th and 97.5th percentiles as order statistics (no interpolation: ends may be 0 or ∞).
  return { low: out[Math.floor(0.025 * replicates)], high: out[Math.max(0, Math.ceil(0.975 * replicates) - 1)] };
}
