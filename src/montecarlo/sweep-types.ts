/**
 * What a sweep adds: the speed premium of one company across points, and the prices paid at each.
 */
import type { Spread } from "./statistics-types.ts";

/**
 * What speed bought one company at a sweep point against the same company at the baseline point,
 * from per-run paired differences (the same run of both points sees the same world): never a ratio
 * of means, which a few long-tail runs dominate.
 */
export interface SpeedPremium {
  /** The baseline point's label. */
  against: string;
  /** Runs paired. */
  runs: number;
  /** Token spend to the horizon here minus at the baseline, USD. */
  extraTokenSpendUsd: Spread;
  /** Weeks to target at the baseline minus here (a run that never reaches counts as the horizon). */
  weeksGained: Spread;
  /** Revenue earned to the horizon here minus at the baseline, USD. */
  revenueGainedUsd: Spread;
  /** Team spend until the target (the horizon when not reached) at the baseline minus here, USD. */
  teamCostSavedUsd: Spread;
  /** revenueGained + teamCostSaved − extraTokenSpend, per run, USD. */
  netValueUsd: Spread;
  /** Share of runs whose net value is above zero: speed paid for itself. */
  sharePaidForItself: number;
}

/** The token prices a company paid at one point, and where they come from. */
export interface PricePaid {
  /**
   * `list` (the named offering's published price), `default` (the reference model's), `written`
   * (set in the scenario), `held` (the offering's list price kept at a speed it is not sold at) or
   * `curve` (scaled with speed by the agent's `priceSpeedExponent`).
   */
  how: "list" | "default" | "written" | "held" | "curve";
  /** The offering named, or null. */
  model: string | null;
  /** USD per million output tokens paid. */
  outputPerM: number;
  /** Factor the price curve applied to every token price (1 without one). */
  multiplier: number;
  /** The curve's exponent, or null without one. */
  exponent: number | null;
  /** Tokens/s (mean) the company ran at. */
  tokensPerSecond: number;
  /** Tokens/s of the offering as sold. */
  offeringTokensPerSecond: number;
  /** True when the price is not a published one (the offering has none, or it is held at a speed not sold). */
  guess: boolean;
}
