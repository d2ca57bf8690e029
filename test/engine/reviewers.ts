/**
 * Reviewers for the engine tests that contend for a pool: each waits a while, takes a slot, logs,
 * holds it a while and gives it back, `reviews` times. Shared by the tests of `releaseAt`,
 * `rerequest` and `Machine`, which each need the slots contended by someone else.
 */
import type { Environment, Event, Resource } from "../../src/engine/index.ts";
import type { Rng } from "../../src/random/index.ts";

/** How many reviewers, how many reviews each, the longest gap between reviews, and each one's stream. */
export interface ReviewerOptions {
  count: number;
  reviews: number;
  /** Hours: a gap is uniform in [0, gap); a review holds its slot uniform in [0, 0.3). */
  gap: number;
  rngOf: (reviewer: number) => Rng;
}

/** Starts the reviewers as generator processes on `env`, logging `<time> reviewer v review i`. */
export function startReviewers(env: Environment, pool: Resource, log: string[], options: ReviewerOptions): void {
  for (let v = 0; v < options.count; v++) {
    const rng = options.rngOf(v);
    env.process(function* (): Generator<Event<any> | number, void, any> {
      for (let review = 0; review < options.reviews; review++) {
        yield rng() * options.gap;
        const r = pool.request();
        yield r;
        log.push(`${env.now.toFixed(9)} reviewer ${v} review ${review}`);
        yield rng() * 0.3;
        pool.release(r);
      }
    });
  }
}
