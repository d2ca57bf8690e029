/**
 * Takeoff odds: each release may take off; learning from feedback multiplies the odds.
 */

/**
 * Probability that a release takes off: the odds of v1, `v1Chance / (1 − v1Chance)`, times
 * `liftPerLearning ^ learnings`, turned back into a probability.
 * `learnings` is the number of feedback signals known when the release was *planned*.
 * A v1 chance of 1 stays 1 (infinite odds); a chance of 0 stays 0 whatever is learned.
 */
export function takeoffProbability(v1Chance: number, liftPerLearning: number, learnings: number): number {
  if (v1Chance >= 1) return 1;
  if (v1Chance <= 0) return 0;
  const odds = (v1Chance / (1 - v1Chance)) * liftPerLearning ** learnings;
  return Number.isFinite(odds) ? odds / (1 + odds) : 1;
}
