/**
 * Every type of the Monte Carlo summary, by what it describes: the statistics it is built of, paired
 * comparisons and levers, the verdict, what a sweep adds, and the summary itself (what `summary.json`
 * holds and what charts and reports are built from). A run's row is in run-table.ts.
 */
export type { ShareInterval, Quantiles, TimeToEvent, CurvePoint, FanPoint, Spread } from "./statistics-types.ts";
export type { Lead, RestrictedMean, RestrictedGain, MedianBound, ComparisonMetric, Comparison, LeverEffect } from "./comparison-types.ts";
export type { VerdictEstimate, PriceCurvePoint, Verdict, ShareCrossing, AssumptionValueOfInformation, VerdictValueOfInformation, GainInterval, PriceInterval } from "./verdict-types.ts";
export type { SpeedPremium, PricePaid } from "./sweep-types.ts";
export type { Sensitivity, CompanySummary, IdeaSummary, PointSummary, Assumption, Summary } from "./summary-types.ts";
export type { Decision, DecisionChoice, DecisionOption } from "./decision-types.ts";
