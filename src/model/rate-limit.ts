/**
 * A company's tokens-per-minute rate limit as a token bucket: it holds at most one minute's budget,
 * refills continuously at `tokensPerMinute`, and a model call takes its tokens (input + output)
 * before it runs. A call that finds too few tokens waits until the bucket has refilled enough;
 * calls are served in the order they ask, so a later call also waits behind an earlier one's debt.
 *
 * This is the engine's `Container` with continuous refill, written as arithmetic: the level is
 * brought up to date whenever a call asks, and the level may go negative (the tokens promised to
 * callers already waiting). That is exact for a first-come-first-served bucket and costs no event,
 * where a refill process would cost one event per tick for every company all year.
 */

const MINUTES_PER_HOUR = 60;

/** A tokens-per-minute budget shared by all of one company's sessions. Times are hours. */
export class TokenBucket {
  /** Tokens available at `updatedAt`; negative while callers wait for promised tokens. */
  private level: number;
  private updatedAt: number;
  /** Refill, tokens per hour. */
  private readonly rate: number;
  /** Total hours callers have waited so far. */
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
    this.level = tokensPerMinute;
    this.updatedAt = start;
    this.rate = tokensPerMinute * MINUTES_PER_HOUR;
  }

  /**
   * A call asks for `tokens` at time `now` (not earlier than the previous ask): returns how long
   * it must wait, hours (0 when the bucket holds enough).
   */
  take(tokens: number, now: number): number {
    this.level = Math.min(this.tokensPerMinute, this.level + (now - this.updatedAt) * this.rate);
    this.updatedAt = now;
    this.level -= tokens;
    const wait = this.level >= 0 ? 0 : -this.level / this.rate;
    this.waited += wait;
    return wait;
  }
}
