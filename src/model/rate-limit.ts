/**
 * A company's tokens-per-minute rate limit as a token bucket: it holds at most one minute's budget,
 * refills continuously at `tokensPerMinute`, and a model call takes its tokens (input + output)
 * before it runs. A call that finds too few tokens waits until the bucket has refilled enough;
 * calls are served in the order they ask, so a later call also waits behind an earlier one's debt.
 *
 * It is the engine's `Container` with continuous refill, written as arithmetic (the "virtual
 * scheduling" form of a token bucket, as in GCRA): `full` is the time at which the bucket would
 * be full again if no one asked; a call of k tokens moves it k ÷ rate later, and waits for what
 * exceeds one minute's budget. That is exact for a first-come-first-served bucket and costs no
 * engine event. Calls must ask in time order (`at` never decreasing).
 */

const MINUTES_PER_HOUR = 60;

/** A tokens-per-minute budget shared by all of one company's sessions. Times are hours. */
export class TokenBucket {
  /** When the bucket would be full again with no further calls, hours. */
  private full: number;
  /** Refill, tokens per hour. */
  private readonly rate: number;
  /** Hours it takes to refill a whole bucket (one minute). */
  private readonly burst: number;
  /** Total hours calls have waited so far. */
  waited = 0;

  /**
   * @param tokensPerMinute the budget (> 0, finite); the bucket starts full.
   * @param start the simulation time the bucket starts at, hours.
   * @throws RangeError for a budget that is not a positive finite number.
   */
  constructor(
    readonly tokensPerMinute: number,
    start: number,
  ) {
    if (!(tokensPerMinute > 0) || !Number.isFinite(tokensPerMinute)) throw new RangeError(`TokenBucket: expected tokens per minute > 0 and finite, got ${tokensPerMinute}`);
    this.rate = tokensPerMinute * MINUTES_PER_HOUR;
    this.burst = 1 / MINUTES_PER_HOUR;
    this.full = start;
  }

  /** A call asks for `tokens` at time `at` (≥ any earlier ask): how long until they are there, hours. */
  take(tokens: number, at: number): number {
    this.full = Math.max(this.full, at) + tokens / this.rate;
    const wait = Math.max(0, this.full - at - this.burst);
    this.waited += wait;
    return wait;
  }
}
