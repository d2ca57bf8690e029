/**
 * A process that ends with nobody waiting is not queued as an end event (one event less per
 * customer or task); these cases pin down that anyone who looks at it later sees exactly what a
 * queued end event would have shown: the same order of wake-ups, the same `processed` answers.
 * (Each expected log is what the engine produced when every end event was queued.)
 */
import { describe, expect, it } from "vitest";
import { Environment, Resource, type Event } from "../../src/engine/index.ts";

type Gen = Generator<Event<any>, any, any>;

describe("the end of a process nobody waited for", () => {
  it("looks processed, or not yet, to observers before and after its place in the queue", () => {
    const env = new Environment();
    const log: string[] = [];
    const p = env.process(function* (): Gen {
      yield env.timeout(1);
      log.push("p ends");
      return "done";
    });
    // Wakes at 1 after p (its timeout was made later) but keyed before p's end event.
    env.process(function* (): Gen {
      yield env.timeout(1);
      log.push(`early: triggered ${p.triggered}, processed ${p.processed}`);
      // A process started now runs before p's end event (URGENT) and waits for it.
      env.process(function* (): Gen {
        log.push(`started early: processed ${p.processed}`);
        const value = yield p;
        log.push(`started early got ${value} at ${env.now}`);
      });
      // Triggered now: keyed after p's end event, so p's end has been processed when it runs.
      const later = env.event();
      later.addCallback(() => {
        log.push(`late: processed ${p.processed}`);
        env.process(function* (): Gen {
          log.push(`started late: processed ${p.processed}`);
          const value = yield p;
          log.push(`started late got ${value} at ${env.now}`);
        });
      });
      later.succeed();
      const value = yield p;
      log.push(`early got ${value} at ${env.now}`);
    });
    env.run();
    expect(log).toEqual([
      "p ends",
      "early: triggered true, processed false",
      "started early: processed false",
      "early got done at 1",
      "started early got done at 1",
      "late: processed true",
      "started late: processed true",
      "started late got done at 1",
    ]);
    expect(p.processed).toBe(true);
  });

  it("is processed once the clock moves on, or once a run drains the queue", () => {
    const env = new Environment();
    const p = env.process(function* (): Gen {
      yield env.timeout(1);
    });
    env.run({ until: 1.5 });
    expect(p.processed).toBe(true);
    expect(() => p.addCallback(() => {})).toThrow(/already processed/);

    const q = env.process(function* (): Gen {
      yield env.timeout(0);
    });
    env.run();
    expect(q.processed).toBe(true);
  });

  it("is processed once a run until an event that never happens, or stepping, drains the queue", () => {
    const env = new Environment();
    const p = env.process(function* (): Gen {
      yield env.timeout(1);
    });
    expect(() => env.run({ until: env.event() })).toThrow(/no more events/);
    expect(p.processed).toBe(true);

    const q = env.process(function* (): Gen {
      yield env.timeout(1);
    });
    expect(() => {
      for (;;) env.step();
    }).toThrow(/no more events/);
    expect(q.processed).toBe(true);
  });

  it("run({ until: process }) stops right after the end event, leaving later events of that time", () => {
    const env = new Environment();
    const log: string[] = [];
    const p = env.process(function* (): Gen {
      yield env.timeout(2);
      return 7;
    });
    env.schedule(2, () => log.push("before p's wake-up"), 0);
    const after = env.timeout(2);
    after.addCallback(() => log.push("keyed before p's end"));
    expect(env.run({ until: p })).toBe(7);
    expect(log).toEqual(["before p's wake-up", "keyed before p's end"]);
    env.schedule(0, () => log.push("later"));
    env.run();
    expect(log).toEqual(["before p's wake-up", "keyed before p's end", "later"]);
  });

  it("a callback added before its turn runs at its place, in order with other events of the time", () => {
    const env = new Environment();
    const log: string[] = [];
    const p = env.process(function* (): Gen {
      yield env.timeout(1);
    });
    env.process(function* (): Gen {
      yield env.timeout(1); // made after p's: wakes after p ended, keyed before p's end event
      env.schedule(0, () => log.push("scheduled before p's end was looked at"));
      p.addCallback(() => log.push("p's end"));
      env.event().succeed();
      env.schedule(0, () => log.push("scheduled after"));
    });
    env.run();
    expect(log).toEqual(["p's end", "scheduled before p's end was looked at", "scheduled after"]);
  });

  it("keeps its place after an event of lower priority (a larger key) was taken at the same time", () => {
    const env = new Environment();
    const log: string[] = [];
    let p: Event<any> | null = null;
    env.schedule(
      1,
      () => {
        log.push("priority 2");
        p = env.process(function* (): Gen {
          log.push("p runs and ends");
        });
        env.schedule(0, () => log.push(`next: processed ${p?.processed}`));
      },
      2,
    );
    env.run();
    expect(log).toEqual(["priority 2", "p runs and ends", "next: processed false"]);
    expect(p!.processed).toBe(true);
  });

  it("allOf over ended processes succeeds as before", () => {
    const env = new Environment();
    const a = env.process(function* (): Gen {
      yield env.timeout(1);
      return "a";
    });
    const b = env.process(function* (): Gen {
      yield env.timeout(3);
      return "b";
    });
    let got: unknown = null;
    env.process(function* (): Gen {
      yield env.timeout(2);
      got = yield env.allOf([a, b]);
    });
    env.run();
    expect(got).toEqual(["a", "b"]);
  });

  it("a failed process with nobody waiting still ends the run with its error", () => {
    const env = new Environment();
    env.process(function* (): Gen {
      yield env.timeout(1);
      throw new Error("boom");
    });
    expect(() => env.run()).toThrow("boom");
  });
});

describe("a request granted the moment it is made", () => {
  it("is not queued, yet a process that yields it resumes in the order a queued grant would give", () => {
    const env = new Environment();
    const engineers = new Resource(env, 1);
    const log: string[] = [];
    env.process(function* (): Gen {
      // Triggered before the request is made: its key is smaller, so it runs first.
      const earlier = env.event();
      earlier.addCallback(() => log.push(`earlier event at ${env.now}`));
      earlier.succeed();
      const request = engineers.request();
      log.push(`granted as made: ${request.grantedAt === env.now}`);
      yield request;
      log.push(`resumed after the grant at ${env.now}`);
      const later = engineers.request(); // the slot is taken: this one waits and is queued when granted
      yield env.timeout(1);
      engineers.release(request);
      yield later;
      log.push(`second grant at ${env.now}`);
      engineers.release(later);
    });
    env.run();
    expect(log).toEqual(["granted as made: true", "earlier event at 0", "resumed after the grant at 0", "second grant at 1"]);
  });

  it("counts one queue event less, and looks processed once the clock has moved", () => {
    const env = new Environment();
    const engineers = new Resource(env, 1);
    let seen: boolean | null = null;
    env.process(function* (): Gen {
      const request = engineers.request();
      yield env.timeout(1);
      seen = request.processed;
      yield request; // already processed: no wait
      engineers.release(request);
    });
    env.run();
    expect(seen).toBe(true);
    // the process start, the timeout: neither the grant nor the process's end is queued
    expect(env.eventsProcessed).toBe(2);
  });
});
