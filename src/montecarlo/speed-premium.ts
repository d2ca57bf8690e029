/**
 * The speed premium, honestly: for one company, this sweep point against the baseline point, run
 * by run (the same run of both points sees the same world), as p10/p50/p90 of each paired
 * difference and the share of runs where speed paid for itself. No ratio of means: a handful of
 * runs in the tail would make one up.
 *
 *   extra token spend = token spend here − at the baseline (to the horizon)
 *   weeks gained      = weeks to target at the baseline − here (never reached = the horizon)
 *   revenue gained    = revenue to the horizon here − at the baseline
 *   team cost saved   = team spend until the target at the baseline − here (never = to the horizon)
 *   net value         = revenue gained + team cost saved − extra token spend
 */
// The portable entry: this module also runs in the browser explorer.
import { pathCompany } from "../scenario/portable.ts";
import { spreadOf } from "./paired.ts";
import type { RunTable } from "./run-table.ts";
import type { SpeedPremium } from "./types.ts";
import { HOURS_PER_WEEK } from "../format/index.ts";

/** Leaves of the parameter paths a speed-or-price sweep varies. */
const SPEED_OR_PRICE = /^(tokensPerSecond|timeToFirstToken|prefill\w*|pricePerM\w*|priceSpeedExponent|model|offering|costPerSessionHour)$/;

/** True when a swept parameter is a speed or a price (so a speed premium means something). */
export function isSpeedOrPrice(path: string): boolean {
  return SPEED_OR_PRICE.test(path.split(".").pop() ?? path);
}

/**
 * True when a point's swept values change company `company`'s own speed or price against the
 * baseline's: a path naming that company (by name or index), or one outside the companies (a
 * catalogue offering, which any of them may run). A rival's speed is not this company's premium.
 */
export function speedOrPriceChanged(params: Readonly<Record<string, number | string>>, base: Readonly<Record<string, number | string>>, company: number, names: readonly string[]): boolean {
  return Object.keys({ ...params, ...base }).some((path) => {
    if (!isSpeedOrPrice(path) || params[path] === base[path]) return false;
    const owner = pathCompany(path, names);
    return owner === null || owner === company;
  });
}

/**
 * The speed premium of company `company` at `table` against the same company at `base`.
 * @param horizon hours; a run that never reaches the target counts as reaching it at the horizon.
 */
export function speedPremium(table: RunTable, base: RunTable, company: number, horizon: number, baseLabel: string): SpeedPremium | null {
  const j = base.layout.companies.indexOf(table.layout.companies[company]);
  if (j < 0) return null;
  const runs = Math.min(table.runs, base.runs);
  const spend = table.scalar(company, "tokenSpend");
  const baseSpend = base.scalar(j, "tokenSpend");
  const target = table.scalar(company, "target");
  const baseTarget = base.scalar(j, "target");
  const revenue = table.scalar(company, "revenue");
  const baseRevenue = base.scalar(j, "revenue");
  const team = table.scalar(company, "teamSpendToTarget");
  const baseTeam = base.scalar(j, "teamSpendToTarget");
  const teamAll = table.scalar(company, "teamSpend");
  const baseTeamAll = base.scalar(j, "teamSpend");
  const extra = new Float64Array(runs);
  const weeks = new Float64Array(runs);
  const gained = new Float64Array(runs);
  const saved = new Float64Array(runs);
  const net = new Float64Array(runs);
  let paid = 0;
  const or = (x: number, fallback: number) => (Number.isNaN(x) ? fallback : x);
  for (let r = 0; r < runs; r++) {
    extra[r] = spend[r] - baseSpend[r];
    weeks[r] = (or(baseTarget[r], horizon) - or(target[r], horizon)) / HOURS_PER_WEEK;
    gained[r] = revenue[r] - baseRevenue[r];
    saved[r] = or(baseTeam[r], baseTeamAll[r]) - or(team[r], teamAll[r]);
    net[r] = gained[r] + saved[r] - extra[r];
    if (net[r] > 0) paid++;
  }
  return {
    against: baseLabel,
    runs,
    extraTokenSpendUsd: spreadOf(extra),
    weeksGained: spreadOf(weeks),
    revenueGainedUsd: spreadOf(gained),
    teamCostSavedUsd: spreadOf(saved),
    netValueUsd: spreadOf(net),
    sharePaidForItself: runs ? paid / runs : 0,
  };
}
