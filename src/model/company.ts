/**
 * A company's development cycle, one engine process per company:
 *
 *   plan (a human, working hours) → all the release's tasks at once (agents and reviewers are
 *   shared resources) → release work → shipped: maybe takeoff → feedback arrives later.
 *   `wait`: plan the next release once the last one's feedback is in; `pipeline`: right away.
 *
 * The takeoff odds of a release grow with the feedback signals known when it was planned, so
 * shipping without waiting buys fewer learnings per release: the trade-off is in the mechanism.
 */
import { type Environment, Resource, type Event } from "../engine/index.ts";
import { stream, type Rng } from "../random/index.ts";
import type { CompanyParams } from "../scenario/index.ts";
import { breakdownThrough, type ReleaseHistory } from "./breakdown.ts";
import type { WorkCalendar } from "./calendar.ts";
import type { CompanyDraws } from "./draws.ts";
import { formatHours } from "./format.ts";
import type { Market } from "./market.ts";
import { drawTaskSize, runTask, type TaskPhase } from "./task.ts";
import { takeoffProbability } from "./takeoff.ts";
import type { CompanyRun, TokenCounts, TraceEvent } from "./types.ts";

const HOURS_PER_WEEK = 168;

/** Where a company's streams come from: `stream(seed, run, name, …)`. */
export interface StreamKey {
  seed: number;
  run: number;
}

/** One company inside one replication: its resources, counters and dev-cycle process. */
export class CompanySim {
  readonly agents: Resource;
  readonly reviewers: Resource;
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
    this.agents = new Resource(env, params.agent.sessions);
    this.reviewers = new Resource(env, params.team.engineers);
    this.takeoffRng = stream(key.seed, key.run, params.name, "takeoff");
  }

  /** Counts tokens of one agent pass and their price. */
  useTokens(inputTokens: number, outputTokens: number): void {
    const cached = inputTokens * this.draws.cachedInputShare;
    const fresh = inputTokens - cached;
    this.tokens.input += fresh;
    this.tokens.cachedInput += cached;
    this.tokens.output += outputTokens;
    const a = this.params.agent;
    this.tokenSpend += (fresh * a.pricePerMInput + cached * a.pricePerMCachedInput + outputTokens * a.pricePerMOutput) / 1e6;
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

      // Plan.
      const planStart = env.now;
      const learnings = this.learningsAt(planStart);
      // Logged when the human actually starts (a plan due at night starts next morning).
      this.trace?.push({ time: calendar.nextWorkingInstant(planStart), company: params.name, event: "planStart", release, detail: `${taskCount} tasks, ${learnings} learnings known` });
      const planEnd = calendar.addWorkingHours(planStart, planningTime);
      yield env.timeout(planEnd - planStart);

      // Build: every task handed to the agents at once.
      const phase: TaskPhase = { remaining: taskCount, done: env.event(), critical: null };
      for (let task = 1; task <= taskCount; task++) {
        env.process(runTask(this, phase, release, task, drawTaskSize(params.task, rng)));
      }
      yield phase.done;

      // Release work.
      this.trace?.push({ time: env.now, company: params.name, event: "releaseStart", release, detail: `${formatHours(releaseTime)} of release work` });
      yield env.timeout(releaseTime);
      this.histories.push({
        release,
        waitingForFeedback: waitedForFeedback,
        planning: planningTime,
        planningOffHours: planEnd - planStart - planningTime,
        criticalTask: phase.critical,
        releaseWork: releaseTime,
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
