/**
 * The engine against queueing theory: M/M/1 and M/M/c written as SimPy's textbook model (one
 * process per customer, a `Resource` for the servers) must reproduce the closed-form mean wait in
 * queue and utilisation.
 *
 * Tolerance, by batch means: after a warm-up, the run is cut into B = 20 consecutive batches; the
 * batch means are nearly independent when a batch is much longer than the queue's relaxation time
 * (≈ 1/(μ(1−√ρ)²) ≈ 380 h for ρ = 0.9, against ~22,000 h per batch here), so their standard
 * deviation / √B is the standard error of the overall mean. Each estimate must lie within 4 SE of
 * the truth (a false alarm about once in 10⁴ at a fixed seed), and the 95% half-width
 * (t₀.₉₇₅,₁₉ × SE) must be under 15% of the truth, so a wrong engine (a wait off by 15% or more)
 * cannot pass by luck of a wide interval.
 */
import { describe, expect, it } from "vitest";
import { Environment, type Event, Resource } from "../../src/engine/index.ts";
import { exponential, stream } from "../../src/random/index.ts";

const BATCHES = 20;
const T_975_19 = 2.093;

interface Estimate {
  mean: number;
  se: number;
}

function batchMeans(values: ArrayLike<number>, batches: number): Estimate {
  const size = Math.floor(values.length / batches);
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    let sum = 0;
    for (let i = b * size; i < (b + 1) * size; i++) sum += values[i];
    means.push(sum / size);
  }
  const mean = means.reduce((a, b) => a + b, 0) / batches;
  const variance = means.reduce((a, m) => a + (m - mean) ** 2, 0) / (batches - 1);
  return { mean, se: Math.sqrt(variance / batches) };
}

/**
 * Simulates an M/M/c queue; returns per-customer waits in queue after the warm-up, and the
 * utilisation and mean queue length of each of `BATCHES` equal time slices after the warm-up
 * (from the resource's own time-weighted monitors, differenced at the slice boundaries).
 */
function simulateMMc(lambda: number, mu: number, servers: number, customers: number, warmup: number, seed: number) {
  const env = new Environment();
  const rng = stream(seed, "M/M/c", servers);
  const interarrival = exponential({ rate: lambda });
  const service = exponential({ rate: mu });
  const res = new Resource(env, servers);
  const waits = new Float64Array(customers);
  let served = 0;
  function* customer(): Generator<Event<any>, void, any> {
    const arrived = env.now;
    const request = res.request();
    yield request;
    if (served < customers) waits[served] = env.now - arrived;
    served++;
    yield env.timeout(service(rng));
    res.release(request);
  }
  env.process(function* (): Generator<Event<any>, void, any> {
    for (;;) {
      yield env.timeout(interarrival(rng));
      env.process(customer());
    }
  });
  // Warm-up by time: the expected arrival time of customer `warmup`; then time slices.
  const start = warmup / lambda;
  const slice = (customers - warmup) / lambda / BATCHES;
  env.run({ until: start });
  const busyArea = () => res.utilisation() * env.now * servers;
  const queueArea = () => res.meanQueueLength() * env.now;
  const utilisation: number[] = [];
  const queueLength: number[] = [];
  for (let b = 0; b < BATCHES; b++) {
    const busy0 = busyArea();
    const queue0 = queueArea();
    env.run({ until: start + (b + 1) * slice });
    utilisation.push((busyArea() - busy0) / slice / servers);
    queueLength.push((queueArea() - queue0) / slice);
  }
  return { waits: waits.subarray(warmup, Math.min(served, customers)), utilisation, queueLength };
}

function expectWithin(estimate: Estimate, truth: number) {
  if (process.env.SHOW_ESTIMATES) console.log(`truth ${truth}: ${estimate.mean.toFixed(4)} ± ${(T_975_19 * estimate.se).toFixed(4)} (SE ${estimate.se.toFixed(4)})`);
  expect(Math.abs(estimate.mean - truth)).toBeLessThan(4 * estimate.se);
  expect(T_975_19 * estimate.se).toBeLessThan(0.15 * truth);
}

/** Erlang C: the probability that an arrival waits in M/M/c with offered load a = λ/μ < c. */
function erlangC(a: number, c: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const waiting = (term * c) / (c - a); // (a^c / c!) · c / (c − a)
  return waiting / (sum + waiting);
}

describe("queueing theory", () => {
  it("M/M/1, λ = 0.9, μ = 1: Wq = 9, utilisation 0.9, Lq = 8.1", () => {
    const { waits, utilisation, queueLength } = simulateMMc(0.9, 1, 1, 420_000, 20_000, 1);
    expectWithin(batchMeans(waits, BATCHES), 9);
    expectWithin(batchMeans(utilisation, BATCHES), 0.9);
    expectWithin(batchMeans(queueLength, BATCHES), 8.1);
  });

  it("M/M/3, λ = 2.4, μ = 1: Wq from Erlang C, utilisation 0.8", () => {
    const lambda = 2.4;
    const mu = 1;
    const c = 3;
    expect(erlangC(lambda / mu, c)).toBeCloseTo(11.52 / 17.8, 12); // by hand: (2.4³/3!)·5 / (1 + 2.4 + 2.88 + 11.52)
    const wq = erlangC(lambda / mu, c) / (c * mu - lambda);
    const { waits, utilisation, queueLength } = simulateMMc(lambda, mu, c, 220_000, 20_000, 2);
    expectWithin(batchMeans(waits, BATCHES), wq);
    expectWithin(batchMeans(utilisation, BATCHES), lambda / (c * mu));
    expectWithin(batchMeans(queueLength, BATCHES), lambda * wq);
  });
});
