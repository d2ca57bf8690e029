/**
 * The one market all companies share. A daily tick moves customers by Bass diffusion with
 * competition (see bass.ts): new adopters each day are a Poisson draw around the expected flow,
 * churn removes a Poisson share of every company's customers. Every customer belongs to this market:
 * the early adopters who arrive once v1 is out and before takeoff count against its size M, pay its
 * ARPU and churn like everyone else, so Σ customers ≤ M always and ARR is always customers × ARPU. ARR changes
 * are integrated into revenue (plain and discounted), sampled weekly, and checked against the
 * milestones.
 */
import type { Environment } from "../engine/index.ts";
import { poissonDraw, type Rng } from "../random/index.ts";
import { bassStepMeans, type BassCompany } from "./bass.ts";
import type { MarketDraws } from "./draws.ts";
import { formatUsd } from "./format.ts";
import { DAYS_PER_MONTH, HOURS_PER_DAY, HOURS_PER_WEEK, HOURS_PER_YEAR } from "../format/index.ts";
import type { TraceEvent } from "./types.ts";

/** One company's standing in the market. */
export interface MarketCompany extends BassCompany {
  name: string;
  /** Attractiveness that releases after takeoff saturate towards. */
  attractivenessCap: number;
  /** Rate per release at which attractiveness approaches the cap. */
  attractivenessRate: number;
  /** Releases shipped so far. */
  releases: number;
  /** Releases shipped after takeoff. */
  releasesAfterTakeoff: number;
  /** ARR now, USD per year. */
  arr: number;
  /** ∫ ARR dt up to `lastChange`, USD·hours/year. */
  arrHours: number;
  /** ∫ ARR·e^(−δt) dt up to `lastChange` (discounted to hour 0), USD·hours/year. */
  arrHoursDiscounted: number;
  lastChange: number;
  /** Index of the next milestone not yet crossed. */
  nextMilestone: number;
  /** When each milestone was first crossed (null if not yet), hours. */
  milestoneTimes: (number | null)[];
  /** ARR at the end of each week, index 0 = start. */
  arrWeekly: number[];
}

/** Called when a company's ARR first crosses `milestones[index]` at hour `time`. */
export type MilestoneListener = (company: number, index: number, time: number) => void;

/** Market parameters for one company. */
export interface MarketEntrant {
  name: string;
  p: number;
  q: number;
  attractivenessCap: number;
  attractivenessRate: number;
}

/**
 * Attractiveness after `n` releases since takeoff: 1 at takeoff, saturating towards `cap` at `rate`
 * per release, `cap − (cap − 1)·e^(−rate·n)`. Never above the cap, however many releases ship.
 */
export function attractiveness(cap: number, rate: number, n: number): number {
  return cap - (cap - 1) * Math.exp(-rate * n);
}

/** The shared market of one replication. */
export class Market {
  readonly companies: MarketCompany[];
  /** Customers of each company (N_i). */
  readonly customers: number[];
  private readonly dailyChurn: number;
  private readonly means: number[];
  private readonly scratch: { rate0: number[]; rate1: number[]; predicted: number[] };
  private lastTick = 0;
  private day = 0;
  /** The tick, bound once so the daily schedule allocates no closure. */
  private readonly tickBound = (): void => this.tick();

  /**
   * @param draws the run's market values.
   * @param entrants one per company, in scenario order.
   * @param milestones ARR thresholds, USD, ascending.
   * @param horizon hours; the daily tick stops there.
   * @param rng the market's adoption stream.
   * @param onMilestone told of each first crossing (e.g. to snapshot spend at the target).
   * @param trace the event log, or null when not tracing.
   * @param discountPerHour continuous discount rate for discounted revenue, per hour.
   */
  constructor(
    private readonly env: Environment,
    private readonly draws: MarketDraws,
    entrants: readonly MarketEntrant[],
    private readonly milestones: readonly number[],
    private readonly horizon: number,
    private readonly rng: Rng,
    private readonly onMilestone: MilestoneListener,
    private readonly trace: TraceEvent[] | null,
    private readonly discountPerHour = 0,
  ) {
    const weeks = Math.ceil(horizon / HOURS_PER_WEEK);
    this.companies = entrants.map((e) => ({
      name: e.name,
      p: e.p,
      q: e.q,
      a: 1,
      active: false,
      attractivenessCap: e.attractivenessCap,
      attractivenessRate: e.attractivenessRate,
      releases: 0,
      releasesAfterTakeoff: 0,
      arr: 0,
      arrHours: 0,
      arrHoursDiscounted: 0,
      lastChange: 0,
      nextMilestone: 0,
      milestoneTimes: milestones.map(() => null),
      arrWeekly: new Array<number>(weeks + 1).fill(0),
    }));
    this.customers = entrants.map(() => 0);
    this.means = entrants.map(() => 0);
    this.scratch = { rate0: entrants.map(() => 0), rate1: entrants.map(() => 0), predicted: entrants.map(() => 0) };
    this.dailyChurn = 1 - (1 - draws.monthlyChurn) ** (1 / DAYS_PER_MONTH);
  }

  /** Starts the daily tick. */
  start(): void {
    if (HOURS_PER_DAY <= this.horizon) this.env.schedule(HOURS_PER_DAY, this.tickBound);
  }

  /**
   * A company shipped a release at `time`. The first puts it on the market (early adopters start to
   * arrive); after takeoff each one makes the company more attractive, up to its cap.
   */
  onRelease(i: number, time: number): void {
    const c = this.companies[i];
    if (c.releases === 0 && time > this.lastTick) this.advance(time - this.lastTick, time);
    c.releases += 1;
    if (c.active) {
      c.releasesAfterTakeoff += 1;
      c.a = attractiveness(c.attractivenessCap, c.attractivenessRate, c.releasesAfterTakeoff);
    }
  }

  /** A company took off at `time`: from now on it adopts by Bass diffusion; its early adopters stay. */
  takeOff(i: number, time: number): void {
    // Bring the market up to now first, so the new entrant adopts from its takeoff on, not
    // from the start of the day.
    if (time > this.lastTick) this.advance(time - this.lastTick, time);
    this.companies[i].active = true;
  }

  /** Closes the books at the horizon: the last (partial) day, weekly samples, revenue. */
  finish(): void {
    // The engine may stop before running a tick that falls exactly on the horizon.
    if ((this.day + 1) * HOURS_PER_DAY <= this.horizon) this.endOfDay((this.day + 1) * HOURS_PER_DAY);
    if (this.lastTick < this.horizon) this.advance(this.horizon - this.lastTick, this.horizon);
    for (let i = 0; i < this.companies.length; i++) {
      const c = this.companies[i];
      this.integrate(c, this.horizon);
      // Weeks past the horizon (a horizon that is not whole weeks) hold the ARR at the horizon.
      for (let w = Math.floor(this.day / 7) + 1; w < c.arrWeekly.length; w++) c.arrWeekly[w] = c.arr;
    }
  }

  /** Revenue earned by company `i` up to its last ARR change (the horizon after `finish`), USD. */
  revenue(i: number): number {
    return this.companies[i].arrHours / HOURS_PER_YEAR;
  }

  /** Revenue of company `i` as `revenue`, each dollar discounted to hour 0, USD. */
  discountedRevenue(i: number): number {
    return this.companies[i].arrHoursDiscounted / HOURS_PER_YEAR;
  }

  private totalCustomers(): number {
    let total = 0;
    for (let i = 0; i < this.customers.length; i++) total += this.customers[i];
    return total;
  }

  private tick(): void {
    const now = this.env.now;
    this.endOfDay(now);
    if (now + HOURS_PER_DAY <= this.horizon) this.env.schedule(HOURS_PER_DAY, this.tickBound);
  }

  /** The daily step ending at `now`; samples weekly ARR at the end of each whole week. */
  private endOfDay(now: number): void {
    if (now > this.lastTick) this.advance(now - this.lastTick, now);
    this.day += 1;
    if (this.day % 7 === 0) {
      const w = this.day / 7;
      for (const c of this.companies) if (w < c.arrWeekly.length) c.arrWeekly[w] = c.arr;
    }
  }

  /**
   * Moves customers over `dtHours` ending at `now` (a day, or the part of one before a takeoff or a
   * first release): Bass adoption for companies that took off, early adopters for companies on the
   * market that have not, churn for everyone.
   */
  private advance(dtHours: number, now: number): void {
    this.lastTick = now;
    const n = this.companies.length;
    let anyActive = false;
    let anyOnMarket = false;
    for (let i = 0; i < n; i++) {
      anyActive ||= this.companies[i].active;
      anyOnMarket ||= this.companies[i].releases > 0;
    }
    if (!anyOnMarket) return;
    const M = this.draws.potentialCustomers;
    const dtWeeks = dtHours / HOURS_PER_WEEK;
    if (anyActive) bassStepMeans(this.companies, this.customers, M, dtWeeks, this.means, this.scratch);
    let room = Math.max(0, Math.floor(M - this.totalCustomers()));
    // Early adopters come at a steady rate, thinning as the market fills (as innovators do in Bass).
    const earlyMean = (this.draws.earlyAdopterRate * dtWeeks * room) / M;
    const churnShare = dtHours === HOURS_PER_DAY ? this.dailyChurn : 1 - (1 - this.dailyChurn) ** (dtHours / HOURS_PER_DAY);
    for (let i = 0; i < n; i++) {
      const c = this.companies[i];
      if (c.releases === 0) continue;
      // Draw order (adoption, then churn, company by company) is fixed: runs are pure functions of the seed.
      const mean = c.active ? this.means[i] : earlyMean;
      const adopted = mean > 0 ? Math.min(room, poissonDraw(this.rng, mean)) : 0;
      room -= adopted;
      const churnMean = this.customers[i] * churnShare;
      const lost = churnMean > 0 ? Math.min(this.customers[i], poissonDraw(this.rng, churnMean)) : 0;
      if (adopted === 0 && lost === 0) continue;
      this.customers[i] += adopted - lost;
      this.setArr(i, this.customers[i] * this.draws.arpu, now);
    }
  }

  /** Adds company `c`'s current ARR from its last change to `time` to its revenue integrals. */
  private integrate(c: MarketCompany, time: number): void {
    const dt = time - c.lastChange;
    if (dt > 0 && c.arr !== 0) {
      c.arrHours += c.arr * dt;
      const d = this.discountPerHour;
      c.arrHoursDiscounted += d === 0 ? c.arr * dt : (c.arr * (Math.exp(-d * c.lastChange) - Math.exp(-d * time))) / d;
    }
    c.lastChange = time;
  }

  /** Changes company `i`'s ARR at `time`, integrating the old value and checking milestones. */
  private setArr(i: number, arr: number, time: number): void {
    const c = this.companies[i];
    this.integrate(c, time);
    c.arr = arr;
    while (c.nextMilestone < this.milestones.length && arr >= this.milestones[c.nextMilestone]) {
      const m = c.nextMilestone;
      c.milestoneTimes[m] = time;
      c.nextMilestone += 1;
      this.trace?.push({ time, company: c.name, event: "milestone", release: 0, detail: `ARR ${formatUsd(this.milestones[m])}` });
      this.onMilestone(i, m, time);
    }
  }
}
