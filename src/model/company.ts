/**
 * A company's development cycle, one engine process per company:
 *
 *   plan (an engineer, working hours) → all the release's tasks at once (agent sessions, engineers
 *   and the rate limit are shared) → release work (an engineer, working hours) → shipped: maybe
 *   takeoff → feedback arrives later.
 *   `wait`: plan the next release once the last one's feedback is in; `pipeline`: right away.
 *
 * The takeoff odds of a release grow with the feedback signals known when it was planned, so
 * shipping without waiting buys fewer learnings per release: the trade-off is in the mechanism.
 */
import { type Environment, Resource, type Event, type Request } from "../engine/index.ts";
import { stream, type Rng } from "../random/index.ts";
import type { CompanyParams } from "../scenario/index.ts";
import { breakdownThrough, type ReleaseHistory } from "./breakdown.ts";
import type { WorkCalendar } from "./calendar.ts";
import type { CompanyDraws } from "./draws.ts";
import { formatHours } from "./format.ts";
import type { Market } from "./market.ts";
import { TokenBucket } from "./rate-limit.ts";
import { drawSteering, drawTaskSize, runTask, type ModelCall, type TaskPhase } from "./task.ts";
import { takeoffProbability } from "./takeoff.ts";
import type { CompanyRun, TokenCounts, TraceEvent } from "./types.ts";

const HOURS_PER_WEEK = 168;
/** Planning and release work queue for an engineer like a new review. Shared: no allocation. */
const NEW_WORK = { priority: 0 } as const;

/** Where a company's streams come from: `stream(seed, run, name, …)`. */
export interface StreamKey {
  seed: number;
  run: number;
}

/** One company inside one replication: its resources, counters and dev-cycle process. */
export class CompanySim {
  /** Agent sessions (`null`: unlimited). */
  readonly sessions: Resource | null;
  /** The engineers: one pool for all human work (steering, review, planning, release work). */
  readonly engineers: Resource;
  /** The tokens-per-minute budget (`null`: no limit). */
  readonly bucket: TokenBucket | null;
  /** Hours agent sessions were open, all sessions together. */
  sessionHours = 0;
  readonly tokens: TokenCounts = { input: 0, cachedInput: 0, output: 0 };
  /** Token spend so far, USD. */
  tokenSpend = 0;
  /** When each release shipped, hours. */
  readonly shipped: number[] = [];
  /** The critical-path history of each shipped release. */
  readonly histories: ReleaseHistory[] = [];
  /** When each shipped release's feedback arrives (may lie past the horizon), hours. */
  readonly feedbackAt: number[] = [];
  takeoffAt: number | null = null;
  takeoffRelease: number | null = null;
  tokenSpendToTarget: number | null = null;
  teamSpendToTarget: number | null = null;
  private readonly takeoffRng: Rng;

  /**
   * @param index position in the scenario (and the market).
   * @param draws this run's per-run values for the company.
   * @param inputs the per-run inputs drawn from distributions (reported with the result).
   */
  constructor(
    readonly env: Environment,
    readonly index: number,
    readonly params: CompanyParams,
    readonly draws: CompanyDraws,
    readonly inputs: Record<string, number>,
    readonly calendar: WorkCalendar,
    readonly market: Market,
    private readonly key: StreamKey,
    readonly trace: TraceEvent[] | null,
  ) {
    const sessions = Math.min(params.agent.sessions, params.agent.maxSessions);
    this.sessions = Number.isFinite(sessions) ? new Resource(env, sessions) : null;
    this.engineers = new Resource(env, params.team.engineers);
    this.bucket = Number.isFinite(params.agent.tokensPerMinute) ? new TokenBucket(params.agent.tokensPerMinute, env.now) : null;
    this.takeoffRng = stream(key.seed, key.run, params.name, "takeoff");
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
    const a = this.params.agent;
    const long = call.input > a.longContextAbove;
    const perMInput = long ? a.longContextPricePerMInput : a.pricePerMInput;
    const perMCached = long ? a.longContextPricePerMCachedInput : a.pricePerMCachedInput;
    const perMOutput = long ? a.longContextPricePerMOutput : a.pricePerMOutput;
    this.tokenSpend += (fresh * perMInput + cached * perMCached + output * perMOutput) / 1e6;
  }

  /** A session opened at `opened` closes now: frees its slot and pays the offering's session-hours. */
  closeSession(session: Request | null, opened: number): void {
    if (session !== null) this.sessions?.release(session);
    const hours = this.env.now - opened;
    this.sessionHours += hours;
    this.tokenSpend += hours * this.params.agent.costPerSessionHour;
  }

  /** The stream of rework reviews of one task (created only when the task is first rejected). */
  reworkStream(release: number, task: number): Rng {
    return stream(this.key.seed, this.key.run, this.params.name, "rework", release, task);
  }

  /** Team spend from hour 0 to `time`, USD. */
  teamSpendAt(time: number): number {
    return (this.params.team.engineers * this.params.team.costPerEngineerWeek * time) / HOURS_PER_WEEK;
  }

  /** Feedback signals known at `time`. */
  learningsAt(time: number): number {
    let n = 0;
    for (const t of this.feedbackAt) if (t <= time) n += 1;
    return n;
  }

  /** The development cycle: releases until the horizon stops the clock. */
  *devCycle(): Generator<Event<unknown>, void, unknown> {
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
      // Human times per task come from their own stream, so the release stream above is unchanged.
      const steeringRng = stream(key.seed, key.run, params.name, "steering", release);

      // Plan: an engineer, in working hours.
      const planAsked = env.now;
      const learnings = this.learningsAt(planAsked);
      const planner = this.engineers.request(NEW_WORK);
      yield planner;
      const planStart = env.now;
      // Logged when the human actually starts (a plan due at night starts next morning).
      this.trace?.push({ time: calendar.nextWorkingInstant(planStart), company: params.name, event: "planStart", release, detail: `${taskCount} tasks, ${learnings} learnings known` });
      const planEnd = calendar.addWorkingHours(planStart, planningTime);
      if (planEnd > planStart) yield env.timeout(planEnd - planStart);
      this.engineers.release(planner);

      // Build: every task handed to the agents at once.
      const phase: TaskPhase = { remaining: taskCount, done: env.event(), critical: null };
      for (let task = 1; task <= taskCount; task++) {
        env.process(runTask(this, phase, release, task, drawTaskSize(params.task, rng), drawSteering(params, steeringRng)));
      }
      yield phase.done;

      // Release work: an engineer, in working hours.
      const releaseAsked = env.now;
      const releaser = this.engineers.request(NEW_WORK);
      yield releaser;
      const releaseStart = env.now;
      this.trace?.push({ time: calendar.nextWorkingInstant(releaseStart), company: params.name, event: "releaseStart", release, detail: `${formatHours(releaseTime)} of release work` });
      const releaseEnd = calendar.addWorkingHours(releaseStart, releaseTime);
      if (releaseEnd > releaseStart) yield env.timeout(releaseEnd - releaseStart);
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
      this.ship(release, learnings, feedbackDelay);

      if (product.iterationPolicy === "wait") {
        yield env.timeout(feedbackDelay);
        waitedForFeedback = feedbackDelay;
      } else {
        waitedForFeedback = 0;
      }
    }
  }

  /** A release ships now: the market hears of it, takeoff is drawn, feedback is on its way. */
  private ship(release: number, learnings: number, feedbackDelay: number): void {
    const now = this.env.now;
    const name = this.params.name;
    this.shipped.push(now);
    this.feedbackAt.push(now + feedbackDelay);
    this.trace?.push({ time: now, company: name, event: "released", release, detail: `v${release} shipped` });
    this.trace?.push({ time: now + feedbackDelay, company: name, event: "feedback", release, detail: `v${release} feedback in` });
    this.market.onRelease(this.index, now);
    if (this.takeoffAt !== null) return;
    const chance = takeoffProbability(this.draws.v1Chance, this.draws.liftPerLearning, learnings);
    if (this.takeoffRng() < chance) {
      this.takeoffAt = now;
      this.takeoffRelease = release;
      this.trace?.push({ time: now, company: name, event: "takeoff", release, detail: `v${release} took off (chance ${Math.round(chance * 100)}%, ${learnings} learnings)` });
      this.market.takeOff(this.index, now);
    }
  }

  /** This company's outcome at the horizon (after `market.finish()`). */
  result(horizon: number, milestones: readonly number[], target: number): CompanyRun {
    const m = this.market.companies[this.index];
    const targetIndex = milestones.indexOf(target);
    return {
      name: this.params.name,
      v1: this.shipped.length > 0 ? this.shipped[0] : null,
      releases: this.shipped.slice(),
      takeoff: this.takeoffAt,
      takeoffRelease: this.takeoffRelease,
      milestones: m.milestoneTimes.slice(),
      target: targetIndex >= 0 ? m.milestoneTimes[targetIndex] : null,
      learnings: this.learningsAt(horizon),
      tokens: { ...this.tokens },
      tokenSpend: this.tokenSpend,
      teamSpend: this.teamSpendAt(horizon),
      tokenSpendToTarget: this.tokenSpendToTarget,
      teamSpendToTarget: this.teamSpendToTarget,
      revenue: this.market.revenue(this.index),
      arrWeekly: m.arrWeekly,
      arrAtHorizon: m.arr,
      breakdownToV1: this.histories.length > 0 ? breakdownThrough(this.histories, 1) : null,
      breakdownToTakeoff: this.takeoffRelease !== null ? breakdownThrough(this.histories, this.takeoffRelease) : null,
      inputs: this.inputs,
    };
  }
}
