/**
 * The shape of `summary.json` and `manifest.json` as `velocity run` writes them: every field the
 * charts and tables read, with its type, its range (a share is 0..1, a price or a spend is never
 * negative) and every list bounded by what a run can write (a verdict's price curve has 41 points,
 * a scenario at most 50 companies and 100 milestones), so a damaged or hand-edited file is one line
 * naming the field, not a crash, a false sentence or gigabytes of charts. Extra fields are allowed
 * (newer versions add some); fields added over time are optional (read-results.ts's upgradeSummary
 * fills them in).
 */
import * as z from "zod";
import { BREAKDOWN_CATEGORIES } from "../model/index.ts";
import { CURVE_POINTS, LEVER_IDS, PRICE_CURVE_POINTS, SHARE_LEVELS } from "../montecarlo/index.ts";
import { MAX_COMPANIES, MAX_HORIZON_HOURS, MAX_MILESTONES, MAX_NAME_LENGTH, MAX_RUNS, MAX_SWEEP_POINTS, MAX_USD, nameProblem, PUBLIC_RANGES } from "../scenario/index.ts";

// The limits `velocity run` enforces on a scenario hold for a summary read from disk too, so a
// tampered file (a horizon of 1e308 weeks, two million curve rows, 5,000 companies) is one line,
// not gigabytes of charts: every list is bounded by what a run can write.
const MAX_HORIZON_WEEKS = MAX_HORIZON_HOURS / 168;
/** Longest sweep point label: labels from --vary join every axis's value, so longer than a name. */
const MAX_LABEL_LENGTH = 1000;
const MAX_TEXT_LENGTH = 10_000;
/** Drawn inputs per company a sensitivity table can list: far more than any scenario has. */
const MAX_INPUTS_PER_COMPANY = 200;

const num = z.number();
const maybe = z.number().nullable();
/** A share of runs, 0..1. */
const unit = z.number().min(0).max(1);
/** Money that cannot be negative (a spend, a revenue, an ARR, a price). */
const usd = z.number().min(0).max(MAX_USD);
const maybeUsd = usd.nullable();
const count = z.number().int().min(0).max(MAX_RUNS);
const text = z.string().max(MAX_TEXT_LENGTH);
const metric = z.enum(["v1", "takeoff", "target"]);
const nameOf = (max: number) =>
  z.string().superRefine((value, ctx) => {
    const problem = value.length > max ? `expected at most ${max} characters, got ${value.length.toLocaleString("en-US")}` : nameProblem(value.slice(0, MAX_NAME_LENGTH));
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
  });
const share = z.looseObject({ share: unit, low: unit, high: unit });
const quantiles = z.looseObject({ p10: maybe, p50: maybe, p90: maybe, mean: maybe, n: count });
const moneyQuantiles = z.looseObject({ p10: maybeUsd, p50: maybeUsd, p90: maybeUsd, mean: maybeUsd, n: count });
/** Hours per breakdown category: one entry per category a run writes. */
const breakdown = z
  .record(z.string().max(100), num.min(0))
  .refine((b) => Object.keys(b).length <= BREAKDOWN_CATEGORIES.length, { message: `expected at most ${BREAKDOWN_CATEGORIES.length} categories` })
  .nullable();
const restricted = z.looseObject({ differenceWeeks: num, low: num, high: num });
const bound = z.looseObject({ side: z.enum(["at most", "at least"]), weeks: num }).nullable();

const comparison = z.looseObject({
  of: text,
  against: text,
  metric,
  medianDifferenceWeeks: maybe,
  low: maybe,
  high: maybe,
  shareSooner: unit,
  shareLater: unit,
  decidedRuns: count.optional(),
  restrictedMean: restricted.optional(),
  medianBound: bound.optional(),
});

const leverEffect = z.looseObject({
  lever: text,
  company: text,
  metric,
  medianWeeksSaved: maybe,
  low: maybe,
  high: maybe,
  shareSooner: unit,
  shareLater: unit,
  decidedRuns: count.optional(),
  runs: count,
  restrictedMeanSaved: z.looseObject({ weeks: num, low: num, high: num }).optional(),
  medianSavedBound: bound.optional(),
  inScenario: z.boolean().optional(),
  detectable: z.boolean().optional(),
});

/** A per-run spread of money: p10, median and p90 over runs (a difference: any sign). */
const estimate = z.looseObject({ p50: num, low: num, high: num });
/** Money of either sign (a gain, a value of time), finite: far above any net value a run can write. */
const signedUsd = z.number().min(-1e15).max(1e15);
const verdict = z.looseObject({
  of: text,
  against: text,
  runs: count,
  extraTokenSpendUsd: estimate,
  weeksSooner: z.looseObject({ horizonWeeks: num.min(0).max(MAX_HORIZON_WEEKS), weeks: num, low: num, high: num }),
  revenueDifferenceUsd: estimate,
  netValueDifferenceUsd: estimate,
  sharePaidForItself: unit,
  pricePerMOutputUsd: usd,
  breakEvenPricePerMOutputUsd: maybeUsd,
  priceCurve: z.array(z.looseObject({ pricePerMOutputUsd: usd, p50: num, low: num, high: num, sharePays: unit.optional() })).max(PRICE_CURVE_POINTS),
  // The decision fields (issue 29) are optional: folders written before them have none.
  priceGuess: z.boolean().optional(),
  netValueMedianInterval: z.looseObject({ low: signedUsd, high: signedUsd, detectable: z.boolean() }).optional(),
  breakEvenInterval: z.looseObject({ low: usd, high: maybeUsd }).nullable().optional(),
  tokenParityPricePerMOutputUsd: signedUsd.nullable().optional(),
  valueOfTimePerMOutputUsd: signedUsd.nullable().optional(),
  sharePaysCrossings: z.array(z.looseObject({ share: unit, pricePerMOutputUsd: maybeUsd })).max(SHARE_LEVELS.length).optional(),
  // One row per drawn input of any company or the market, as the sensitivity tables.
  valueOfInformation: z
    .looseObject({
      evpiUsd: usd,
      perAssumption: z.array(z.looseObject({ path: text, evppiUsd: usd, standardError: usd, lowTenthGainUsd: signedUsd.optional(), highTenthGainUsd: signedUsd.optional() })).max(MAX_INPUTS_PER_COMPANY * (MAX_COMPANIES + 1)),
    })
    .optional(),
});

/** The best option of a one-axis sweep (summary.decision): one option per sweep point. */
const decision = z.looseObject({
  company: text,
  options: z
    .array(z.looseObject({ label: nameOf(MAX_LABEL_LENGTH), meanNetValueUsd: signedUsd, low: signedUsd, high: signedUsd, p50: signedUsd, shareBest: unit, expectedRegretUsd: usd }))
    .min(1)
    .max(MAX_SWEEP_POINTS),
  choose: z.looseObject({ label: nameOf(MAX_LABEL_LENGTH), runnerUp: nameOf(MAX_LABEL_LENGTH).nullable(), marginUsd: signedUsd, marginLow: signedUsd, marginHigh: signedUsd }),
  knee: nameOf(MAX_LABEL_LENGTH).nullable().optional(),
});

const assumption = z.looseObject({
  parameter: text,
  what: text,
  companies: z.array(text).max(MAX_COMPANIES),
  written: text,
  mean: num,
  low: num,
  high: num,
  unit: text,
  // Null for a mean of 0: below the range by no finite factor.
  factor: num.min(1).nullable(),
  source: text,
});

/** What the charts and tables read of `summary.json`. */
export const summarySchema = z.looseObject({
  scenario: nameOf(MAX_NAME_LENGTH),
  // A scenario's description has no length limit of its own (its file has: 1 MiB).
  description: z.string(),
  kind: z.enum(["grounded", "story", "illustration"]).nullable().optional(),
  // Each public range, once per company holding a different value (or once for a market field).
  assumptions: z.array(assumption).max(PUBLIC_RANGES.length * MAX_COMPANIES).optional(),
  seed: z.number().int().min(0).max(4_294_967_295),
  runs: z.number().int().min(1).max(MAX_RUNS),
  version: text,
  horizonWeeks: num.positive().max(MAX_HORIZON_WEEKS),
  targetUsd: num.positive().max(MAX_USD),
  // The target is added to the milestones a scenario lists.
  milestonesUsd: z.array(num.positive().max(MAX_USD)).max(MAX_MILESTONES + 1),
  sweepAxes: z.array(text).max(MAX_SWEEP_POINTS),
  baseline: nameOf(MAX_LABEL_LENGTH).optional(),
  levers: z.array(z.looseObject({ id: text, label: text })).max(LEVER_IDS.length).optional(),
  leverRuns: count.optional(),
  decision: decision.nullable().optional(),
  points: z
    .array(
      z.looseObject({
        index: num,
        label: nameOf(MAX_LABEL_LENGTH),
        // Every ordered pair of companies at three milestones, and each company against the baseline point.
        comparisons: z.array(comparison).max(3 * MAX_COMPANIES * MAX_COMPANIES).optional(),
        // One effect per lever, company and milestone.
        levers: z.array(leverEffect).max(LEVER_IDS.length * MAX_COMPANIES * 3).optional(),
        // At most one idea per company, each naming its companies and one share per company.
        ideas: z
          .array(z.looseObject({ idea: text, companies: z.array(text).max(MAX_COMPANIES), hadFit: share, runsWithFit: count, firstToTakeoff: z.array(share).max(MAX_COMPANIES), noTakeoff: share, firstToTarget: z.array(share).max(MAX_COMPANIES), noTarget: share }))
          .max(MAX_COMPANIES)
          .optional(),
        // Each company against the point's first, and against itself at the baseline point.
        verdicts: z.array(verdict).max(2 * MAX_COMPANIES).optional(),
        params: z.record(text, z.union([num, text])).refine((p) => Object.keys(p).length <= MAX_SWEEP_POINTS, { message: `expected at most ${MAX_SWEEP_POINTS} parameters` }),
        companies: z
          .array(
            z.looseObject({
              name: nameOf(MAX_NAME_LENGTH),
              runs: count,
              reachedTarget: share,
              weeksToTarget: z.looseObject({ p10: maybe, p50: maybe, p90: maybe, medianLow: maybe, medianHigh: maybe, medianSe: maybe }),
              reachedCurve: z.array(z.looseObject({ week: num, reached: unit, low: unit, high: unit })).max(CURVE_POINTS + 1),
              weeksToV1: quantiles,
              weeksToTakeoff: quantiles,
              firstToTarget: share,
              leads: z.array(z.looseObject({ rival: text, ahead: unit, p10: maybe, p50: maybe, p90: maybe })).max(MAX_COMPANIES),
              tokenSpendUsd: moneyQuantiles,
              tokenSpendToTargetUsd: moneyQuantiles,
              teamSpendUsd: moneyQuantiles,
              revenueUsd: moneyQuantiles,
              // Discounted net value: spend can exceed revenue, so any sign (absent in older folders).
              netValueUsd: quantiles.optional(),
              arrAtHorizonUsd: moneyQuantiles,
              arrFan: z.array(z.looseObject({ week: num, p10: usd, p50: usd, p90: usd })).max(Math.ceil(MAX_HORIZON_WEEKS) + 1),
              breakdownToV1: breakdown,
              breakdownToTakeoff: breakdown,
              // The interval fields are absent in folders written before they existed (upgradeSummary fills them in).
              sensitivity: z
                .array(z.looseObject({ input: text, spearman: num.min(-1).max(1), low: num.optional(), high: num.optional(), detectable: z.boolean().optional(), lowDecileWeeks: maybe, highDecileWeeks: maybe }))
                .max(MAX_INPUTS_PER_COMPANY * (MAX_COMPANIES + 1)),
              // Paired spreads now; an older folder's mean ratios are dropped by upgradeSummary.
              speedPremium: z.looseObject({ extraTokenSpendUsd: z.union([num, z.looseObject({ p10: maybe, p50: maybe, p90: maybe })]) }).nullable(),
            }),
          )
          .min(1)
          .max(MAX_COMPANIES),
      }),
    )
    .min(1)
    .max(MAX_SWEEP_POINTS),
});

/** What the report reads of `manifest.json`. */
export const manifestSchema = z.looseObject({
  scenario: z.string(),
  file: z.string(),
  seed: z.number().int().min(0).max(4_294_967_295),
  runs: z.number().int().min(1).max(MAX_RUNS),
  version: z.string(),
  command: z.string(),
  resolved: z.record(z.string(), z.unknown()),
  vary: z.array(z.string()).optional(),
});
