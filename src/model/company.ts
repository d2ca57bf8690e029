/**
 * A company's development cycle, one engine process per company:
 *
 *   plan (an engineer, working hours) → all the release's tasks at once (agent sessions, engineers
 *   and the rate limit are shared) → release work (an engineer, working hours) → shipped: maybe
 *   takeoff → feedback arrives later.
 *   `wait`: plan the next release once the last one's feedback is in; `pipeline`: right away.
 *
 * Whether a release takes off is the fit search's call (takeoff.ts): only learning from feedback
 * that has arrived counts, so `pipeline` ships releases planned on stale knowledge (which pool their
 * evidence and get no new chance) while `wait` idles through every feedback delay: each wins in
 * some regime.
 */
import { type Environment, Resource, type Event, type Request } from "../engine/index.ts";
import { stream, type Rng } from "../random/index.ts";
import type { CompanyParams } from "./params.ts";
import { Bill, netValueOf, pricesOf, SESSION_SLOT, spendFromBills } from "./bill.ts";
import { breakdownThrough, type ReleaseHistory } from "./breakdown.ts";
import type { WorkCalendar } from "./calendar.ts";
import { drawOffering, type CompanyDraws } from "./draws.ts";
import { formatBits, formatHours } from "./format.ts";
import type { Market } from "./market.ts";
import { TokenBucket } from "./rate-limit.ts";
import { ResponsePolicy, type ResponseChange, type RivalMove } from "./response.ts";
import { drawSteering, drawTaskSize, hasSupervisedTurns, UNSTEERED, type ModelCall, type TaskContext, type TaskPhase } from "./task.ts";
import { startTask } from "./task-run.ts";
import { FitSearch } from "./takeoff.ts";
import { HOURS_PER_WEEK } from "../format/index.ts";
import type { CompanyRun, TokenCounts, TraceEvent } from "./types.ts";

/** Planning and release work queue for an engineer like a new review. Shared: no allocation. */
const NEW_WORK = { priority: 0 } as const;

/** Where a company's streams come from: `stream(seed, run, name, …)`. */
export interface StreamKey {
  seed: number;
  run: number;
}

/** One company inside one replication: its resources, counters and dev-cycle process. */
export class CompanySim implements TaskContext {
  /** Agent sessions (`null`: unlimited). */
  readonly sessions: Resource | null;
  /** The engineers: one pool for all human work (steering, review, planning, release work). */
  readonly engineers: Resource;
  /** The tokens-per-minute budget (`null`: no limit). */
  bucket: TokenBucket | null;
  /** Hours calls waited on rate-limit buckets this company has replaced (a response's new offering). */
  private replacedBucketWait = 0;
  /** Hours agent sessions were open, all sessions together. */
  sessionHours = 0;
  readonly tokens: TokenCounts = { input: 0, cachedInput: 0, output: 0 };
  /**
   * What the company was billed for, one bill per offering it used (a response may switch): tokens
   * at each price and session-hours, priced at the end (bill.ts), so that a change of prices can be
   * answered from the counts.
   */
  readonly bills: Bill[];
  /** When each release shipped, hours. */
  readonly shipped: number[] = [];
  /** The critical-path history of each shipped release. */
  readonly histories: ReleaseHistory[] = [];
  /** The product–market fit search: what has been learned, and whether a release takes off. */
  readonly fit: FitSearch;
  /** How this company answers its rivals' moves. */
  readonly response: ResponsePolicy;
  /** The other companies of the run (set by `simulate` once all exist). */
  rivals: readonly CompanySim[] = [];
  /** Engineers on the team from each time on: `[hour, engineers]`, in time order. */
  private readonly teamSize: [number, number][];
  takeoffAt: number | null = null;
  takeoffRelease: number | null = null;
  teamSpendToTarget: number | null = null;

  /**
   * @param index position in the scenario (and the market).
   * @param draws this run's per-run values for the company.
   * @param inputs the per-run inputs drawn from distributions (reported with the result).
   * @param discountPerHour continuous discount rate, per hour (ln(1 + annual rate) / hours a year).
   */
  constructor(
    readonly env: Environment,
    readonly index: number,
    public params: CompanyParams,
    readonly draws: CompanyDraws,
    readonly inputs: Record<string, number>,
    readonly calendar: WorkCalendar,
    readonly market: Market,
    private readonly key: StreamKey,
    readonly trace: TraceEvent[] | null,
    private readonly discountPerHour = 0,
  ) {
    const sessions = Math.min(params.agent.sessions, params.agent.maxSessions);
    this.sessions = Number.isFinite(sessions) ? new Resource(env, sessions) : null;
    this.engineers = new Resource(env, params.team.engineers);
    this.bucket = Number.isFinite(params.agent.tokensPerMinute) ? new TokenBucket(params.agent.tokensPerMinute, env.now) : null;
    this.fit = new FitSearch(draws.hasFit, draws.learningNeeded, draws.evidencePerLearning);
    this.response = new ResponsePolicy(env, params.response, draws.decisionDelay, (change, move) => this.respond(change, move));
    this.teamSize = [[0, params.team.engineers]];
    this.bills = [new Bill(pricesOf(params.agent))];
  }

  /**
   * Counts the tokens of `n` model calls shaped like `call` and their price: a call whose input
   * (its context) is above the offering's `longContextAbove` is billed whole at long-context prices.
   */
  useCalls(n: number, call: ModelCall): void {
    const input = n * call.input;
    const output = n * call.output;
    const cached = input * this.draws.cachedInputShare;
    const fresh = input - cached;
    this.tokens.input += fresh;
    this.tokens.cachedInput += cached;
    this.tokens.output += output;
    // Slots 0–2 are the standard prices, 3–5 the long-context ones (bill.ts PRICE_SLOTS).
    const long = call.input > this.params.agent.longContextAbove ? 3 : 0;
    const bill = this.bill();
    const discount = this.discount();
    bill.add(long, fresh, discount);
    bill.add(long + 1, cached, discount);
    bill.add(long + 2, output, discount);
  }

  /** A session opened at `opened` closes now: frees its slot and pays the offering's session-hours. */
  closeSession(session: Request | null, opened: number): void {
    if (session !== null) this.sessions?.release(session);
    const hours = this.env.now - opened;
    this.sessionHours += hours;
    this.bill().add(SESSION_SLOT, hours, this.discount());
  }

  /** The bill of the offering in use. */
  private bill(): Bill {
    return this.bills[this.bills.length - 1];
  }

  /** e^(−δ·now): what a dollar spent now is worth at hour 0. */
  private discount(): number {
    return this.discountPerHour === 0 ? 1 : Math.exp(-this.discountPerHour * this.env.now);
  }

  /** The target was reached now: every bill keeps its quantities as the spend to the target. */
  reachTarget(): void {
    for (const bill of this.bills) bill.reachTarget();
  }

  /** The stream of rework reviews of one task (created only when the task is first rejected). */
  reworkStream(release: number, task: number): Rng {
    return stream(this.key.seed, this.key.run, this.params.name, "rework", release, task);
  }

  /** Team spend from hour 0 to `time`, USD (engineers added by a response cost from when they join). */
  teamSpendAt(time: number): number {
    return this.teamSpend(time, (from, to) => to - from);
  }

  /** Team spend from hour 0 to `time`, each dollar discounted to hour 0, USD. */
  teamSpendDiscountedAt(time: number): number {
    const d = this.discountPerHour;
    return this.teamSpend(time, d === 0 ? (from, to) => to - from : (from, to) => (Math.exp(-d * from) - Math.exp(-d * to)) / d);
  }

  /** Σ over team-size segments up to `time` of engineers × cost per hour × `hours(from, to)`. */
  private teamSpend(time: number, hours: (from: number, to: number) => number): number {
    const perEngineerHour = this.params.team.costPerEngineerWeek / HOURS_PER_WEEK;
    let total = 0;
    for (let k = 0; k < this.teamSize.length; k++) {
      const [from, engineers] = this.teamSize[k];
      if (from >= time) break;
      const to = k + 1 < this.teamSize.length ? Math.min(time, this.teamSize[k + 1][0]) : time;
      total += engineers * perEngineerHour * hours(from, to);
    }
    return total;
  }

  /**
   * The response takes effect now: a new offering (its speed, latency, quality, prices and session
   * cap) for the work handed to the agents from now on — a pass already handed over keeps the call
   * shape it was given — more agent sessions and engineers.
   */
  private respond(change: ResponseChange, move: RivalMove): void {
    const now = this.env.now;
    if (change.offering !== undefined) {
      const o = change.offering;
      this.params = { ...this.params, agent: { ...o, sessions: this.params.agent.sessions, model: change.model } };
      this.bills.push(new Bill(pricesOf(this.params.agent)));
      // In place: tasks under way read the same draws object at each call.
      Object.assign(this.draws, drawOffering(o, this.params.name, this.key.seed, this.key.run));
      this.replacedBucketWait += this.bucket?.waited ?? 0;
      this.bucket = Number.isFinite(o.tokensPerMinute) ? new TokenBucket(o.tokensPerMinute, now) : null;
    }
    // Sessions the company now wants, within the (possibly new) offering's concurrency limit. A
    // limit below the sessions already open is not enforced on them (capacity only grows).
    if (change.addSessions > 0) this.params = { ...this.params, agent: { ...this.params.agent, sessions: this.params.agent.sessions + change.addSessions } };
    const sessions = this.sessions;
    const target = Math.min(this.params.agent.sessions, this.params.agent.maxSessions);
    if (sessions !== null && target > sessions.capacity) sessions.addCapacity(target - sessions.capacity);
    if (change.addEngineers > 0) {
      this.engineers.addCapacity(change.addEngineers);
      this.teamSize.push([now, this.engineers.capacity]);
    }
    const what = `${change.model !== undefined ? `switches to ${change.model}, ` : ""}+${change.addSessions} sessions, +${change.addEngineers} engineers`;
    this.trace?.push({ time: now, company: this.params.name, event: "response", release: 0, detail: `answers a ${move === "rivalTakeoff" ? "rival's takeoff" : "rival's release"}: ${what}` });
  }

  /** The development cycle: releases until the horizon stops the clock. */
  *devCycle(): Generator<Event<unknown> | number, void, unknown> {
    const { env, params, calendar, key } = this;
    const product = params.product;
    let waitedForFeedback = 0;
    for (let release = 1; ; release++) {
      // Per-release draws from the release's own stream, in a fixed order; the tasks' sizes follow.
      const rng = stream(key.seed, key.run, params.name, "release", release);
      const planningTime = product.planningTime.sample(rng);
      const releaseTime = product.releaseTime.sample(rng);
      const feedbackDelay = product.feedbackDelay.sample(rng);
      const taskCount = release === 1 ? this.draws.v1Tasks : Math.max(1, Math.round(product.iterationTasks.sample(rng)));
      // Human times per task come from their own stream, so the release stream above is unchanged;
      // a company whose tasks are never steered draws none (the stream is not even made).
      const steeringRng = hasSupervisedTurns(params.task, this.draws) ? stream(key.seed, key.run, params.name, "steering", release) : null;

      // Plan: an engineer, in working hours.
      const planAsked = env.now;
      const planner = this.engineers.request(NEW_WORK);
      yield planner;
      const planStart = env.now;
      // The knowledge the release is planned on: the feedback that has arrived when planning starts.
      const hypothesis = this.fit.hypothesisAt(planStart);
      const learning = this.fit.learningAt(planStart);
      // Logged when the human actually starts (a plan due at night starts next morning).
      this.trace?.push({ time: calendar.nextWorkingInstant(planStart), company: params.name, event: "planStart", release, detail: `${taskCount} tasks, ${formatBits(learning)} learned from ${hypothesis} feedback` });
      const planEnd = calendar.addWorkingHours(planStart, planningTime);
      if (planEnd > planStart) yield planEnd - planStart;
      this.engineers.release(planner);

      // Build: every task handed to the agents at once.
      const phase: TaskPhase = { remaining: taskCount, done: env.event(), critical: null };
      for (let task = 1; task <= taskCount; task++) {
        startTask(this, phase, release, task, drawTaskSize(params.task, rng), steeringRng === null ? UNSTEERED : drawSteering(params, steeringRng));
      }
      // Drawn after the tasks, so the draws above are the same with or without a latency (a
      // constant, the default 0, draws nothing).
      const feedbackLatency = product.feedbackLatency.sample(rng);
      yield phase.done;

      // Release work: an engineer, in working hours.
      const releaseAsked = env.now;
      const releaser = this.engineers.request(NEW_WORK);
      yield releaser;
      const releaseStart = env.now;
      this.trace?.push({ time: calendar.nextWorkingInstant(releaseStart), company: params.name, event: "releaseStart", release, detail: `${formatHours(releaseTime)} of release work` });
      const releaseEnd = calendar.addWorkingHours(releaseStart, releaseTime);
      if (releaseEnd > releaseStart) yield releaseEnd - releaseStart;
      this.engineers.release(releaser);
      this.histories.push({
        release,
        waitingForFeedback: waitedForFeedback,
        planningWait: planStart - planAsked,
        planning: planningTime,
        planningOffHours: planEnd - planStart - planningTime,
        criticalTask: phase.critical,
        releaseWait: releaseStart - releaseAsked,
        releaseWork: releaseTime,
        releaseOffHours: releaseEnd - releaseStart - releaseTime,
      });
      this.ship(release, taskCount, hypothesis, learning, feedbackDelay, feedbackLatency);

      if (product.iterationPolicy === "wait") {
        const readAfter = feedbackDelay + feedbackLatency;
        yield readAfter;
        waitedForFeedback = readAfter;
      } else {
        waitedForFeedback = 0;
      }
    }
  }

  /**
   * A release ships now: the company's customers (early adopters before takeoff) use it for
   * `feedbackDelay`, and their feedback is read `feedbackLatency` after that; it takes off if the
   * fit search says so.
   */
  private ship(release: number, tasks: number, hypothesis: number, learning: number, feedbackDelay: number, feedbackLatency: number): void {
    const now = this.env.now;
    const name = this.params.name;
    this.shipped.push(now);
    this.market.onRelease(this.index, now);
    for (const rival of this.rivals) rival.response.notice("rivalRelease");
    // One sum for the read time, the wait for feedback and the record, so all three are the same
    // double (a sum taken in two steps can land one ulp later than the wait).
    const readAfter = feedbackDelay + feedbackLatency;
    const fitIndex = this.fit.record(hypothesis, tasks, now + readAfter);
    this.trace?.push({ time: now, company: name, event: "released", release, detail: `v${release} shipped, ${this.market.customers[this.index]} customers` });
    // The users who saw the release are the customers when their signal is given (after the
    // delay); the team reads it after the latency. Both scheduled now, one after the other, before
    // the wait for feedback: with no latency nothing can come between them, and a plan at the
    // instant the wait ends already knows the feedback.
    let users = 0;
    this.env.schedule(feedbackDelay, () => {
      users = this.market.customers[this.index];
    });
    this.env.schedule(readAfter, () => {
      this.fit.observe(fitIndex, users);
      this.trace?.push({ time: this.env.now, company: name, event: "feedback", release, detail: `v${release} feedback in from ${users} users` });
    });
    if (this.takeoffAt !== null) return;
    if (this.fit.takesOff(learning)) {
      this.takeoffAt = now;
      this.takeoffRelease = release;
      this.trace?.push({ time: now, company: name, event: "takeoff", release, detail: `v${release} took off (${formatBits(learning)} learned, ${formatBits(this.fit.learningNeeded)} needed)` });
      this.market.takeOff(this.index, now);
      for (const rival of this.rivals) rival.response.notice("rivalTakeoff");
    }
  }

  /** Hours this company's model calls waited for the rate limit, over every bucket it had. */
  rateLimitWaited(): number {
    return this.replacedBucketWait + (this.bucket?.waited ?? 0);
  }

  /** This company's outcome at the horizon (after `market.finish()`). */
  result(horizon: number, milestones: readonly number[], target: number): CompanyRun {
    const m = this.market.companies[this.index];
    const targetIndex = milestones.indexOf(target);
    const reached = targetIndex >= 0 ? m.milestoneTimes[targetIndex] : null;
    const spend = spendFromBills(this.bills.map((b) => ({ prices: b.prices, counts: b })), reached !== null);
    const revenueDiscounted = this.market.discountedRevenue(this.index);
    const teamSpendDiscounted = this.teamSpendDiscountedAt(horizon);
    return {
      name: this.params.name,
      v1: this.shipped.length > 0 ? this.shipped[0] : null,
      releases: this.shipped.slice(),
      takeoff: this.takeoffAt,
      takeoffRelease: this.takeoffRelease,
      milestones: m.milestoneTimes.slice(),
      target: reached,
      fit: this.fit.hasFit,
      learnings: this.fit.learningAt(horizon),
      tokens: { ...this.tokens },
      tokenSpend: spend.tokenSpend,
      tokenBillDiscounted: spend.tokenBillDiscounted,
      teamSpend: this.teamSpendAt(horizon),
      tokenSpendToTarget: spend.tokenSpendToTarget,
      teamSpendToTarget: this.teamSpendToTarget,
      revenue: this.market.revenue(this.index),
      netValue: netValueOf(revenueDiscounted, spend.tokenSpendDiscounted, teamSpendDiscounted),
      bill: { plain: this.bills[0].plain.slice(), discounted: this.bills[0].discounted.slice(), atTarget: this.bills[0].atTarget?.slice() ?? null },
      billsSwitched: this.bills.length > 1,
      revenueDiscounted,
      teamSpendDiscounted,
      arrWeekly: m.arrWeekly,
      arrAtHorizon: m.arr,
      breakdownToV1: this.histories.length > 0 ? breakdownThrough(this.histories, 1) : null,
      breakdownToTakeoff: this.takeoffRelease !== null ? breakdownThrough(this.histories, this.takeoffRelease) : null,
      inputs: this.inputs,
    };
  }
}
