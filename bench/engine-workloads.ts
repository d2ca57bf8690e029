/**
 * The engine bench's workloads, each a function returning what it did. Every M/M/1 has λ = 0.9,
 * μ = 1 and draws from one seeded stream, so the cases do the same work and differ only in the
 * machinery; every storm draws its delays from one stream too. The floors are the least code that
 * does the same: a binary heap of (time, sequence) in typed arrays with callbacks beside it.
 */
import { Environment, Resource, type Event } from "../src/engine/index.ts";
import { exponential, type Rng } from "../src/random/index.ts";

const ARRIVAL = exponential({ rate: 0.9 });
const SERVICE = exponential({ rate: 1 });

/** What a workload did. */
export interface Outcome {
  /** Queue events (or callbacks) processed. */
  events: number;
  /** Customers served (0 for a storm). */
  customers: number;
  /** A number derived from the run, printed so the work cannot be optimised away. */
  check: number;
}

/** The floor's scheduler: push (time, callback), pop in (time, insertion) order. */
function floorHeap() {
  let times = new Float64Array(1024);
  let seqs = new Float64Array(1024);
  const fns: ((() => void) | undefined)[] = [];
  let size = 0;
  let seq = 0;
  let now = 0;
  const push = (time: number, fn: () => void) => {
    if (size === times.length) {
      const t = new Float64Array(size * 2);
      const s = new Float64Array(size * 2);
      t.set(times);
      s.set(seqs);
      times = t;
      seqs = s;
    }
    const key = seq++;
    let i = size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (times[p] < time || (times[p] === time && seqs[p] < key)) break;
      times[i] = times[p];
      seqs[i] = seqs[p];
      fns[i] = fns[p];
      i = p;
    }
    times[i] = time;
    seqs[i] = key;
    fns[i] = fn;
  };
  const pop = (): (() => void) => {
    const top = fns[0] as () => void;
    now = times[0];
    const last = --size;
    const time = times[last];
    const key = seqs[last];
    const fn = fns[last];
    fns[last] = undefined;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= last) break;
      if (c + 1 < last && (times[c + 1] < times[c] || (times[c + 1] === times[c] && seqs[c + 1] < seqs[c]))) c++;
      if (times[c] > time || (times[c] === time && seqs[c] > key)) break;
      times[i] = times[c];
      seqs[i] = seqs[c];
      fns[i] = fns[c];
      i = c;
    }
    if (last > 0) {
      times[i] = time;
      seqs[i] = key;
      fns[i] = fn;
    }
    return top;
  };
  /** Runs every callback; returns how many ran. */
  const run = () => {
    let events = 0;
    while (size > 0) {
      pop()();
      events++;
    }
    return events;
  };
  return { now: () => now, schedule: (delay: number, fn: () => void) => push(now + delay, fn), run };
}

/**
 * M/M/1 written with callbacks over any scheduler: arrivals and departures only, waiting customers
 * as arrival times in a ring buffer. Shared by the floor and the engine's `schedule` path.
 */
function callbackMM1(n: number, rng: Rng, now: () => number, schedule: (delay: number, fn: () => void) => void) {
  let ring = new Float64Array(1024);
  let head = 0;
  let length = 0;
  let arrived = 0;
  let busy = false;
  let waitSum = 0;
  let served = 0;
  const startService = (arrivedAt: number) => {
    busy = true;
    waitSum += now() - arrivedAt;
    served++;
    schedule(SERVICE(rng), depart);
  };
  const depart = () => {
    busy = false;
    if (length > 0) {
      const t = ring[head];
      head = (head + 1) & (ring.length - 1);
      length--;
      startService(t);
    }
  };
  const arrive = () => {
    if (busy) {
      if (length === ring.length) {
        const bigger = new Float64Array(ring.length * 2);
        for (let i = 0; i < length; i++) bigger[i] = ring[(head + i) & (ring.length - 1)];
        ring = bigger;
        head = 0;
      }
      ring[(head + length) & (ring.length - 1)] = now();
      length++;
    } else startService(now());
    if (++arrived < n) schedule(ARRIVAL(rng), arrive);
  };
  schedule(ARRIVAL(rng), arrive);
  return { meanWait: () => waitSum / served };
}

/** The floor: M/M/1 on the minimal heap. */
export function floorMM1(n: number, rng: Rng): Outcome {
  const heap = floorHeap();
  const mm1 = callbackMM1(n, rng, heap.now, heap.schedule);
  const events = heap.run();
  return { events, customers: n, check: mm1.meanWait() };
}

/** M/M/1 on the engine's `schedule` callbacks (no processes). */
export function scheduleMM1(n: number, rng: Rng): Outcome {
  const env = new Environment();
  const mm1 = callbackMM1(n, rng, () => env.now, (delay, fn) => env.schedule(delay, fn));
  env.run();
  return { events: env.eventsProcessed, customers: n, check: mm1.meanWait() };
}

/** How a process waits out a delay: a Timeout event, its reused wake-up (`env.sleep`), or a plain number yielded. */
export type Wait = "timeout" | "sleep" | "delay";

/** The thing a process yields to wait `delay` hours, by `wait`. */
function waiter(env: Environment, wait: Wait): (delay: number) => Event<any> | number {
  if (wait === "timeout") return (d) => env.timeout(d);
  if (wait === "sleep") return (d) => env.sleep(d);
  return (d) => d;
}

/**
 * SimPy's textbook M/M/1: a source process starts one process per customer, which requests the
 * server, holds it for its service and releases it. `wait` makes the delays: `env.timeout`
 * (an event per wait), `env.sleep` (the process's reused wake-up event) or a yielded number.
 */
export function generatorMM1(n: number, rng: Rng, wait: Wait): Outcome {
  const env = new Environment();
  const server = new Resource(env, 1);
  const delay = waiter(env, wait);
  function* customer(): Generator<Event<any> | number, void, any> {
    const request = server.request();
    yield request;
    yield delay(SERVICE(rng));
    server.release(request);
  }
  function* source(): Generator<Event<any> | number, void, any> {
    for (let i = 0; i < n; i++) {
      yield delay(ARRIVAL(rng));
      env.process(customer());
    }
  }
  env.process(source());
  env.run();
  return { events: env.eventsProcessed, customers: n, check: server.meanWait() };
}

/** The storm's floor: `processes` callbacks, each rescheduling itself `timeouts` times. */
export function floorStorm(processes: number, timeouts: number, rng: Rng): Outcome {
  const heap = floorHeap();
  let total = 0;
  for (let p = 0; p < processes; p++) {
    let left = timeouts;
    const step = () => {
      total += 1;
      if (--left > 0) heap.schedule(rng(), step);
    };
    heap.schedule(rng(), step);
  }
  const events = heap.run();
  return { events, customers: 0, check: total };
}

/** `processes` generator processes, each waiting `timeouts` random delays (timeout or sleep). */
export function kernelStorm(processes: number, timeouts: number, rng: Rng, wait: Wait): Outcome {
  const env = new Environment();
  let total = 0;
  const delay = waiter(env, wait);
  function* worker(): Generator<Event<any> | number, void, any> {
    for (let i = 0; i < timeouts; i++) {
      yield delay(rng());
      total += 1;
    }
  }
  for (let p = 0; p < processes; p++) env.process(worker());
  env.run();
  return { events: env.eventsProcessed, customers: 0, check: total };
}
