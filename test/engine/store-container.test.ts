import { describe, expect, it } from "vitest";
import { Container, Environment, type Event, SimulationError, Store } from "../../src/engine/index.ts";

type Gen = Generator<Event<any>, any, any>;

describe("Store", () => {
  it("a producer waits while the store is full; a consumer gets items oldest first", () => {
    const env = new Environment();
    const store = new Store<string>(env, 2);
    const log: string[] = [];
    env.process(function* (): Gen {
      for (const item of ["a", "b", "c", "d"]) {
        yield store.put(item);
        log.push(`${env.now} put ${item}`);
      }
    });
    env.process(function* (): Gen {
      yield env.timeout(5);
      for (let i = 0; i < 4; i++) {
        const item = yield store.get();
        log.push(`${env.now} got ${item}`);
        yield env.timeout(1);
      }
    });
    env.run();
    expect(log).toEqual([
      "0 put a",
      "0 put b",
      "5 got a",
      "5 put c",
      "6 got b",
      "6 put d",
      "7 got c",
      "8 got d",
    ]);
  });

  it("a consumer waits for an item", () => {
    const env = new Environment();
    const store = new Store<number>(env);
    const log: string[] = [];
    env.process(function* (): Gen {
      const item = yield store.get();
      log.push(`${env.now} got ${item}`);
    });
    env.schedule(3, () => void store.put(42));
    env.run();
    expect(log).toEqual(["3 got 42"]);
  });

  it("a filtered get takes the first match and does not block the gets behind it", () => {
    const env = new Environment();
    const store = new Store<number>(env);
    const log: string[] = [];
    const getter = (name: string, filter?: (n: number) => boolean) =>
      env.process(function* (): Gen {
        const item = yield store.get(filter);
        log.push(`${env.now} ${name} ${item}`);
      });
    getter("even", (n) => n % 2 === 0);
    getter("any");
    env.schedule(1, () => void store.put(3));
    env.schedule(2, () => {
      store.put(5);
      store.put(8);
    });
    env.run();
    expect(log).toEqual(["1 any 3", "2 even 8"]);
    expect(store.items).toEqual([5]);
  });

  it("serves waiting gets by priority, then in request order; a filtered get of higher priority waits for its match", () => {
    const env = new Environment();
    const store = new Store<number>(env);
    const log: string[] = [];
    const getter = (name: string, priority: number, filter?: (n: number) => boolean) =>
      store.get({ priority, filter }).addCallback((e) => log.push(`${name} ${e.value}`));
    getter("low-a", 2);
    getter("high-a", 0);
    getter("low-b", 2);
    getter("high-b", 0);
    getter("big-only", -1, (n) => n > 100);
    expect(store.getQueueLength).toBe(5);
    for (const n of [1, 2, 3, 500, 4]) store.put(n);
    env.run();
    expect(log).toEqual(["high-a 1", "high-b 2", "low-a 3", "big-only 500", "low-b 4"]);
    expect(store.getQueueLength).toBe(0);
  });

  it("serves waiting puts by priority when room frees up", () => {
    const env = new Environment();
    const store = new Store<string>(env, 1);
    store.put("first");
    const order: string[] = [];
    for (const [item, priority] of [["late-a", 1], ["soon", 0], ["late-b", 1]] as const) store.put(item, { priority }).addCallback(() => order.push(item));
    expect(store.putQueueLength).toBe(3);
    const taken: string[] = [];
    for (let i = 0; i < 4; i++) store.get((s) => true).addCallback((e) => taken.push(e.value as string));
    env.run();
    expect(order).toEqual(["soon", "late-a", "late-b"]);
    expect(taken).toEqual(["first", "soon", "late-a", "late-b"]);
  });

  it("a cancelled get never triggers and lets the gets behind it take the items", () => {
    const env = new Environment();
    const store = new Store<number>(env);
    const first = store.get();
    const second = store.get(undefined, { priority: 0 });
    expect(store.cancel(first)).toBe(true);
    expect(store.cancel(first)).toBe(false);
    store.put(7);
    env.run();
    expect(first.triggered).toBe(false);
    expect(second.value).toBe(7);
    expect(store.cancel(second)).toBe(false);
  });

  it("rejects a priority that is not a finite number", () => {
    const store = new Store<number>(new Environment());
    expect(() => store.get(undefined, { priority: Number.NaN })).toThrow(/priority/);
    expect(() => store.put(1, { priority: Infinity })).toThrow(SimulationError);
  });

  it("rejects a capacity below 1", () => {
    expect(() => new Store(new Environment(), 0)).toThrow(SimulationError);
  });
});

describe("Container", () => {
  it("tracks its level; a get waits until enough is there, a put while it would overflow", () => {
    const env = new Environment();
    const tank = new Container(env, { capacity: 10, init: 4 });
    const log: string[] = [];
    env.process(function* (): Gen {
      yield tank.get(6);
      log.push(`${env.now} got 6, level ${tank.level}`);
    });
    env.process(function* (): Gen {
      yield env.timeout(2);
      yield tank.put(3);
      log.push(`${env.now} put 3, level ${tank.level}`);
      yield tank.put(8);
      log.push(`${env.now} put 8, level ${tank.level}`);
    });
    env.process(function* (): Gen {
      yield env.timeout(5);
      yield tank.get(2);
      log.push(`${env.now} got 2, level ${tank.level}`);
    });
    env.run();
    // At 2: 4+3 = 7 ≥ 6, so the get is served too (level 1). The putter resumes first (its put was
    // triggered first) and puts 8 at once (1+8 = 9 fits), before the getter logs. At 5: 9−2 = 7.
    expect(log).toEqual(["2 put 3, level 1", "2 got 6, level 9", "2 put 8, level 9", "5 got 2, level 7"]);
    expect(tank.level).toBe(7);
  });

  it("serves gets in request order: a large get at the head blocks a smaller one behind it", () => {
    const env = new Environment();
    const tank = new Container(env, { init: 0 });
    const log: string[] = [];
    for (const amount of [5, 1]) env.process(function* (): Gen {
      yield tank.get(amount);
      log.push(`${env.now} got ${amount}`);
    });
    env.schedule(1, () => void tank.put(2));
    env.schedule(2, () => void tank.put(4));
    env.run();
    expect(log).toEqual(["2 got 5", "2 got 1"]);
    expect(tank.level).toBe(0);
  });

  it("a put waits for room", () => {
    const env = new Environment();
    const tank = new Container(env, { capacity: 5, init: 5 });
    const log: string[] = [];
    env.process(function* (): Gen {
      yield tank.put(2);
      log.push(`${env.now} put, level ${tank.level}`);
    });
    env.schedule(4, () => void tank.get(3));
    env.run();
    expect(log).toEqual(["4 put, level 4"]);
  });

  it("rejects bad capacity, initial level and amounts", () => {
    const env = new Environment();
    expect(() => new Container(env, { capacity: 0 })).toThrow(SimulationError);
    expect(() => new Container(env, { capacity: 5, init: 6 })).toThrow(SimulationError);
    expect(() => new Container(env, { init: -1 })).toThrow(SimulationError);
    const tank = new Container(env, { capacity: 5 });
    expect(() => tank.put(0)).toThrow(SimulationError);
    expect(() => tank.get(-1)).toThrow(SimulationError);
    expect(() => tank.get(6)).toThrow(/6/);
    expect(() => tank.put(Number.NaN)).toThrow(SimulationError);
  });
});
