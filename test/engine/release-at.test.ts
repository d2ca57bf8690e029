/**
 * `releaseAt(request, t)` gives a slot back at a known time without an event unless a request
 * waits for it: every grant must come at the same time, to the same request, as with
 * `schedule(t − now, () => release(request))`.
 */
import { describe, expect, it } from "vitest";
import { Environment, Resource, SimulationError, type Event } from "../../src/engine/index.ts";
import { stream } from "../../src/random/index.ts";
import { startReviewers } from "./reviewers.ts";

type Gen = Generator<Event<any> | number, void, any>;

/** Workers that hold a slot, leave at a known time ahead, come back; reviewers that hold a slot. */
function grants(lazy: boolean, seed: number): { log: string[]; events: number } {
  const env = new Environment();
  const pool = new Resource(env, 3);
  const rng = stream(seed, "release-at");
  const log: string[] = [];
  const leave = (request: ReturnType<Resource["request"]>, at: number) => {
    if (lazy) pool.releaseAt(request, at);
    else if (at > env.now) env.schedule(at - env.now, () => pool.release(request));
    else pool.release(request);
  };
  for (let w = 0; w < 4; w++) {
    env.process(function* (): Gen {
      for (let turn = 0; turn < 30; turn++) {
        const r = pool.request({ priority: -1 });
        if (r.grantedAt !== env.now) yield r;
        log.push(`${env.now.toFixed(9)} worker ${w} turn ${turn}`);
        const prompt = rng() * 0.2;
        leave(r, env.now + prompt);
        yield prompt + rng(); // the call runs while the slot is free
      }
    });
  }
  startReviewers(env, pool, log, { count: 3, reviews: 40, gap: 0.7, rngOf: () => rng });
  env.run();
  return { log, events: env.eventsProcessed };
}

describe("Resource.releaseAt", () => {
  for (const seed of [1, 2, 3]) {
    it(`grants the same requests at the same times as a scheduled release (seed ${seed}), with fewer events`, () => {
      const explicit = grants(false, seed);
      const lazy = grants(true, seed);
      expect(lazy.log).toEqual(explicit.log);
      expect(lazy.events).toBeLessThan(explicit.events);
    });
  }

  it("refuses a time before now and a request that holds no slot", () => {
    const env = new Environment(5);
    const pool = new Resource(env, 1);
    const r = pool.request();
    expect(() => pool.releaseAt(r, 4)).toThrow(SimulationError);
    const waiting = pool.request();
    expect(() => pool.releaseAt(waiting, 6)).toThrow(/holds no slot/);
  });
});
