import { describe, expect, it } from "vitest";
import { Environment, type Event, Interrupt, type Process, SimulationError } from "../../src/engine/index.ts";

type Gen = Generator<Event<any>, any, any>;

describe("events", () => {
  it("go pending → triggered → processed, and resume a waiting process with their value", () => {
    const env = new Environment();
    const signal = env.event<string>();
    const log: [number, unknown][] = [];
    env.process(function* (): Gen {
      const value = yield signal;
      log.push([env.now, value]);
    });
    env.process(function* (): Gen {
      yield env.timeout(3);
      expect(signal.triggered).toBe(false);
      signal.succeed("go");
      expect([signal.triggered, signal.processed, signal.ok, signal.value]).toEqual([true, false, true, "go"]);
    });
    expect(() => signal.value).toThrow(SimulationError);
    expect(() => signal.ok).toThrow(SimulationError);
    env.run();
    expect(signal.processed).toBe(true);
    expect(log).toEqual([[3, "go"]]);
  });

  it("cannot be triggered twice, fail only with an Error, and take no callback once processed", () => {
    const env = new Environment();
    const e = env.event();
    e.succeed(1);
    expect(() => e.succeed(2)).toThrow(/already triggered/);
    expect(() => e.fail(new Error("x"))).toThrow(SimulationError);
    expect(() => env.event().fail("not an error" as unknown as Error)).toThrow(SimulationError);
    expect(() => env.timeout(1).succeed()).toThrow(SimulationError);
    env.run();
    expect(() => e.addCallback(() => {})).toThrow(SimulationError);
  });

  it("run callbacks in the order added", () => {
    const env = new Environment();
    const e = env.timeout(1, "v");
    const log: string[] = [];
    e.addCallback((ev) => log.push(`a:${ev.value}`));
    e.addCallback(() => log.push("b"));
    e.addCallback(() => log.push("c"));
    env.run();
    expect(log).toEqual(["a:v", "b", "c"]);
  });

  it("wake waiting processes and callbacks in the order they started waiting", () => {
    const env = new Environment();
    const signal = env.event<string>();
    const log: string[] = [];
    signal.addCallback(() => log.push("callback before"));
    const waiter = (name: string) =>
      env.process(function* (): Gen {
        yield signal;
        log.push(name);
      });
    waiter("p1");
    waiter("p2");
    const p3 = waiter("p3");
    env.schedule(1, () => {
      signal.addCallback(() => log.push("callback after"));
      p3.interrupt("gone"); // p3 stops waiting; its Interrupt is uncaught and fails p3
    });
    env.schedule(2, () => void signal.succeed("go"));
    const watcher = env.process(function* (): Gen {
      try {
        yield p3;
      } catch (error) {
        log.push(`p3 ${(error as Error).name}`);
      }
    });
    env.run({ until: watcher });
    env.run();
    expect(log).toEqual(["p3 Interrupt", "callback before", "p1", "p2", "callback after"]);
  });

  it("a second process on the same event can be interrupted without disturbing the first", () => {
    const env = new Environment();
    const signal = env.timeout(5, "v");
    const log: string[] = [];
    env.process(function* (): Gen {
      const v = yield signal;
      log.push(`${env.now} first ${v}`);
    });
    const second = env.process(function* (): Gen {
      try {
        yield signal;
      } catch {
        log.push(`${env.now} second interrupted`);
      }
    });
    env.schedule(1, () => second.interrupt());
    env.run();
    expect(log).toEqual(["1 second interrupted", "5 first v"]);
  });

  it("a process yielding an already processed event continues at once with its value", () => {
    const env = new Environment();
    const done = env.timeout(1, "old");
    const log: [number, unknown][] = [];
    env.process(function* (): Gen {
      yield env.timeout(2);
      const value = yield done;
      log.push([env.now, value]);
    });
    env.run();
    expect(log).toEqual([[2, "old"]]);
  });
});

describe("failures", () => {
  it("are thrown into the waiting process, which may catch them and go on", () => {
    const env = new Environment();
    const signal = env.event();
    const log: [number, string][] = [];
    env.process(function* (): Gen {
      try {
        yield signal;
      } catch (error) {
        log.push([env.now, (error as Error).message]);
      }
      yield env.timeout(1);
      log.push([env.now, "after"]);
    });
    env.schedule(2, () => signal.fail(new Error("broken")));
    env.run();
    expect(log).toEqual([
      [2, "broken"],
      [3, "after"],
    ]);
  });

  it("that nobody handles end the run with that error", () => {
    const env = new Environment();
    const error = new RangeError("nobody listens");
    env.schedule(1, () => env.event().fail(error));
    env.schedule(5, () => {});
    expect(() => env.run()).toThrow(error);
    expect(env.now).toBe(1);
  });

  it("with only plain callbacks still end the run (a callback does not handle the error)", () => {
    const env = new Environment();
    const e = env.event();
    const seen: unknown[] = [];
    e.addCallback((ev) => seen.push(ev.value));
    e.fail(new Error("still fatal"));
    expect(() => env.run()).toThrow("still fatal");
    expect(seen).toHaveLength(1);
  });

  it("a process that throws fails its event; a waiting process gets the error", () => {
    const env = new Environment();
    const log: [number, string][] = [];
    const worker = env.process(function* (): Gen {
      yield env.timeout(1);
      throw new TypeError("worker died");
    });
    env.process(function* (): Gen {
      try {
        yield worker;
      } catch (error) {
        log.push([env.now, `${(error as Error).name}: ${(error as Error).message}`]);
      }
    });
    env.run();
    expect(log).toEqual([[1, "TypeError: worker died"]]);
    expect(worker.ok).toBe(false);
    expect(worker.isAlive).toBe(false);
  });

  it("a process that throws with nobody waiting ends the run", () => {
    const env = new Environment();
    env.process(function* (): Gen {
      yield env.timeout(1);
      throw new TypeError("unwatched");
    });
    expect(() => env.run()).toThrow("unwatched");
  });

  it("a process that yields something other than an event or a delay fails", () => {
    const env = new Environment();
    const p = env.process(function* (): Generator<any, void, any> {
      yield "5 hours";
    });
    expect(() => env.run()).toThrow(SimulationError);
    expect(p.ok).toBe(false);
    expect(() => env.process(42 as never)).toThrow(SimulationError);
  });
});

describe("processes", () => {
  it("end with the generator's return value, which waiting processes receive", () => {
    const env = new Environment();
    const log: [number, unknown][] = [];
    const child = (d: number, v: string) =>
      env.process(function* (): Gen {
        yield env.timeout(d);
        return v;
      });
    env.process(function* (): Gen {
      const a = child(2, "two");
      const b = child(1, "one");
      const va = yield a;
      log.push([env.now, va]);
      const vb = yield b; // already over: no wait
      log.push([env.now, vb]);
    });
    env.run();
    expect(log).toEqual([
      [2, "two"],
      [2, "one"],
    ]);
  });

  it("accept a generator object as well as a generator function", () => {
    const env = new Environment();
    function* g(): Gen {
      yield env.timeout(1);
      return 7;
    }
    const p = env.process(g());
    expect(p.isAlive).toBe(true);
    expect(env.run({ until: p })).toBe(7);
    expect(p.isAlive).toBe(false);
  });
});

describe("interrupt", () => {
  it("throws an Interrupt with the cause into the process, which stops waiting for its target", () => {
    const env = new Environment();
    const log: [number, string][] = [];
    const target = env.timeout(10);
    const sleeper = env.process(function* (): Gen {
      try {
        yield target;
        log.push([env.now, "woke normally"]);
      } catch (error) {
        expect(error).toBeInstanceOf(Interrupt);
        log.push([env.now, `interrupted: ${(error as Interrupt).cause}`]);
      }
      yield env.timeout(20); // past the old target's time: it must not resume us at 10
      log.push([env.now, "done"]);
    });
    env.schedule(3, () => sleeper.interrupt("wake up"));
    env.run();
    expect(log).toEqual([
      [3, "interrupted: wake up"],
      [23, "done"],
    ]);
    expect(target.processed).toBe(true);
  });

  it("an interrupted process may be interrupted again and keeps the cause object", () => {
    const env = new Environment();
    const causes: unknown[] = [];
    const p = env.process(function* (): Gen {
      for (let i = 0; i < 2; i++) {
        try {
          yield env.timeout(100);
        } catch (error) {
          causes.push([env.now, (error as Interrupt).cause]);
        }
      }
    });
    env.schedule(1, () => p.interrupt({ reason: "first" }));
    env.schedule(2, () => p.interrupt({ reason: "second" }));
    env.run();
    expect(causes).toEqual([
      [1, { reason: "first" }],
      [2, { reason: "second" }],
    ]);
  });

  it("uncaught, fails the process with the Interrupt", () => {
    const env = new Environment();
    const p = env.process(function* (): Gen {
      yield env.timeout(5);
    });
    const watcher = env.process(function* (): Gen {
      try {
        yield p;
      } catch (error) {
        return [env.now, error instanceof Interrupt, (error as Interrupt).cause];
      }
    });
    env.schedule(1, () => p.interrupt("stop"));
    expect(env.run({ until: watcher })).toEqual([1, true, "stop"]);
  });

  it("cannot interrupt a dead process, nor a process itself", () => {
    const env = new Environment();
    const p = env.process(function* (): Gen {
      yield env.timeout(1);
    });
    env.run();
    expect(() => p.interrupt()).toThrow(SimulationError);
    let self: Process<unknown> | null = null;
    self = env.process(function* (): Gen {
      (self as Process<unknown>).interrupt();
      yield env.timeout(1);
    });
    expect(() => env.run()).toThrow(/itself/);
  });

  it("an interrupt pending when the process ends is dropped quietly", () => {
    const env = new Environment();
    const log: [number, unknown][] = [];
    const p = env.process(function* (): Gen {
      try {
        yield env.timeout(10);
      } catch (error) {
        log.push([env.now, (error as Interrupt).cause]);
        return "ended"; // the second interrupt is still queued when this process ends
      }
    });
    env.schedule(1, () => {
      p.interrupt("first");
      p.interrupt("second");
    });
    expect(env.run({ until: p })).toBe("ended");
    env.run();
    expect(log).toEqual([[1, "first"]]);
  });
});

describe("allOf / anyOf", () => {
  it("allOf succeeds when all have, with their values in order", () => {
    const env = new Environment();
    const log: [number, unknown][] = [];
    env.process(function* (): Gen {
      const values = yield env.allOf([env.timeout(3, "c"), env.timeout(1, "a"), env.timeout(2, "b")]);
      log.push([env.now, values]);
      const none = yield env.allOf([]);
      log.push([env.now, none]);
    });
    env.run();
    expect(log).toEqual([
      [3, ["c", "a", "b"]],
      [3, []],
    ]);
  });

  it("allOf fails with the first failure, which the waiting process catches", () => {
    const env = new Environment();
    const bad = env.event();
    env.schedule(2, () => bad.fail(new Error("part failed")));
    const log: [number, string][] = [];
    env.process(function* (): Gen {
      try {
        yield env.allOf([env.timeout(5), bad]);
      } catch (error) {
        log.push([env.now, (error as Error).message]);
      }
    });
    env.run();
    expect(log).toEqual([[2, "part failed"]]);
  });

  it("anyOf succeeds with the index and value of the first", () => {
    const env = new Environment();
    const log: [number, unknown][] = [];
    env.process(function* (): Gen {
      const first = yield env.anyOf([env.timeout(3, "slow"), env.timeout(1, "fast")]);
      log.push([env.now, first]);
      const none = yield env.anyOf([]);
      log.push([env.now, none]);
      const done = env.timeout(0, "ready");
      yield env.timeout(1);
      const either = yield env.anyOf([env.timeout(9), done]);
      log.push([env.now, either]);
    });
    env.run();
    expect(log).toEqual([
      [1, { index: 1, value: "fast" }],
      [1, null],
      [2, { index: 1, value: "ready" }],
    ]);
  });

  it("anyOf fails if the first event to finish failed", () => {
    const env = new Environment();
    const bad = env.event();
    env.schedule(1, () => bad.fail(new Error("first and bad")));
    const result = env.process(function* (): Gen {
      try {
        yield env.anyOf([env.timeout(2), bad]);
      } catch (error) {
        return [env.now, (error as Error).message];
      }
    });
    expect(env.run({ until: result })).toEqual([1, "first and bad"]);
  });
});
