import { describe, expect, it } from "vitest";
import { Environment, type Event, NORMAL, SimulationError, URGENT } from "../../src/engine/index.ts";

type Gen = Generator<Event<any>, any, any>;

describe("timeouts", () => {
  it("resume a process after their delay, with their value", () => {
    const env = new Environment();
    const log: [number, unknown][] = [];
    env.process(function* (): Gen {
      log.push([env.now, "start"]);
      let value = yield env.timeout(1.5, "a");
      log.push([env.now, value]);
      value = yield env.timeout(0);
      log.push([env.now, value]);
      value = yield env.timeout(2, { x: 1 });
      log.push([env.now, value]);
    });
    env.run();
    expect(log).toEqual([
      [0, "start"],
      [1.5, "a"],
      [1.5, undefined],
      [3.5, { x: 1 }],
    ]);
    expect(env.now).toBe(3.5);
  });

  it("start from the initial time", () => {
    const env = new Environment(10);
    const t = env.timeout(2);
    env.run();
    expect(t.processed).toBe(true);
    expect(env.now).toBe(12);
  });

  it("reject a negative, NaN or infinite delay", () => {
    const env = new Environment();
    expect(() => env.timeout(-1)).toThrow(SimulationError);
    expect(() => env.timeout(Number.NaN)).toThrow(/NaN/);
    expect(() => env.timeout(Infinity)).toThrow(SimulationError);
    expect(() => env.schedule(-0.5, () => {})).toThrow(/-0.5/);
    expect(() => env.schedule(Number.NaN, () => {})).toThrow(SimulationError);
    expect(() => new Environment(Number.NaN)).toThrow(SimulationError);
    // Priorities beyond 255 or fractional would break the exact (priority, sequence) key.
    expect(() => env.schedule(1, () => {}, 1000)).toThrow(/1000/);
    expect(() => env.schedule(1, () => {}, 0.5)).toThrow(SimulationError);
    expect(() => env.schedule(1, () => {}, -1)).toThrow(SimulationError);
  });
});

describe("ordering of events at the same time", () => {
  it("runs them in the order they were scheduled", () => {
    const env = new Environment();
    const log: string[] = [];
    for (const name of ["a", "b", "c", "d"]) env.process(function* (): Gen {
      yield env.timeout(1);
      log.push(name);
    });
    env.run();
    expect(log).toEqual(["a", "b", "c", "d"]);
  });

  it("puts lower priority numbers first, then insertion order (schedule fast path and events interleaved)", () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(1, () => log.push("n1"));
    env.timeout(1).addCallback(() => log.push("t1"));
    env.schedule(1, () => log.push("u1"), URGENT);
    env.schedule(1, () => log.push("n2"), NORMAL);
    env.schedule(1, () => log.push("late"), 5);
    env.timeout(1).addCallback(() => log.push("t2"));
    env.schedule(1, () => log.push("u2"), URGENT);
    env.schedule(0.5, () => log.push("first"), 5);
    env.run();
    expect(log).toEqual(["first", "u1", "u2", "n1", "t1", "n2", "t2", "late"]);
  });

  it("merges zero-delay events with earlier-scheduled events of the same time in sequence order", () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(1, () => {
      log.push("a");
      env.schedule(0, () => log.push("a→0"));
      env.event().succeed().addCallback(() => log.push("a→succeed"));
    });
    env.schedule(1, () => log.push("b"));
    env.schedule(1, () => {
      log.push("c");
      env.schedule(0, () => log.push("c→0"), URGENT);
    });
    env.schedule(1, () => log.push("d"));
    env.run();
    // Zero-delay NORMAL events queue behind everything already due now; URGENT ones jump ahead.
    expect(log).toEqual(["a", "b", "c", "c→0", "d", "a→0", "a→succeed"]);
  });

  it("starts a new process (URGENT) before ordinary events already due now", () => {
    const env = new Environment();
    const log: string[] = [];
    env.schedule(1, () => {
      log.push("spawner");
      env.process(function* (): Gen {
        log.push(`child@${env.now}`);
        yield env.timeout(0);
        log.push("child resumed");
      });
    });
    env.schedule(1, () => log.push("next callback"));
    env.run();
    expect(log).toEqual(["spawner", "child@1", "next callback", "child resumed"]);
  });
});

describe("schedule (callback fast path)", () => {
  it("calls callbacks at their times, in order with events", () => {
    const env = new Environment();
    const log: [number, string][] = [];
    env.schedule(2, () => log.push([env.now, "cb2"]));
    env.process(function* (): Gen {
      yield env.timeout(1);
      log.push([env.now, "p1"]);
      env.schedule(1, () => log.push([env.now, "cb from p"]));
      yield env.timeout(1);
      log.push([env.now, "p2"]);
    });
    env.run();
    expect(log).toEqual([
      [1, "p1"],
      [2, "cb2"],
      [2, "cb from p"],
      [2, "p2"],
    ]);
  });

  it("lets an exception from a callback end the run", () => {
    const env = new Environment();
    env.schedule(1, () => {
      throw new RangeError("boom");
    });
    expect(() => env.run()).toThrow(RangeError);
    expect(env.now).toBe(1);
  });
});

describe("run", () => {
  it("until a time leaves events at exactly that time unprocessed and sets now to it", () => {
    const env = new Environment();
    const log: number[] = [];
    for (const t of [1, 2, 3]) env.schedule(t, () => log.push(env.now));
    env.run({ until: 2 });
    expect(log).toEqual([1]);
    expect(env.now).toBe(2);
    expect(env.peek()).toBe(2);
    env.run({ until: 2.5 });
    expect(log).toEqual([1, 2]);
    expect(env.now).toBe(2.5);
    env.run();
    expect(log).toEqual([1, 2, 3]);
  });

  it("until a time with no events moves the clock there", () => {
    const env = new Environment();
    env.run({ until: 7 });
    expect(env.now).toBe(7);
    expect(() => env.run({ until: 6 })).toThrow(SimulationError);
    expect(() => env.run({ until: Number.NaN })).toThrow(SimulationError);
  });

  it("until an event stops when it is processed and returns its value", () => {
    const env = new Environment();
    const log: number[] = [];
    env.schedule(3, () => log.push(3));
    const proc = env.process(function* (): Gen {
      yield env.timeout(2);
      return "done";
    });
    env.schedule(2, () => log.push(2)); // same time as the process end, scheduled earlier: runs first
    expect(env.run({ until: proc })).toBe("done");
    expect(env.now).toBe(2);
    expect(log).toEqual([2]);
    expect(env.run({ until: proc })).toBe("done"); // already processed: returns at once
  });

  it("until an event that can no longer happen throws", () => {
    const env = new Environment();
    env.timeout(1);
    expect(() => env.run({ until: env.event() })).toThrow(/awaited event/);
  });

  it("until a failed event throws its error", () => {
    const env = new Environment();
    const proc = env.process(function* (): Gen {
      yield env.timeout(1);
      throw new TypeError("bad");
    });
    expect(() => env.run({ until: proc })).toThrow(TypeError);
  });

  it("maxEvents allows exactly that many events and throws past it", () => {
    const ok = new Environment();
    for (let i = 0; i < 5; i++) ok.schedule(i, () => {});
    ok.run({ maxEvents: 5 });
    expect(ok.peek()).toBe(Infinity);

    const env = new Environment();
    env.process(function* (): Gen {
      for (;;) yield env.timeout(1);
    });
    expect(() => env.run({ maxEvents: 100 })).toThrow(/maxEvents/);
    expect(env.now).toBe(99); // the start and 99 timeouts ran; the 101st event was refused
  });

  it("step and peek walk the events one by one", () => {
    const env = new Environment();
    expect(env.peek()).toBe(Infinity);
    expect(() => env.step()).toThrow(SimulationError);
    const log: number[] = [];
    env.schedule(4, () => log.push(4));
    env.schedule(1, () => log.push(1));
    expect(env.peek()).toBe(1);
    env.step();
    expect([env.now, log]).toEqual([1, [1]]);
    expect(env.peek()).toBe(4);
    env.step();
    expect([env.now, log]).toEqual([4, [1, 4]]);
  });
});
