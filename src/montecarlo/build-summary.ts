/**
 * The summary of a whole Monte Carlo run:
 *
 *   each point on its own (summarise.ts) → the verdict of each company against the point's first
 *   (verdict.ts) → pick the baseline point (the first, or the one named) → every other point
 *   against it, run by run: comparisons and verdicts per company and, on a sweep over speed or
 *   price, the speed premium.
 */
// The portable entry: this module also runs in the browser explorer.
import { outsidePublicRanges, pathCompany, type PriceBasis, type Scenario, type SweepPoint } from "../scenario/portable.ts";
import { stream } from "../random/index.ts";
import { baselineComparisons, leverList } from "./comparisons.ts";
import { decide, speedKnee } from "./decision.ts";
import type { Decision } from "./decision-types.ts";
import { leverChangesCompany } from "./levers.ts";
import type { RunTable } from "./run-table.ts";
import { isSpeedOrPrice, speedOrPriceChanged, speedPremium } from "./speed-premium.ts";
import { summarisePoint } from "./summarise.ts";
import { verdict } from "./verdict.ts";
import type { PriceFactorRange } from "./price-information.ts";
import type { PricePaid, Summary } from "./types.ts";

/** A `--baseline` label that names no sweep point (a user mistake). */
export class BaselineError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "BaselineError";
  }
}

/**
 * The index of the baseline point: the one labelled `label`, or the first.
 * @throws BaselineError when `label` names no point.
 */
export function baselineIndex(points: readonly { label: string }[], label?: string): number {
  if (label === undefined) return 0;
  const index = points.findIndex((p) => p.label === label);
  if (index < 0) throw new BaselineError(`--baseline: no sweep point is labelled "${label}" (points: ${points.map((p) => JSON.stringify(p.label)).join(", ")})`);
  return index;
}

/** The summary's copy of a company's price basis (null for a hand-made scenario without one). */
function pricePaid(p: PriceBasis | undefined): PricePaid | null {
  if (p === undefined) return null;
  return { how: p.how, model: p.model ?? null, outputPerM: p.outputPerM, multiplier: p.multiplier, exponent: p.exponent ?? null, tokensPerSecond: p.tokensPerSecond, offeringTokensPerSecond: p.offeringTokensPerSecond, guess: p.guess };
}

/** A company's price range as factors of the price it pays (what the verdict scales), if it has one. */
function priceFactorRange(p: PriceBasis | undefined): PriceFactorRange | undefined {
  if (p?.range === undefined || !(p.outputPerM > 0)) return undefined;
  return { low: p.range.low / p.outputPerM, high: p.range.high / p.outputPerM };
}

/**
 * The decision of a one-axis sweep: which point gives the company it concerns (the one the swept
 * path names, else the last company) the highest net value. On a sweep of that company's tokens/s,
 * also the knee. Null for no sweep, a grid, or a company missing from a point.
 */
export function sweepDecision(scenario: Scenario, points: readonly SweepPoint[], tables: readonly RunTable[]): Decision | null {
  const axes = [...new Set(points.flatMap((p) => Object.keys(p.params)))];
  if (points.length < 2 || axes.length !== 1) return null;
  const [path] = axes;
  const names = scenario.companies.map((c) => c.name);
  const name = names[pathCompany(path, names) ?? names.length - 1];
  const columns = tables.map((t) => t.layout.companies.indexOf(name));
  if (name === undefined || columns.some((k) => k < 0)) return null;
  const labels = points.map((p) => p.label);
  const netValues = tables.map((t, i) => t.scalar(columns[i], "netValue"));
  const decision = decide(name, labels, netValues);
  const speeds = points.map((p) => p.params[path]);
  if (path.endsWith(".tokensPerSecond") && speeds.every((v) => typeof v === "number")) {
    const order = speeds.map((_, i) => i).sort((a, b) => (speeds[a] as number) - (speeds[b] as number));
    decision.knee = speedKnee(labels, netValues, order);
  }
  return decision;
}

/** Options of {@link buildSummary}. */
export interface BuildSummaryOptions {
  /** Label of the point the others are compared with; the first point when absent. */
  baseline?: string;
  /**
   * A summary read only in passing (a provisional answer on a terminal, a precision check): leaves
   * out the verdicts' bootstrap interval and value of information, the two costly reads of the runs
   * (about 0.2 s per verdict at 2,000 runs), which nothing shows there.
   */
  passing?: boolean;
}

/**
 * The summary of a whole Monte Carlo run: one point summary per sweep point, in sweep order.
 * @throws BaselineError for an unknown `options.baseline`.
 */
export function buildSummary(scenario: Scenario, points: readonly SweepPoint[], tables: readonly RunTable[], version: string, options: BuildSummaryOptions = {}): Summary {
  const passing = options.passing === true;
  const b = baselineIndex(points, options.baseline);
  const baseLabel = points[b]?.label ?? "base";
  const sweptPaths = [...new Set(points.flatMap((p) => Object.keys(p.params)))];
  const names = scenario.companies.map((c) => c.name);
  const premium = points.length > 1 && sweptPaths.length > 0 && sweptPaths.every(isSpeedOrPrice);
  return {
    scenario: scenario.name,
    description: scenario.description,
    kind: scenario.kind ?? null,
    assumptions: outsidePublicRanges(scenario).map((o) => ({
      parameter: o.range.field,
      what: o.range.what,
      companies: [...o.companies],
      written: o.written,
      mean: o.mean * o.range.scale,
      low: o.range.low * o.range.scale,
      high: o.range.high * o.range.scale,
      unit: o.range.unit,
      factor: o.factor,
      source: o.range.source,
    })),
    seed: scenario.seed,
    runs: tables[0]?.runs ?? 0,
    version,
    horizonWeeks: scenario.horizon / 168,
    targetUsd: scenario.target,
    milestonesUsd: [...scenario.milestones],
    sweepAxes: Object.keys(points[0]?.params ?? {}),
    baseline: baseLabel,
    levers: leverList(tables[0]),
    leverRuns: Math.min(tables[0]?.runs ?? 0, tables[0]?.layout.leverRuns ?? 0),
    points: points.map((point, i) => {
      const leverInScenario = (lever: string, company: number) => leverChangesCompany(point.scenario, lever, company);
      const summary = summarisePoint(tables[i], { index: point.index, label: point.label, params: { ...point.params }, horizon: point.scenario.horizon, ideaOf: point.scenario.companies.map((c) => c.takeoff.idea ?? ""), leverInScenario });
      summary.companies.forEach((c, k) => (c.price = pricePaid(point.scenario.companies[k]?.agent.price)));
      const companyNames = tables[i].layout.companies;
      const price = (k: number) => point.scenario.companies[k]?.agent.pricePerMOutput ?? 0;
      const side = (table: RunTable, company: number, name: string) => ({ table, company, name });
      // The bootstrap's stream is named by the verdict: the same interval whatever the workers or shards.
      const options = (k: number, of: string, against: string) => ({
        bootstrap: passing ? undefined : stream(scenario.seed, "verdict-bootstrap", i, of, against),
        valueOfInformation: !passing,
        priceGuess: point.scenario.companies[k]?.agent.price?.guess ?? false,
        // A ranged price is ranked only against another company: against itself at a baseline point the price is on both sides.
        ...(against.includes(" @ ") ? {} : { priceRange: priceFactorRange(point.scenario.companies[k]?.agent.price) }),
      });
      for (let k = 1; k < companyNames.length; k++) summary.verdicts.push(verdict(side(tables[i], k, companyNames[k]), side(tables[i], 0, companyNames[0]), point.scenario.horizon, price(k), options(k, companyNames[k], companyNames[0])));
      if (i === b) return summary;
      summary.comparisons.push(...baselineComparisons(tables[i], tables[b], baseLabel, point.scenario.horizon));
      companyNames.forEach((name, k) => {
        const j = tables[b].layout.companies.indexOf(name);
        if (j < 0) return;
        const v = verdict(side(tables[i], k, name), side(tables[b], j, `${name} @ ${baseLabel}`), point.scenario.horizon, price(k), options(k, name, `${name} @ ${baseLabel}`));
        summary.verdicts.push(sameForCompany(point, points[b], k, j) ? { ...v, rivalsChange: true } : v);
      });
      if (premium) {
        summary.companies.forEach((c, k) => {
          // Only a company whose own offering or speed moved has a premium; for a rival the
          // difference is someone else's speed (or noise), not a price it paid.
          if (speedOrPriceChanged(point.params, points[b].params, k, names)) c.speedPremium = speedPremium(tables[i], tables[b], k, point.scenario.horizon, baseLabel);
        });
      }
      return summary;
    }),
    decision: sweepDecision(scenario, points, tables),
  };
}

/**
 * Whether point `p` leaves company `k` exactly as the baseline point `base` has it (company `j`
 * there): the same resolved parameters, and the same everything outside the companies (market,
 * economics, horizon). Compared on the resolved trees, so a value that reaches a company through
 * inheritance or a model switch counts as a change of that company.
 */
function sameForCompany(p: SweepPoint, base: SweepPoint, k: number, j: number): boolean {
  // A scenario built in code has no resolved tree to compare: counted as changed (a plain verdict).
  if (!Array.isArray(p.scenario.resolved?.companies) || !Array.isArray(base.scenario.resolved?.companies)) return false;
  const rest = (s: Scenario) => JSON.stringify({ ...s.resolved, companies: undefined, sweep: undefined });
  const company = (s: Scenario, i: number) => JSON.stringify((s.resolved.companies as unknown[])[i]);
  return rest(p.scenario) === rest(base.scenario) && company(p.scenario, k) === company(base.scenario, j);
}

/**
 * True when every company's 95% interval of the median weeks to target is narrower than `weeks`
 * at every point. A company whose median is beyond the horizon with 95% confidence (even the
 * band's edge never reaches half the runs) has nothing left to narrow and is not waited for.
 */
export function precisionMet(summary: Summary, weeks: number): boolean {
  return summary.points.every((p) =>
    p.companies.every((c) => {
      const { medianLow, medianHigh } = c.weeksToTarget;
      if (medianLow === null) return true;
      return medianHigh !== null && medianHigh - medianLow < weeks;
    }),
  );
}
