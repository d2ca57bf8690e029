/**
 * Statistics at 100k runs, in one run (`npm run bench -- statistics`): where simple-statistics
 * replaces our own code and where it does not, and why.
 *
 *   rank correlation   spearman (our mid-ranks + the library's sampleCorrelation) against the
 *                      library's own sampleRankCorrelation: CPU time and the largest difference
 *   quantiles          the type-7 quantile we call (the library's) against the formula written out
 *   normal quantile    the library's probit against our Acklam normalQuantile: largest difference
 *                      over p = 0.00001…0.99999, and the 95th percentile `"5 to 20"` would get
 *
 * Inputs are drawn like the model's: weeks to target lognormal, 15% censored (+Infinity), rounded
 * to tenths so there are ties; one input correlated with it, one a three-way choice.
 * Time is CPU time of this process, best of BENCH_REPS (default 5), cases taking turns.
 */
import { probit, quantileSorted as libraryQuantile, sampleRankCorrelation } from "simple-statistics";
import { spearman } from "../src/montecarlo/spearman.ts";
import { quantileSorted } from "../src/montecarlo/quantiles.ts";
import { normalQuantile, stream } from "../src/random/index.ts";

const N = Number(process.env.BENCH_RUNS ?? 100_000);
const REPS = Number(process.env.BENCH_REPS ?? 5);
const rng = stream(42, "bench-statistics");
const z = () => normalQuantile(rng());
const weeks = Float64Array.from({ length: N }, () => (rng() < 0.15 ? Infinity : Math.round(10 * Math.exp(2.8 + 0.4 * z())) / 10));
const correlated = Float64Array.from(weeks, (w) => (Number.isFinite(w) ? w : 60) + 5 * z());
const choice = Float64Array.from({ length: N }, () => [1, 2, 4][Math.floor(rng() * 3)]);

function cpuMs(f: () => unknown): number {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const best = { ours: Infinity, library: Infinity };
for (let r = 0; r < REPS; r++) {
  best.ours = Math.min(best.ours, cpuMs(() => [spearman(correlated, weeks), spearman(choice, weeks)]));
  best.library = Math.min(best.library, cpuMs(() => [sampleRankCorrelation(Array.from(correlated), Array.from(weeks)), sampleRankCorrelation(Array.from(choice), Array.from(weeks))]));
}
const diff = Math.max(
  Math.abs(spearman(correlated, weeks) - sampleRankCorrelation(Array.from(correlated), Array.from(weeks))),
  Math.abs(spearman(choice, weeks) - sampleRankCorrelation(Array.from(choice), Array.from(weeks))),
);
console.log(`rank correlation, ${N} runs, 2 inputs: spearman ${best.ours.toFixed(1)} ms, sampleRankCorrelation ${best.library.toFixed(1)} ms (×${(best.library / best.ours).toFixed(2)}); largest difference ${diff.toExponential(1)}`);

const sorted = Float64Array.from(weeks.filter(Number.isFinite)).sort();
let mismatches = 0;
for (let k = 0; k <= 10_000; k++) {
  const p = k / 10_000;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const written = sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
  if (quantileSorted(sorted, p) !== written || libraryQuantile(sorted as unknown as number[], p) !== written) mismatches++;
}
console.log(`type-7 quantile, ${sorted.length} values, 10,001 p: ${mismatches} differ from the formula written out`);

let worst = 0;
for (let k = 1; k < 100_000; k++) worst = Math.max(worst, Math.abs(probit(k / 100_000) - normalQuantile(k / 100_000)));
const mu = Math.log(10);
const p95 = (zq: number) => Math.exp(mu + ((Math.log(20) - Math.log(5)) / (2 * zq)) * 1.6448536269514722);
console.log(`normal quantile: probit differs from normalQuantile by up to ${worst.toFixed(4)}; "5 to 20" p95 ${p95(normalQuantile(0.95)).toFixed(4)} (ours) vs ${p95(probit(0.95)).toFixed(4)} (probit)`);
