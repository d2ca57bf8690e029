/**
 * One replication of the model:
 *
 *   draw the run's world (market, then each company, each from its own streams; an idea's fit, v1 scope, p and q once;
 *   the practice every company shares — autonomy, the refocus and review levels — once)
 *   → one dev-cycle process per company, one shared market with a daily tick
 *   → run the clock to the horizon → close the market's books → collect each company's outcome.
 */
import { Environment } from "../engine/index.ts";
import { stream } from "../random/index.ts";
import type { CompanyParams, ModelScenario, Quantity } from "./params.ts";
import { WorkCalendar } from "./calendar.ts";
import { CompanySim } from "./company.ts";
import { drawCompany, drawMarket, type CompanyDraws, type IdeaDraws } from "./draws.ts";
import { Market } from "./market.ts";
import { HOURS_PER_YEAR } from "../format/index.ts";
import type { RunResult, TraceEvent } from "./types.ts";

/** Options of one replication. */
export interface SimulateOptions {
  /** Record the event log (`RunResult.trace`). Off by default: tracing allocates per event. */
  trace?: boolean;
  /** Events one run may process before it is stopped as a runaway; {@link MAX_EVENTS_PER_RUN} by default. */
  maxEvents?: number;
  /**
   * Filled in with the number of engine events the replication processed (for benchmarks) and the
   * hours model calls waited for the rate limit, all companies together (0: no limit ever bound,
   * so the run without limits is this very run — the "no rate limit" lever needs no re-run).
   */
  stats?: { events: number; rateLimitWait?: number };
}

/**
 * The event budget of one run. The largest scenario the schema allows in practice (tens of
 * thousands of tasks per release, rework included) stays far below it; a run that reaches it is
 * stopped with {@link RunawayRunError} instead of filling memory for minutes.
 */
export const MAX_EVENTS_PER_RUN = 50_000_000;

/**
 * A run that exceeded its event budget. The message is one line naming the run and the likely
 * cause, and starts with "runaway run" so it can be recognised after crossing a worker thread.
 */
export class RunawayRunError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "RunawayRunError";
  }
}

/** `q` with every draw multiplied by `factor` (the same random numbers read). */
function scaled(q: Quantity, factor: number): Quantity {
  return { sample: (rng) => factor * q.sample(rng), constant: q.constant === undefined ? undefined : factor * q.constant, text: `${factor} × ${q.text}`, mean: factor * q.mean };
}

/**
 * The company's refocus and review times at this run's levels (`team.refocusScale`,
 * `task.reviewScale`): each per-task draw times the run's factor. A factor of 1 returns the
 * parameters themselves, so a scenario without the scales runs exactly as before.
 */
function scaledHumanTimes(c: CompanyParams, draws: CompanyDraws): CompanyParams {
  if (draws.refocusScale === 1 && draws.reviewScale === 1) return c;
  return {
    ...c,
    team: draws.refocusScale === 1 ? c.team : { ...c.team, refocusTime: scaled(c.team.refocusTime, draws.refocusScale) },
    task: draws.reviewScale === 1 ? c.task : { ...c.task, reviewTime: scaled(c.task.reviewTime, draws.reviewScale) },
  };
}

/**
 * Simulates replication `run` of `scenario`: a pure function of `(scenario, run)`. Every random
 * draw comes from `stream(scenario.seed, run, owner, …)` with the owner a company's name or
 * `"market"`, so the same run of two sweep points sees the same world (common random numbers).
 * Times in the result are hours from Monday 00:00 of week 0.
 * @throws RangeError from a hand-made scenario with an impossible calendar; engine errors
 * (`SimulationError`) only on a bug.
 */
export function simulate(scenario: ModelScenario, run: number, options: SimulateOptions = {}): RunResult {
  const { seed, horizon, milestones, target } = scenario;
  const env = new Environment();
  const trace: TraceEvent[] | null = options.trace ? [] : null;

  const marketInputs: Record<string, number> = {};
  const marketDraws = drawMarket(scenario.market, seed, run, marketInputs);
  const companyInputs = scenario.companies.map(() => ({ ...marketInputs }));
  // One idea, one fit: companies pursuing the same idea share its draws (see drawCompany).
  const ideas = new Map<string, IdeaDraws>();
  // One practice for all: autonomy and the refocus and review levels come from the first company's streams.
  const practiceOwner = scenario.companies[0]?.name;
  const companyDraws = scenario.companies.map((c, i) => drawCompany(c, seed, run, companyInputs[i], ideas, practiceOwner));

  // Continuous discounting equivalent to the annual rate: e^(−δ·1 year) = 1 / (1 + rate).
  const discountPerHour = Math.log(1 + scenario.economics.discountRate) / HOURS_PER_YEAR;
  const companies: CompanySim[] = [];
  const market = new Market(
    env,
    marketDraws,
    scenario.companies.map((c, i) => ({
      name: c.name,
      p: companyDraws[i].p,
      q: companyDraws[i].q,
      attractivenessCap: companyDraws[i].attractivenessCap,
      attractivenessRate: companyDraws[i].attractivenessRate,
    })),
    milestones,
    horizon,
    stream(seed, run, "market", "adoption"),
    (i, m, time) => {
      if (milestones[m] !== target) return;
      companies[i].reachTarget();
      companies[i].teamSpendToTarget = companies[i].teamSpendAt(time);
    },
    trace,
    discountPerHour,
  );
  scenario.companies.forEach((c, i) => {
    const calendar = new WorkCalendar(c.team.calendar);
    companies.push(new CompanySim(env, i, scaledHumanTimes(c, companyDraws[i]), companyDraws[i], companyInputs[i], calendar, market, { seed, run }, trace, discountPerHour));
  });

  for (const c of companies) c.rivals = companies.filter((other) => other !== c);
  for (const c of companies) env.process(c.devCycle());
  market.start();
  const maxEvents = options.maxEvents ?? MAX_EVENTS_PER_RUN;
  try {
    env.run({ until: horizon, maxEvents });
  } catch (error) {
    if (!(error instanceof Error) || !/\(maxEvents\)/.test(error.message)) throw error;
    const busiest = scenario.companies.map((c, i) => ({ name: c.name, tasks: companyDraws[i].v1Tasks, acceptance: companyDraws[i].firstPassAcceptance })).sort((a, b) => b.tasks - a.tasks)[0];
    throw new RunawayRunError(
      `runaway run: run ${run} of scenario "${scenario.name}" passed ${maxEvents.toLocaleString("en-US")} events at week ${(env.now / 168).toFixed(1)} of ${(horizon / 168).toFixed(0)}; likely cause: too much work per run (company ${busiest.name}: ${Math.round(busiest.tasks).toLocaleString("en-US")} v1 tasks, first-pass acceptance ${busiest.acceptance.toPrecision(2)}) — lower v1Tasks / iterationTasks, raise firstPassAcceptance, or shorten the horizon`,
    );
  }
  market.finish();
  if (options.stats) {
    options.stats.events = env.eventsProcessed;
    options.stats.rateLimitWait = companies.reduce((sum, c) => sum + c.rateLimitWaited(), 0);
  }

  const result: RunResult = { run, companies: companies.map((c) => c.result(horizon, milestones, target)) };
  if (trace) {
    // Keep what happened in time, in time order
    // (the sort is stable, so simultaneous events keep the order they happened in).
    result.trace = trace.filter((e) => e.time <= horizon).sort((a, b) => a.time - b.time);
  }
  return result;
}
