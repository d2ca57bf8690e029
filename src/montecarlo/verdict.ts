/**
 * The verdict: is one company's offering worth what it costs, against a baseline (the first
 * company of the point, or the same company at the baseline point of a sweep)? Run by run on
 * common random numbers:
 *
 *   extra token spend  = token spend of − against, to the horizon
 *   weeks sooner       = restricted mean weeks to the target, against − of (censored.ts)
 *   revenue difference = revenue to the horizon, of − against
 *   net value gain     = discounted net value, of − against
 *   → net value gain as a function of the offering's price → the break-even price.
 *
 * The price curve: a faster offering is priced as a whole, so every token price `of` pays (input,
 * cached, output, long-context tiers) is scaled by one factor m, quoted as the output price per
 * million tokens m·p₀. Speed does not depend on price, so only the per-token bill moves: run r's
 * gain is g_r(m) = g_r(1) − (m − 1)·D_r, D_r being `of`'s discounted per-token bill in that run.
 *
 * The break-even price is where the paired **median** gain crosses zero: the price up to which
 * `of` comes out ahead in at least half the runs. The median, not the mean, because the gain is
 * heavy-tailed (a run where only one side takes off is worth millions) and a mean would let a few
 * such runs set the price for all; it is the p50 the verdict prints. Each g_r decreases in m, so
 * the median does too and the crossing is unique; it is found by bisection.
 *
 * Read from the same runs (break-even.ts, value-of-information.ts), no run simulated again: the
 * share of runs that pay at each price and where it crosses 80%, 50% and 20%; the break-even's
 * bootstrap 95% interval; the price at which `of`'s token bill matches `against`'s (token-price
 * parity: what the break-even owes to a cheaper bill, not to speed) and the rest (the value of
 * time); whether the median gain can be told from zero; and which assumption is worth knowing.
 */
import type { Rng } from "../random/index.ts";
import { bootstrapBreakEven, shareCrossingFactor } from "./break-even.ts";
import { restrictedMeanDifference } from "./censored.ts";
import { medianRanks, MIN_INTERVAL_RUNS, spreadOf } from "./paired.ts";
import { quantileSorted } from "./quantiles.ts";
import type { RunTable } from "./run-table.ts";
import type { PriceCurvePoint, Spread, Verdict, VerdictEstimate, VerdictValueOfInformation } from "./types.ts";
import { HOURS_PER_WEEK } from "../format/index.ts";
import { priceInformation, type PriceFactorRange } from "./price-information.ts";
import { valueOfInformation } from "./value-of-information.ts";

/**
 * Points on the price curve, from free to twice the larger of the price now and the break-even
 * price.
 */
export const PRICE_CURVE_POINTS = 41;
/** The shares of runs that pay whose prices the break-even chart marks. */
export const SHARE_LEVELS = [0.8, 0.5, 0.2] as const;
/** Bootstrap resamples of the break-even (its interval's ends move by well under 1% between seeds). */
export const BOOTSTRAP_REPLICATES = 1000;

/** One side of a verdict: a company's column in a table. */
export interface VerdictSide {
  table: RunTable;
  company: number;
  /** Its name as the verdict says it (`A`, or `A @ base`). */
  name: string;
}

function estimate(s: Spread): VerdictEstimate {
  return { p50: s.p50 ?? 0, low: s.p10 ?? 0, high: s.p90 ?? 0 };
}

function median(values: Float64Array): number {
  return quantileSorted(values.slice().sort(), 0.5) ?? 0;
}

/** The gains at price factor m: g_r(1) − (m − 1)·D_r. */
function gainsAt(gain: Float64Array, bill: Float64Array, m: number): Float64Array {
  return gain.map((g, r) => g - (m - 1) * bill[r]);
}

/**
 * The price factor where the median of `gain − (m − 1)·bill` is zero, or null when there is none:
 * the median is not above zero even with free tokens (m = 0), or stays above zero at any price
 * (at least half the runs pay nothing per token).
 */
export function breakEvenFactor(gain: Float64Array, bill: Float64Array): number | null {
  if (median(gainsAt(gain, bill, 0)) <= 0) return null;
  let high = 1;
  while (median(gainsAt(gain, bill, high)) > 0) {
    high *= 2;
    if (high > 2 ** 40) return null;
  }
  let low = high === 1 ? 0 : high / 2;
  // 60 halvings reach the double's resolution on any bracket found above.
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (median(gainsAt(gain, bill, mid)) > 0) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/**
 * Every drawn assumption of the runs, by its runs.csv column: every company's inputs in `of`'s
 * table, then any that only `against`'s table has (the same draws, on common random numbers).
 */
function drawnAssumptions(of: VerdictSide, against: VerdictSide, runs: number): { path: string; draws: Float64Array }[] {
  const out = new Map<string, Float64Array>();
  for (const table of [of.table, against.table]) {
    table.layout.inputs.forEach((names, company) =>
      names.forEach((name, k) => {
        if (!out.has(name)) out.set(name, table.input(company, k).subarray(0, runs));
      }),
    );
  }
  return [...out].map(([path, draws]) => ({ path, draws }));
}

/** How a verdict's price is read beyond the point estimate. */
export interface VerdictOptions {
  /** The stream of the break-even's bootstrap; without one there is no interval. */
  bootstrap?: Rng;
  /** True when `of`'s price is not a published one. */
  priceGuess?: boolean;
  /** False to leave out the value of information (a summary read only in passing). */
  valueOfInformation?: boolean;
  /**
   * `of`'s price as a range (factors of today's price, a lognormal 90% interval): ranked in the value
   * of information exactly, from the runs' bills (price-information.ts), as `companies[<of>].agent.pricePerMOutput`.
   */
  priceRange?: PriceFactorRange;
}

/**
 * The value of information with `of`'s price a range: every other assumption judged on the gain at
 * the price's mean, the EVPI over the price too, and the price itself ranked by its exact EVPPI.
 */
function informationWithPrice(of: VerdictSide, against: VerdictSide, runs: number, gain: Float64Array, bill: Float64Array, range: PriceFactorRange | undefined): VerdictValueOfInformation {
  if (range === undefined) return valueOfInformation(gain, drawnAssumptions(of, against, runs));
  const price = priceInformation(gain, bill, range);
  const rest = valueOfInformation(price.gainAtMean, drawnAssumptions(of, against, runs));
  const perAssumption = [
    ...rest.perAssumption,
    { path: `companies[${of.name}].agent.pricePerMOutput`, evppiUsd: Math.min(price.evppi, price.evpi), standardError: price.standardError, lowTenthGainUsd: price.lowTenthGainUsd, highTenthGainUsd: price.highTenthGainUsd },
  ].sort((x, y) => y.evppiUsd - x.evppiUsd || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
  return { evpiUsd: price.evpi, perAssumption };
}

/**
 * The verdict of `of` against `against` over their common runs.
 * @param horizon hours: a run that never reaches the target counts as the horizon in "weeks
 *   sooner".
 * @param pricePerMOutput `of`'s output price now, USD per million tokens.
 */
export function verdict(of: VerdictSide, against: VerdictSide, horizon: number, pricePerMOutput: number, options: VerdictOptions = {}): Verdict {
  const runs = Math.min(of.table.runs, against.table.runs);
  const col = (side: VerdictSide, name: Parameters<RunTable["scalar"]>[1]) => side.table.scalar(side.company, name).subarray(0, runs);
  const minus = (a: Float64Array, b: Float64Array) => a.map((x, r) => x - b[r]);
  const gain = minus(col(of, "netValue"), col(against, "netValue"));
  const bill = col(of, "tokenBillDiscounted");
  const sooner = restrictedMeanDifference(col(against, "target"), col(of, "target"), horizon, 1 / HOURS_PER_WEEK);
  const factor = pricePerMOutput > 0 ? breakEvenFactor(gain, bill) : null;
  const top = 2 * Math.max(1, factor ?? 1);
  // The curve passes through zero at the break-even price, where what is left is rounding noise
  // (±1e-9 of the gains' scale) that differs in the last bits between JavaScript engines: the
  // browser explorer must write the same bytes as the CLI, so such a value is written as 0.
  let scale = 0;
  for (let r = 0; r < runs; r++) scale = Math.max(scale, Math.abs(gain[r]), Math.abs(bill[r]));
  const snap = (x: number | null) => (x === null || Math.abs(x) < 1e-9 * scale ? 0 : x);
  const priceCurve: PriceCurvePoint[] = Array.from({ length: PRICE_CURVE_POINTS }, (_, k) => {
    const m = (top * k) / (PRICE_CURVE_POINTS - 1);
    const at = gainsAt(gain, bill, m);
    const s = spreadOf(at);
    let paying = 0;
    for (const g of at) if (snap(g) > 0) paying++;
    return { pricePerMOutputUsd: m * pricePerMOutput, p50: snap(s.p50), low: snap(s.p10), high: snap(s.p90), sharePays: runs ? paying / runs : 0 };
  });
  let paid = 0;
  for (const g of gain) if (g > 0) paid++;
  const priced = pricePerMOutput > 0;
  const usd = (f: number | null) => (f === null ? null : f * pricePerMOutput);
  // Token-price parity: the factor where `of`'s per-token bill matches `against`'s at the median,
  // i.e. the break-even of a "gain" that is only the bill saved: against's bill − m·of's bill.
  const againstBill = col(against, "tokenBillDiscounted");
  const parity = priced ? breakEvenFactor(minus(againstBill, bill), bill) : null;
  // Below the runs an interval needs, none is claimed: no bootstrap, no detectable median, no ranking.
  const enough = runs >= MIN_INTERVAL_RUNS;
  const interval = priced && enough && options.bootstrap ? bootstrapBreakEven(gain, bill, options.bootstrap, BOOTSTRAP_REPLICATES) : null;
  const sorted = gain.slice().sort();
  const ranks = medianRanks(runs);
  const medianLow = runs ? sorted[ranks.low - 1] : 0;
  const medianHigh = runs ? sorted[ranks.high - 1] : 0;
  return {
    of: of.name,
    against: against.name,
    runs,
    extraTokenSpendUsd: estimate(spreadOf(minus(col(of, "tokenSpend"), col(against, "tokenSpend")))),
    weeksSooner: { horizonWeeks: sooner.horizonWeeks, weeks: sooner.differenceWeeks, low: sooner.low, high: sooner.high },
    revenueDifferenceUsd: estimate(spreadOf(minus(col(of, "revenue"), col(against, "revenue")))),
    netValueDifferenceUsd: estimate(spreadOf(gain)),
    sharePaidForItself: runs ? paid / runs : 0,
    pricePerMOutputUsd: pricePerMOutput,
    breakEvenPricePerMOutputUsd: factor === null ? null : factor * pricePerMOutput,
    priceCurve: priced ? priceCurve : [],
    priceGuess: options.priceGuess ?? false,
    netValueMedianInterval: { low: medianLow, high: medianHigh, detectable: enough && (medianLow > 0 || medianHigh < 0) },
    breakEvenInterval: interval === null || !Number.isFinite(interval.low) ? null : { low: interval.low * pricePerMOutput, high: Number.isFinite(interval.high) ? interval.high * pricePerMOutput : null },
    tokenParityPricePerMOutputUsd: usd(parity),
    valueOfTimePerMOutputUsd: factor === null || parity === null ? null : (factor - parity) * pricePerMOutput,
    sharePaysCrossings: priced ? SHARE_LEVELS.map((share) => ({ share, pricePerMOutputUsd: usd(shareCrossingFactor(gain, bill, share)) })) : [],
    ...(options.valueOfInformation === false || !enough ? {} : { valueOfInformation: informationWithPrice(of, against, runs, gain, bill, priced ? options.priceRange : undefined) }),
  };
}
