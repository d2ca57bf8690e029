/**
 * The best of several options (the points of a one-axis sweep: offerings, speeds, any one
 * assumption) for one company, run by run on common random numbers. Run r of every point sees the
 * same world, so in each run one option has the highest net value:
 *
 *   share best      = the share of runs where an option has the highest net value (a tie of k
 *                     options gives each 1/k of that run)
 *   expected regret = mean over runs of (best net value in that run − this option's)
 *   choose          = the option with the highest mean net value — the same as the lowest
 *                     expected regret, since regret_i = E[max] − E[net value_i] — and its margin
 *                     over the runner-up: the paired mean difference with its 95% interval.
 *
 * The mean, not the median: a choice repeated over many bets is judged by its expected value
 * (risk-neutral), and regret adds up; the p10/p50/p90 beside it show the spread.
 */
import type { Decision, DecisionOption } from "./decision-types.ts";
import { quantileSorted } from "./quantiles.ts";

const Z95 = 1.959963984540054;

/**
 * The decision between options whose net values per run are `netValues[i][r]` (every option over
 * the same runs, the shortest length used).
 * @throws RangeError with no option.
 */
export function decide(company: string, labels: readonly string[], netValues: readonly ArrayLike<number>[]): Decision {
  if (labels.length === 0 || labels.length !== netValues.length) throw new RangeError(`decide: ${labels.length} labels for ${netValues.length} options`);
  const k = labels.length;
  const runs = Math.min(...netValues.map((v) => v.length));
  const best = new Float64Array(k);
  const regret = new Float64Array(k);
  for (let r = 0; r < runs; r++) {
    let top = -Infinity;
    for (let i = 0; i < k; i++) top = Math.max(top, netValues[i][r]);
    let ties = 0;
    for (let i = 0; i < k; i++) if (netValues[i][r] === top) ties++;
    for (let i = 0; i < k; i++) {
      if (netValues[i][r] === top) best[i] += 1 / ties;
      regret[i] += top - netValues[i][r];
    }
  }
  const options: DecisionOption[] = labels.map((label, i) => {
    const values = Float64Array.from({ length: runs }, (_, r) => netValues[i][r]);
    const sorted = values.slice().sort();
    return {
      label,
      meanNetValueUsd: runs ? values.reduce((s, v) => s + v, 0) / runs : 0,
      low: quantileSorted(sorted, 0.1) ?? 0,
      high: quantileSorted(sorted, 0.9) ?? 0,
      p50: quantileSorted(sorted, 0.5) ?? 0,
      shareBest: runs ? best[i] / runs : 0,
      expectedRegretUsd: runs ? regret[i] / runs : 0,
    };
  });
  // Highest mean first; a tie goes to the earlier option (the baseline side of the sweep).
  const ranked = options.map((_, i) => i).sort((a, b) => options[b].meanNetValueUsd - options[a].meanNetValueUsd || a - b);
  const chosen = ranked[0];
  const second = ranked[1];
  const margin = second === undefined ? { mean: 0, low: 0, high: 0 } : pairedMean(netValues[chosen], netValues[second], runs);
  return {
    company,
    options,
    choose: { label: labels[chosen], runnerUp: second === undefined ? null : labels[second], marginUsd: margin.mean, marginLow: margin.low, marginHigh: margin.high },
  };
}

/** Mean of a[r] − b[r] over `runs` with its paired-normal 95% interval. */
export function pairedMean(a: ArrayLike<number>, b: ArrayLike<number>, runs: number): { mean: number; low: number; high: number } {
  if (runs === 0) return { mean: 0, low: 0, high: 0 };
  let sum = 0;
  for (let r = 0; r < runs; r++) sum += a[r] - b[r];
  const mean = sum / runs;
  let ss = 0;
  for (let r = 0; r < runs; r++) ss += (a[r] - b[r] - mean) ** 2;
  const half = runs > 1 ? (Z95 * Math.sqrt(ss / (runs - 1))) / Math.sqrt(runs) : 0;
  return { mean, low: mean - half, high: mean + half };
}

/**
 * The knee of a speed sweep: with the options ordered by speed (`order`, slowest first), the first
 * option whose next step up lowers the paired mean net value — past it, more speed adds less than
 * its price. Null when every step up raises it.
 */
export function speedKnee(labels: readonly string[], netValues: readonly ArrayLike<number>[], order: readonly number[]): string | null {
  const runs = Math.min(...netValues.map((v) => v.length));
  for (let j = 0; j + 1 < order.length; j++) {
    if (pairedMean(netValues[order[j + 1]], netValues[order[j]], runs).mean <= 0) return labels[order[j]];
  }
  return null;
}
