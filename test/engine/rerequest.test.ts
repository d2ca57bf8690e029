/**
 * `rerequest(request)` asks again with a request whose slot was given back: the same object, made
 * new. Every grant must come at the same time, to the same process, as with a fresh
 * `request({ priority })`; a request still in use is refused.
 */
import { describe, expect, it } from "vitest";
import { Environment, Resource, SimulationError, type Event, type Request } from "../../src/engine/index.ts";
import { stream } from "../../src/random/index.ts";
import { startReviewers } from "./reviewers.ts";

type Gen = Generator<Event<any> | number, void, any>;

/** Workers steering turn after turn (leaving during each call), reviewers holding a slot. */
function grants(reuse: boolean, seed: number): { log: string[]; waits: number; utilisation: number } {
  const env = new Environment();
  const pool = new Resource(env, 2);
  const rng = stream(seed, "rerequest");
  const log: string[] = [];
  for (let w = 0; w < 4; w++) {
    env.process(function* (): Gen {
      let r: Request | null = null;
      for (let turn = 0; turn < 30; turn++) {
        r = reuse && r !== null ? pool.rerequest(r) : pool.request({ priority: -1 });
        if (r.grantedAt !== env.now) yield r;
        log.push(`${env.now.toFixed(9)} worker ${w} turn ${turn} asked at ${r.requestedAt.toFixed(9)}`);
        const prompt = rng() * 0.2;
        // Half the turns leave at a known time, half release when they leave.
        if (turn % 2 === 0) pool.releaseAt(r, env.now + prompt);
        else {
          yield prompt;
          pool.release(r);
        }
        yield prompt + rng(); // the call runs while the slot is free
      }
    });
  }
  startReviewers(env, pool, log, { count: 2, reviews: 40, gap: 0.7, rngOf: () => rng });
  env.run();
  return { log, waits: pool.meanWait(), utilisation: pool.utilisation() };
}

describe("Resource.rerequest", () => {
  for (const seed of [1, 2, 3]) {
    it(`grants the same processes at the same times as a fresh request (seed ${seed})`, () => {
      const fresh = grants(false, seed);
      const reused = grants(true, seed);
      expect(reused.log).toEqual(fresh.log);
      expect(reused.waits).toBe(fresh.waits);
      expect(reused.utilisation).toBe(fresh.utilisation);
      // Some requests waited: the queue was exercised, not only free slots.
      expect(fresh.waits).toBeGreaterThan(0);
    });
  }

  it("returns the same object, pending again, with its priority", () => {
    const env = new Environment();
    const pool = new Resource(env, 1);
    const blocker = pool.request();
    const r = pool.request({ priority: -1 });
    pool.release(blocker); // r is granted (its grant is queued)
    env.run();
    expect(r.processed).toBe(true);
    pool.release(r);
    pool.request(); // takes the free slot: the renewed request must wait
    const again = pool.rerequest(r);
    expect(again).toBe(r);
    expect(again.triggered).toBe(false);
    expect(again.priority).toBe(-1);
    expect(Number.isNaN(again.grantedAt)).toBe(true);
  });

  it("refuses a request that still holds its slot, still waits, has its grant queued, or is another resource's", () => {
    const env = new Environment();
    const pool = new Resource(env, 1);
    const other = new Resource(env, 1);
    const held = pool.request();
    expect(() => pool.rerequest(held)).toThrow(/still holds its slot/);
    const waiting = pool.request();
    expect(() => pool.rerequest(waiting)).toThrow(SimulationError);
    pool.release(held); // waiting is granted now, its grant queued until the run processes it
    pool.release(waiting);
    expect(() => pool.rerequest(waiting)).toThrow(/grant is still queued/);
    const leaving = other.request();
    expect(() => pool.rerequest(leaving)).toThrow(/another resource/);
    other.releaseAt(leaving, 1);
    expect(() => other.rerequest(leaving)).toThrow(SimulationError);
  });
});
