import { describe, expect, it } from "vitest";
import { Environment, type Event, Interrupt, type Preempted, Resource, SimulationError } from "../../src/engine/index.ts";

type Gen = Generator<Event<any>, any, any>;

/** A customer: arrives at `at`, holds one slot for `hold`, logs when it got and gave back the slot. */
function customer(env: Environment, res: Resource, log: string[], name: string, at: number, hold: number, priority = 0) {
  return env.process(function* (): Gen {
    yield env.timeout(at);
    const req = res.request({ priority });
    yield req;
    log.push(`${env.now} ${name} in`);
    yield env.timeout(hold);
    res.release(req);
    log.push(`${env.now} ${name} out`);
  });
}

describe("Resource", () => {
  it("serves waiting requests first come, first served", () => {
    const env = new Environment();
    const res = new Resource(env, 2);
    const log: string[] = [];
    customer(env, res, log, "a", 0, 5);
    customer(env, res, log, "b", 1, 5);
    customer(env, res, log, "c", 2, 1);
    customer(env, res, log, "d", 2, 1);
    env.run({ until: 2.5 });
    expect([res.count, res.queueLength]).toEqual([2, 2]);
    env.run();
    expect(log).toEqual(["0 a in", "1 b in", "5 a out", "5 c in", "6 b out", "6 c out", "6 d in", "7 d out"]);
  });

  it("serves the queue at once when capacity grows (a team hires mid-run)", () => {
    const env = new Environment();
    const res = new Resource(env, 1);
    const log: string[] = [];
    customer(env, res, log, "a", 0, 10);
    customer(env, res, log, "b", 0, 10);
    customer(env, res, log, "c", 0, 10);
    env.schedule(3, () => res.addCapacity(1));
    env.run();
    expect(res.capacity).toBe(2);
    expect(log).toEqual(["0 a in", "3 b in", "10 a out", "10 c in", "13 b out", "20 c out"]);
    expect(() => res.addCapacity(-1)).toThrow(SimulationError);
  });

  it("serves lower priority numbers first, ties in request order", () => {
    const env = new Environment();
    const res = new Resource(env, 1);
    const log: string[] = [];
    customer(env, res, log, "holder", 0, 10);
    customer(env, res, log, "p2-first", 1, 1, 2);
    customer(env, res, log, "p1", 2, 1, 1);
    customer(env, res, log, "p2-second", 3, 1, 2);
    customer(env, res, log, "p0", 4, 1, 0);
    env.run();
    expect(log.filter((l) => l.endsWith(" in"))).toEqual(["0 holder in", "10 p0 in", "11 p1 in", "12 p2-first in", "13 p2-second in"]);
  });

  it("release of a waiting request cancels it", () => {
    const env = new Environment();
    const res = new Resource(env, 1);
    const held = res.request();
    const waiting = res.request();
    const next = res.request();
    expect(res.queueLength).toBe(2);
    res.release(waiting);
    expect(res.queueLength).toBe(1);
    res.release(held);
    expect(res.users).toEqual([next]);
    env.run();
    expect(waiting.triggered).toBe(false);
  });

  it("keeps service order through a long queue with cancellations and late high-priority requests", () => {
    const env = new Environment();
    const res = new Resource(env, 1);
    const granted: number[] = [];
    const requests = Array.from({ length: 3000 }, (_, i) => {
      const req = res.request({ priority: i % 2 });
      req.addCallback(() => granted.push(i));
      return req;
    });
    // Serve 1500 (the head moves past the compaction threshold), then cancel some and add urgent ones.
    let holder = requests[0];
    for (let k = 0; k < 1500; k++) {
      res.release(holder);
      holder = res.users[0];
    }
    // Priority 0 (even i) in order, then the first of priority 1; request 1 holds the slot now.
    const expected = [0, ...Array.from({ length: 1499 }, (_, k) => 2 * (k + 1)), 1];
    expect(holder).toBe(requests[1]);
    expect(res.queueLength).toBe(3000 - 1 - 1500);
    res.release(requests[2999]);
    res.release(requests[1001]);
    const extra = res.request({ priority: -1 });
    extra.addCallback(() => granted.push(-1));
    expect(res.queue[0]).toBe(extra);
    while (res.users.length > 0) res.release(res.users[0]);
    env.run();
    const odd = Array.from({ length: 1499 }, (_, k) => 2 * k + 3).filter((i) => i !== 2999 && i !== 1001);
    expect(granted).toEqual([...expected, -1, ...odd]);
    expect(res.queueLength).toBe(0);
  });

  it("rejects capacity below 1 or fractional, a foreign request, and a double release", () => {
    const env = new Environment();
    expect(() => new Resource(env, 0)).toThrow(SimulationError);
    expect(() => new Resource(env, 1.5)).toThrow(/1.5/);
    const a = new Resource(env, 1);
    const b = new Resource(env, 1);
    const req = b.request();
    expect(() => a.release(req)).toThrow(SimulationError);
    const mine = a.request();
    a.release(mine);
    expect(() => a.release(mine)).toThrow(SimulationError);
    expect(() => a.request({ priority: Number.NaN })).toThrow(SimulationError);
  });

  it("keeps utilisation, queue length and waits on a hand-computed case", () => {
    // Capacity 1 over [0, 10]: a holds 0–4, b (arrives 1) waits 3 and holds 4–6, c (arrives 2)
    // waits 4 and holds 6–7; idle 7–10. Busy 7 of 10 hours. Queue: 1 during 1–2, 2 during 2–4,
    // 1 during 4–6: area 1 + 4 + 2 = 7 over 10 hours. Waits 0, 3, 4: mean 7/3.
    const env = new Environment();
    const res = new Resource(env, 1);
    const log: string[] = [];
    customer(env, res, log, "a", 0, 4);
    customer(env, res, log, "b", 1, 2);
    customer(env, res, log, "c", 2, 1);
    env.run({ until: 10 });
    expect(res.utilisation()).toBeCloseTo(0.7, 12);
    expect(res.meanQueueLength()).toBeCloseTo(0.7, 12);
    expect(res.meanWait()).toBeCloseTo(7 / 3, 12);
    expect(res.waits).toBe(3);
  });

  it("utilisation is the share of capacity in use", () => {
    const env = new Environment();
    const res = new Resource(env, 4);
    const log: string[] = [];
    customer(env, res, log, "a", 0, 10);
    customer(env, res, log, "b", 0, 5);
    env.run({ until: 10 });
    expect(res.utilisation()).toBeCloseTo(15 / 40, 12);
    expect(res.meanWait()).toBe(0);
  });
});

describe("preemption", () => {
  it("a higher-priority request takes the slot; the victim gets an Interrupt with a Preempted cause", () => {
    const env = new Environment();
    const res = new Resource(env, 1, { preemptive: true });
    const log: string[] = [];
    let cause: Preempted | null = null;
    env.process(function* (): Gen {
      const req = res.request({ priority: 5 });
      yield req;
      log.push(`${env.now} low in`);
      try {
        yield env.timeout(10);
        log.push(`${env.now} low finished`);
      } catch (error) {
        expect(error).toBeInstanceOf(Interrupt);
        cause = (error as Interrupt).cause as Preempted;
        log.push(`${env.now} low preempted`);
      } finally {
        res.release(req); // as SimPy's `with`: releasing a preempted request is allowed and does nothing
      }
    });
    const high = customer(env, res, log, "high", 3, 2, 1);
    env.run();
    expect(log).toEqual(["0 low in", "3 low preempted", "3 high in", "5 high out"]);
    expect(cause).not.toBeNull();
    const c = cause as unknown as Preempted;
    expect(c.usageSince).toBe(0);
    expect(c.resource).toBe(res);
    expect(c.by.resource).toBe(res);
    expect(high.ok).toBe(true);
    expect(res.count).toBe(0);
    // Busy 0–5 (low, then high); the run ends at 10 when low's abandoned timeout is processed.
    expect(env.now).toBe(10);
    expect(res.utilisation()).toBeCloseTo(5 / 10, 12);
  });

  it("does not preempt users of equal or higher priority, nor when preempt is false", () => {
    const env = new Environment();
    const res = new Resource(env, 1, { preemptive: true });
    const log: string[] = [];
    customer(env, res, log, "first", 0, 4, 1);
    customer(env, res, log, "same", 1, 1, 1);
    env.process(function* (): Gen {
      yield env.timeout(2);
      const req = res.request({ priority: 0, preempt: false });
      yield req;
      log.push(`${env.now} polite in`);
      res.release(req);
    });
    env.run();
    expect(log).toEqual(["0 first in", "4 first out", "4 polite in", "4 same in", "5 same out"]);
  });

  it("picks the lowest-priority, most recent user as the victim", () => {
    const env = new Environment();
    const res = new Resource(env, 3, { preemptive: true });
    const preempted: string[] = [];
    const user = (name: string, priority: number) =>
      env.process(function* (): Gen {
        const req = res.request({ priority });
        yield req;
        try {
          yield env.timeout(100);
          res.release(req);
        } catch {
          preempted.push(`${env.now} ${name}`);
        }
      });
    user("p3-old", 3);
    user("p3-new", 3);
    user("p1", 1);
    env.schedule(1, () => void user("p0", 0));
    env.schedule(2, () => void user("p2", 2));
    env.run();
    expect(preempted).toEqual(["1 p3-new", "2 p3-old"]);
  });
});
