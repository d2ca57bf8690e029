/**
 * The one market all companies share. A daily tick moves customers by Bass diffusion with
 * competition (see bass.ts): new adopters each day are a Poisson draw around the expected flow,
 * churn removes a Poisson share of customers. Before takeoff a company earns early-adopter ARR per
 * release; at takeoff those early adopters become its first customers. ARR changes are integrated
 * into revenue, sampled weekly, and checked against the milestones.
 */
import type { Environment } from "../engine/index.ts";
import { poissonDraw, type Rng } from "../random/index.ts";
import { bassStepMeans, type BassCompany } from "./bass.ts";
import type { MarketDraws } from "./draws.ts";
import { formatUsd } from "./format.ts";
import type { TraceEvent } from "./types.ts";

const HOURS_PER_DAY = 24;
const HOURS_PER_WEEK = 168;
/** Hours in the 52 weeks a year of ARR is earned over. */
const HOURS_PER_YEAR = 52 * HOURS_PER_WEEK;
/** Days per month for turning monthly churn into daily churn. */
const DAYS_PER_MONTH = 365.25 / 12;

/** One company's standing in the market. */
export interface MarketCompany extends BassCompany {
  name: string;
  /** Attractiveness added by each release after takeoff. */
  attractivenessPerRelease: number;
  /** Releases shipped so far. */
  releases: number;
  /** ARR now, USD per year. */
  arr: number;
  /** ∫ ARR dt up to `lastChange`, USD·hours/year. */
  arrHours: number;
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
  attractivenessPerRelease: number;
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
  ) {
    const weeks = Math.ceil(horizon / HOURS_PER_WEEK);
    this.companies = entrants.map((e) => ({
      name: e.name,
      p: e.p,
      q: e.q,
      a: 1,
      active: false,
      attractivenessPerRelease: e.attractivenessPerRelease,
      releases: 0,
      arr: 0,
      arrHours: 0,
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

  /** A company shipped a release at `time`: early-adopter ARR before takeoff, attractiveness after. */
  onRelease(i: number, time: number): void {
    const c = this.companies[i];
    c.releases += 1;
    if (c.active) c.a += c.attractivenessPerRelease;
    else this.setArr(i, c.releases * this.draws.earlyAdopterArrPerRelease, time);
  }

  /** A company took off at `time`: its early adopters become its first customers. */
  takeOff(i: number, time: number): void {
    const c = this.companies[i];
    // Bring the market up to now first, so the new entrant adopts from its takeoff on, not
    // from the start of the day.
    if (time > this.lastTick) this.advance(time - this.lastTick, time);
    c.active = true;
    const room = Math.max(0, Math.floor(this.draws.potentialCustomers - this.totalCustomers()));
    this.customers[i] = Math.min(room, Math.round(c.arr / this.draws.arpu));
    this.setArr(i, this.customers[i] * this.draws.arpu, time);
  }

  /** Closes the books at the horizon: the last (partial) day, weekly samples, revenue. */
  finish(): void {
    // The engine may stop before running a tick that falls exactly on the horizon.
    if ((this.day + 1) * HOURS_PER_DAY <= this.horizon) this.endOfDay((this.day + 1) * HOURS_PER_DAY);
    if (this.lastTick < this.horizon) this.advance(this.horizon - this.lastTick, this.horizon);
    for (let i = 0; i < this.companies.length; i++) {
      const c = this.companies[i];
      c.arrHours += c.arr * (this.horizon - c.lastChange);
      c.lastChange = this.horizon;
      // Weeks past the horizon (a horizon that is not whole weeks) hold the ARR at the horizon.
      for (let w = Math.floor(this.day / 7) + 1; w < c.arrWeekly.length; w++) c.arrWeekly[w] = c.arr;
    }
  }

  /** Revenue earned by company `i` up to its last ARR change (the horizon after `finish`), USD. */
  revenue(i: number): number {
    return this.companies[i].arrHours / HOURS_PER_YEAR;
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

  /** Moves customers over `dtHours` ending at `now` (a day, or the part of one before a takeoff). */
  private advance(dtHours: number, now: number): void {
    this.lastTick = now;
    const n = this.companies.length;
    let anyActive = false;
    for (let i = 0; i < n; i++) anyActive ||= this.companies[i].active;
    if (anyActive) {
      const M = this.draws.potentialCustomers;
      bassStepMeans(this.companies, this.customers, M, dtHours / HOURS_PER_WEEK, this.means, this.scratch);
      let room = Math.max(0, Math.floor(M - this.totalCustomers()));
      const churnShare = dtHours === HOURS_PER_DAY ? this.dailyChurn : 1 - (1 - this.dailyChurn) ** (dtHours / HOURS_PER_DAY);
      for (let i = 0; i < n; i++) {
        if (!this.companies[i].active) continue;
        const mean = this.means[i];
        const adopted = Math.min(room, poissonDraw(this.rng, mean));
        room -= adopted;
        const churnMean = this.customers[i] * churnShare;
        const lost = Math.min(this.customers[i], poissonDraw(this.rng, churnMean));
        this.customers[i] += adopted - lost;
        this.setArr(i, this.customers[i] * this.draws.arpu, now);
      }
    }
  }

  /** Changes company `i`'s ARR at `time`, integrating the old value and checking milestones. */
  private setArr(i: number, arr: number, time: number): void {
    const c = this.companies[i];
    c.arrHours += c.arr * (time - c.lastChange);
    c.lastChange = time;
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

