/**
 * What knowing a guessed price is worth, exactly, from the runs already made. A price never feeds
 * back into the timeline, so run r's gain at price factor m (every token price of the company
 * judged scaled by m, as on the break-even curve) is g_r(m) = g_r(1) − (m − 1)·D_r, with D_r its
 * discounted per-token bill. A price written as a range `"low to high"` is a lognormal over m,
 * m = e^(μ + σZ), drawn independently of everything the runs drew. Then, with a = mean_r g_r(1),
 * b = mean_r D_r and M = E[m] = e^(μ + σ²/2):
 *
 *   E[gain | m]        = a − (m − 1)·b                          (linear: no regression needed)
 *   EVPPI of the price = E_m[max(a − (m − 1)·b, 0)] − max(a − (M − 1)·b, 0)
 *   E[(c − b·m)⁺]      = c·Φ(d) − b·M·Φ(d − σ),  d = (ln(c/b) − μ)/σ,  c = a + b > 0, b > 0
 *                        (the value of a put on a lognormal: Black–Scholes without discounting)
 *
 * and everything else is judged at the price's mean, g_r(M): the EVPI becomes
 * mean_r E_m[max(g_r(m), 0)] − max(mean_r g_r(M), 0) (each run's term by the same formula), and
 * every other assumption's EVPPI is the regression of g_r(M) on it (the price being independent of
 * it, E[g(m) | x] averaged over m is E[g(1) | x] − (M − 1)·E[D | x]). Its standard error is the
 * delta method over (a, b), whose sampling covariance is that of the runs' (g_r(1), D_r) over n.
 * No run is simulated again; nothing is sampled.
 */
import { errorFunction } from "simple-statistics";
import { normalQuantile } from "../random/index.ts";

/** Φ⁻¹(0.95): the "low to high" convention puts 5% of draws below low and 5% above high. */
const Z95 = 1.6448536269514722;

/** The standard normal CDF. */
function Phi(z: number): number {
  return (1 + errorFunction(z / Math.SQRT2)) / 2;
}

/** A price range as factors of today's price: m's lognormal 90% interval. */
export interface PriceFactorRange {
  /** 5th percentile of the price factor (low price ÷ price now). */
  low: number;
  /** 95th percentile of the price factor. */
  high: number;
}

/** The lognormal (μ, σ) of the factor, and its mean e^(μ + σ²/2). */
export function priceFactorLognormal({ low, high }: PriceFactorRange): { mu: number; sigma: number; mean: number } {
  const mu = (Math.log(low) + Math.log(high)) / 2;
  const sigma = (Math.log(high) - Math.log(low)) / (2 * Z95);
  return { mu, sigma, mean: Math.exp(mu + (sigma * sigma) / 2) };
}

/**
 * E[max(c − b·m, 0)] for m lognormal (μ, σ) and b ≥ 0, with its derivatives in c and b
 * (P(c − b·m > 0) and E[−m·1[c − b·m > 0]]).
 */
function putOnPrice(c: number, b: number, mu: number, sigma: number): { value: number; dc: number; db: number } {
  if (b <= 0 || sigma === 0) {
    const m = Math.exp(mu);
    const pays = c - b * m > 0;
    return { value: pays ? c - b * m : 0, dc: pays ? 1 : 0, db: pays ? -m : 0 };
  }
  if (c <= 0) return { value: 0, dc: 0, db: 0 };
  const mean = Math.exp(mu + (sigma * sigma) / 2);
  const d = (Math.log(c / b) - mu) / sigma;
  const below = Phi(d);
  const meanBelow = mean * Phi(d - sigma);
  return { value: c * below - b * meanBelow, dc: below, db: -meanBelow };
}

/** The value of information of a ranged price, with the gain it leaves the other assumptions. */
export interface PriceInformation {
  /** EVPPI of the price, USD. */
  evppi: number;
  /** Its standard error (delta method over the mean gain and the mean bill), USD. */
  standardError: number;
  /** EVPI with the price uncertain too, USD. */
  evpi: number;
  /** Mean gain with the price in its bottom tenth (the cheapest), USD. */
  lowTenthGainUsd: number;
  /** Mean gain with the price in its top tenth, USD. */
  highTenthGainUsd: number;
  /** Each run's gain at the price's mean factor, g_r(M): what the other assumptions are judged on. */
  gainAtMean: Float64Array;
}

/**
 * The value of information of the company's price over `range`, from each run's gain at today's
 * price (`gain`) and its discounted per-token bill (`bill`). See the file's comment.
 */
export function priceInformation(gain: ArrayLike<number>, bill: ArrayLike<number>, range: PriceFactorRange): PriceInformation {
  const n = gain.length;
  const { mu, sigma, mean: M } = priceFactorLognormal(range);
  const gainAtMean = Float64Array.from(gain, (g, r) => g - (M - 1) * bill[r]);
  if (n === 0) return { evppi: 0, standardError: 0, evpi: 0, lowTenthGainUsd: 0, highTenthGainUsd: 0, gainAtMean };
  let a = 0;
  let b = 0;
  let perfect = 0;
  for (let r = 0; r < n; r++) {
    a += gain[r];
    b += bill[r];
    perfect += putOnPrice(gain[r] + bill[r], bill[r], mu, sigma).value;
  }
  a /= n;
  b /= n;
  const atMean = a - (M - 1) * b;
  const put = putOnPrice(a + b, b, mu, sigma);
  // A price that never turns the choice has an EVPPI of exactly zero; the closed form's two terms
  // then cancel to a rounding residue of the gain's size times 1e-16 (seed-article: $4e-9), kept
  // as zero so it never reads as a finding.
  const residue = 1e-12 * (Math.abs(a) + b * M);
  const evppiRaw = put.value - Math.max(atMean, 0);
  const evppi = evppiRaw > residue ? evppiRaw : 0;
  // Delta method: h(a, b) = put(a + b, b) − max(a − (M − 1)·b, 0).
  const chosen = atMean > 0 ? 1 : 0;
  const ga = put.dc - chosen;
  const gb = put.dc + put.db - chosen * (1 - M);
  let vgg = 0;
  let vgd = 0;
  let vdd = 0;
  for (let r = 0; r < n; r++) {
    const eg = gain[r] - a;
    const ed = bill[r] - b;
    vgg += eg * eg;
    vgd += eg * ed;
    vdd += ed * ed;
  }
  const denominator = Math.max(1, n - 1) * n;
  const variance = (ga * ga * vgg + 2 * ga * gb * vgd + gb * gb * vdd) / denominator;
  // The tenths: E[m | m ≤ q₁₀] = M·Φ(z₁₀ − σ)/0.1 and E[m | m ≥ q₉₀] = M·Φ(σ − z₉₀)/0.1.
  const z10 = normalQuantile(0.1);
  const lowFactor = sigma === 0 ? M : (M * Phi(z10 - sigma)) / 0.1;
  const highFactor = sigma === 0 ? M : (M * Phi(sigma + z10)) / 0.1;
  return {
    evppi,
    standardError: Math.sqrt(Math.max(0, variance)),
    evpi: Math.max(0, perfect / n - Math.max(atMean, 0)),
    lowTenthGainUsd: a - (lowFactor - 1) * b,
    highTenthGainUsd: a - (highFactor - 1) * b,
    gainAtMean,
  };
}
