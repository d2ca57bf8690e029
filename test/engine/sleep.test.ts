import { describe, expect, it } from "vitest";
import { Environment, type Event, Interrupt, SimulationError } from "../../src/engine/index.ts";

type Gen = Generator<Event<any>, any, any>;

/** Three processes waking at equal and different times; `wait` makes each delay. */
function log(wait: (env: Environment, delay: number, value: string) => Event<string>): string[] {
  const env = new Environment();
  const out: string[] = [];
  for (const name of ["a", "b", "c"]) {
    env.process(function* (): Gen {
      for (const delay of [1, 0, name === "b" ? 2 : 1, 0.5]) {
        const value = yield wait(env, delay, name);
        out.push(`${env.now} ${value}`);
      }
    });
  }
  env.schedule(1, () => out.push("1 callback"));
  env.run();
  return out;
}

describe("env.sleep", () => {
  it("orders wake-ups exactly as env.timeout does, and resumes with the value", () => {
    const withTimeout = log((env, delay, value) => env.timeout(delay, value));
    const withSleep = log((env, delay, value) => env.sleep(delay, value));
    expect(withSleep).toEqual(withTimeout);
    expect(withSleep.slice(0, 4)).toEqual(["1 callback", "1 a", "1 b", "1 c"]); // the callback was scheduled first
  });

  it("reuses one wake-up event per process from one sleep to the next", () => {
    const env = new Environment();
    const events: Event<any>[] = [];
    env.process(function* (): Gen {
      for (let i = 0; i < 3; i++) {
        const wake = env.sleep(1);
        events.push(wake);
        yield wake;
      }
    });
    env.run();
    expect(env.now).toBe(3);
    expect(new Set(events).size).toBe(1);
  });

  it("an interrupted sleep does not wake the process later; the next sleep takes a fresh event", () => {
    const env = new Environment();
    const out: string[] = [];
    const p = env.process(function* (): Gen {
      try {
        yield env.sleep(10);
      } catch (error) {
        out.push(`${env.now} ${(error as Interrupt).cause}`);
      }
      yield env.sleep(20); // the first wake-up, still queued for 10, must not end this early
      out.push(`${env.now} woke`);
    });
    env.schedule(2, () => p.interrupt("stop"));
    env.run();
    expect(out).toEqual(["2 stop", "22 woke"]);
  });

  it("outside a process is a plain timeout; rejects a negative or non-finite delay", () => {
    const env = new Environment();
    const e = env.sleep(2, "x");
    env.run();
    expect([env.now, e.value]).toEqual([2, "x"]);
    env.process(function* (): Gen {
      expect(() => env.sleep(-1)).toThrow(SimulationError);
      expect(() => env.sleep(Number.NaN)).toThrow(SimulationError);
      expect(() => env.sleep(Infinity)).toThrow(/finite/);
      yield env.sleep(0);
    });
    env.run();
  });
});

describe("yielding a plain delay (a number of hours)", () => {
  it("orders wake-ups exactly as env.timeout does, and resumes with undefined", () => {
    const withTimeout = log((env, delay) => env.timeout(delay, undefined as unknown as string));
    const env = new Environment();
    const out: string[] = [];
    for (const name of ["a", "b", "c"]) {
      env.process(function* () {
        for (const delay of [1, 0, name === "b" ? 2 : 1, 0.5]) {
          const value: unknown = yield delay;
          out.push(`${env.now} ${value}`);
        }
      });
    }
    env.schedule(1, () => out.push("1 callback"));
    env.run();
    expect(out).toEqual(withTimeout);
  });

  it("fails the process with a SimulationError for a negative or non-finite delay", () => {
    for (const delay of [-1, Number.NaN, Infinity]) {
      const env = new Environment();
      const p = env.process(function* () {
        yield delay;
      });
      expect(() => env.run()).toThrow(/delay must be a finite number ≥ 0/);
      expect(p.ok).toBe(false);
    }
  });
});

describe("env.eventsProcessed", () => {
  it("counts the events and callbacks taken from the queue by run and step", () => {
    const env = new Environment();
    env.schedule(1, () => {});
    env.timeout(2);
    env.step();
    expect(env.eventsProcessed).toBe(1);
    env.run();
    expect(env.eventsProcessed).toBe(2);
    // A process nobody waits for: its start and its wake-up; its end is not queued.
    env.process(function* (): Gen {
      yield env.sleep(1);
    });
    env.run();
    expect(env.eventsProcessed).toBe(4);
  });
});
