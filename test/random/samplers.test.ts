import { describe, expect, it } from "vitest";
import { errorFunction, gammaln } from "simple-statistics";
import {
  normalQuantile,
  beta,
  betaMean,
  choice,
  choiceMean,
  constant,
  exponential,
  exponentialMean,
  lognormal,
  lognormalFromInterval,
  lognormalFromIntervalMean,
  lognormalMean,
  normal,
  normalMean,
  pert,
  pertMean,
  poisson,
  poissonMean,
  stream,
  triangular,
  triangularMean,
  uniform,
  uniformMean,
  type Sampler,
} from "../../src/random/index.ts";
import { kolmogorovSmirnov, moments } from "./moments.ts";

const N = 40_000;
const Z90 = 1.2815515655446004;
const Z95 = 1.6448536269514722;
const phi = (z: number) => 0.5 * (1 + errorFunction(z / Math.SQRT2));

/** CDF of Beta(a, b) by Simpson integration of the density (the test's own independent reference). */
function betaCdf(a: number, b: number): (x: number) => number {
  const steps = 4000;
  const logNorm = gammaln(a + b) - gammaln(a) - gammaln(b);
  const pdf = (x: number) => (x <= 0 || x >= 1 ? 0 : Math.exp(logNorm + (a - 1) * Math.log(x) + (b - 1) * Math.log(1 - x)));
  const grid = new Float64Array(steps + 1);
  const h = 1 / steps;
  for (let i = 1; i <= steps; i++) {
    const x0 = (i - 1) * h;
    grid[i] = grid[i - 1] + (h / 6) * (pdf(x0) + 4 * pdf(x0 + h / 2) + pdf(x0 + h));
  }
  return (x) => {
    if (x <= 0) return 0;
    if (x >= 1) return 1;
    const i = Math.floor(x / h);
    return grid[i] + (grid[Math.min(i + 1, steps)] - grid[i]) * (x / h - i);
  };
}

interface Case {
  name: string;
  sampler: Sampler;
  mean: number;
  closedFormMean: number;
  variance: number;
  cdf?: (x: number) => number;
}

const lnMu = Math.log(10);
const lnSigma = Math.log(2) / Z90;
const ivMu = (Math.log(5) + Math.log(20)) / 2;
const ivSigma = Math.log(4) / (2 * Z95);
const lognormalVariance = (mu: number, s: number) => (Math.exp(s * s) - 1) * Math.exp(2 * mu + s * s);

const cases: Case[] = [
  { name: "uniform(2, 5)", sampler: uniform({ min: 2, max: 5 }), mean: 3.5, closedFormMean: uniformMean({ min: 2, max: 5 }), variance: 9 / 12, cdf: (x) => Math.min(Math.max((x - 2) / 3, 0), 1) },
  { name: "normal(10, 2)", sampler: normal({ mean: 10, sd: 2 }), mean: 10, closedFormMean: normalMean({ mean: 10, sd: 2 }), variance: 4, cdf: (x) => phi((x - 10) / 2) },
  {
    name: "lognormal(median 10, p90 20)",
    sampler: lognormal({ median: 10, p90: 20 }),
    mean: Math.exp(lnMu + lnSigma ** 2 / 2),
    closedFormMean: lognormalMean({ median: 10, p90: 20 }),
    variance: lognormalVariance(lnMu, lnSigma),
    cdf: (x) => (x <= 0 ? 0 : phi((Math.log(x) - lnMu) / lnSigma)),
  },
  {
    name: "lognormal 5 to 20",
    sampler: lognormalFromInterval({ low: 5, high: 20 }),
    mean: Math.exp(ivMu + ivSigma ** 2 / 2),
    closedFormMean: lognormalFromIntervalMean({ low: 5, high: 20 }),
    variance: lognormalVariance(ivMu, ivSigma),
    cdf: (x) => (x <= 0 ? 0 : phi((Math.log(x) - ivMu) / ivSigma)),
  },
  {
    name: "triangular(1, 2, 6)",
    sampler: triangular({ min: 1, mode: 2, max: 6 }),
    mean: 3,
    closedFormMean: triangularMean({ min: 1, mode: 2, max: 6 }),
    variance: 21 / 18,
    cdf: (x) => (x <= 1 ? 0 : x >= 6 ? 1 : x <= 2 ? (x - 1) ** 2 / (5 * 1) : 1 - (6 - x) ** 2 / (5 * 4)),
  },
  {
    // PERT(0, 2, 10) is 10 × Beta(1.8, 4.2).
    name: "pert(0, 2, 10)",
    sampler: pert({ min: 0, mode: 2, max: 10 }),
    mean: 3,
    closedFormMean: pertMean({ min: 0, mode: 2, max: 10 }),
    variance: (100 * 1.8 * 4.2) / (36 * 7),
    cdf: ((f) => (x: number) => f(x / 10))(betaCdf(1.8, 4.2)),
  },
  { name: "beta(2, 5)", sampler: beta({ alpha: 2, beta: 5 }), mean: 2 / 7, closedFormMean: betaMean({ alpha: 2, beta: 5 }), variance: 10 / (49 * 8), cdf: betaCdf(2, 5) },
  { name: "beta(0.5, 0.5)", sampler: beta({ alpha: 0.5, beta: 0.5 }), mean: 0.5, closedFormMean: betaMean({ alpha: 0.5, beta: 0.5 }), variance: 0.25 / 2, cdf: (x) => (x <= 0 ? 0 : x >= 1 ? 1 : (2 / Math.PI) * Math.asin(Math.sqrt(x))) },
  { name: "exponential(rate 0.5)", sampler: exponential({ rate: 0.5 }), mean: 2, closedFormMean: exponentialMean({ rate: 0.5 }), variance: 4, cdf: (x) => (x <= 0 ? 0 : 1 - Math.exp(-0.5 * x)) },
  { name: "poisson(4)", sampler: poisson({ mean: 4 }), mean: 4, closedFormMean: poissonMean({ mean: 4 }), variance: 4 },
  { name: "poisson(250) (PTRS branch)", sampler: poisson({ mean: 250 }), mean: 250, closedFormMean: poissonMean({ mean: 250 }), variance: 250 },
  { name: "choice([1, 2, 10], weights [1, 1, 2])", sampler: choice({ values: [1, 2, 10], weights: [1, 1, 2] }), mean: 5.75, closedFormMean: choiceMean({ values: [1, 2, 10], weights: [1, 1, 2] }), variance: 51.25 - 5.75 ** 2 },
];

describe("samplers match their closed forms", () => {
  for (const c of cases) {
    it(`${c.name}: mean and variance within 4 standard errors`, () => {
      expect(c.closedFormMean).toBeCloseTo(c.mean, 12);
      const rng = stream(20261128, "moments", c.name);
      const m = moments(() => c.sampler(rng), N);
      expect(Math.abs(m.mean - c.mean)).toBeLessThan(4 * m.meanSe);
      expect(Math.abs(m.variance - c.variance)).toBeLessThan(4 * m.varianceSe);
    });
    if (c.cdf) {
      const cdf = c.cdf;
      it(`${c.name}: Kolmogorov–Smirnov at α = 0.001`, () => {
        const rng = stream(20261128, "ks", c.name);
        const { d, critical } = kolmogorovSmirnov(() => c.sampler(rng), cdf, N);
        expect(d).toBeLessThan(critical);
      });
    }
  }

  it("the KS check rejects a wrong distribution (so it can fail)", () => {
    const rng = stream(1, "ks-negative");
    const wrong = normal({ mean: 10, sd: 2.2 });
    const { d, critical } = kolmogorovSmirnov(() => wrong(rng), (x) => phi((x - 10) / 2), N);
    expect(d).toBeGreaterThan(critical);
  });

  it("the lognormal interval puts 5% below low and 5% above high", () => {
    const rng = stream(7, "interval");
    const s = lognormalFromInterval({ low: 5, high: 20 });
    let below = 0;
    let above = 0;
    for (let i = 0; i < N; i++) {
      const x = s(rng);
      if (x < 5) below++;
      if (x > 20) above++;
    }
    const se = Math.sqrt((0.05 * 0.95) / N);
    expect(Math.abs(below / N - 0.05)).toBeLessThan(4 * se);
    expect(Math.abs(above / N - 0.05)).toBeLessThan(4 * se);
  });

  it("a constant never draws from the random source", () => {
    let calls = 0;
    const rng = () => (calls++, 0.5);
    expect(constant(3)(rng)).toBe(3);
    expect(calls).toBe(0);
  });
});

describe("bad parameters throw RangeError naming the parameter and value", () => {
  const bad: [string, () => unknown, RegExp][] = [
    ["uniform max < min", () => uniform({ min: 5, max: 2 }), /max .*got 2/],
    ["normal sd < 0", () => normal({ mean: 0, sd: -1 }), /sd .*got -1/],
    ["lognormal p90 < median", () => lognormal({ median: 10, p90: 5 }), /p90 .*got 5/],
    ["lognormal median ≤ 0", () => lognormal({ median: 0, p90: 5 }), /median .*got 0/],
    ["interval high < low", () => lognormalFromInterval({ low: 20, high: 5 }), /high .*got 5/],
    ["triangular mode outside", () => triangular({ min: 1, mode: 9, max: 6 }), /mode .*got 9/],
    ["pert max = min", () => pert({ min: 1, mode: 1, max: 1 }), /max .*got 1/],
    ["beta alpha ≤ 0", () => beta({ alpha: 0, beta: 1 }), /alpha .*got 0/],
    ["exponential rate ≤ 0", () => exponential({ rate: -2 }), /rate .*got -2/],
    ["poisson NaN", () => poisson({ mean: Number.NaN }), /mean .*got NaN/],
    ["choice empty", () => choice({ values: [] }), /values .*non-empty/],
    ["choice weights length", () => choice({ values: [1, 2], weights: [1] }), /weights/],
    ["constant infinite", () => constant(Infinity), /value .*got Infinity/],
    ["stream seed NaN", () => stream(Number.NaN, "x"), /seed .*got NaN/],
  ];
  for (const [name, make, message] of bad) {
    it(name, () => {
      expect(make).toThrow(RangeError);
      expect(make).toThrow(message);
    });
  }
});

describe("the normal quantile (ours, not simple-statistics' probit)", () => {
  it("matches R's qnorm to 1.2e-9 relative, from the far tail to the centre", () => {
    // qnorm(p) in R 4.x, printed with 17 digits.
    const exact: [number, number][] = [
      [1e-8, -5.612001244174789],
      [0.001, -3.090232306167813],
      [0.05, -1.6448536269514729],
      [0.5, 0],
      [0.9, 1.2815515655446004],
      [0.95, 1.6448536269514722],
      [0.975, 1.959963984540054],
    ];
    for (const [p, z] of exact) expect(Math.abs(normalQuantile(p) - z)).toBeLessThanOrEqual(1.2e-9 * Math.abs(z) + 1e-15);
  });

  it("keeps the \"a to b\" lognormal's interval where it was asked: 5 to 20 has p5 = 5 and p95 = 20 to 1e-6", () => {
    const mu = (Math.log(5) + Math.log(20)) / 2;
    const sigma = (Math.log(20) - Math.log(5)) / (2 * normalQuantile(0.95));
    expect(Math.exp(mu + sigma * normalQuantile(0.05))).toBeCloseTo(5, 6);
    expect(Math.exp(mu + sigma * normalQuantile(0.95))).toBeCloseTo(20, 6);
  });
});
