/**
 * One task (an agent-sized change) on the engine's clock: a sequence of agent turns, then review.
 *
 *   hand-off → wait for an agent session (held for the whole pass)
 *   → supervised turns (the first `round((1 − autonomy) × turns)`, or `supervisedTurns`), each:
 *       an engineer frames the prompt (working hours)
 *       → the model call: rate-limit wait + prefill + time to first token + decode + tools
 *         · call ≤ attention span: the engineer waits through it (held)
 *         · longer: the engineer leaves for other work, comes back when an engineer is free,
 *           pays `refocusTime`
 *       → the engineer reads the result (working hours); the same engineer goes on to the next
 *         prompt without queueing again
 *   → unattended turns: the same calls, around the clock, no engineer
 *   → the pass's compactions, if its context outgrows the offering's window (context.ts): on the
 *     agent's clock after the engineer's last read (a compaction takes a minute or more, past any
 *     attention span, so no engineer waits through one)
 *   → release the session → wait for an engineer → review (working hours)
 *   → accepted, or rework: a new pass of `reworkShare` of the turns and work, then review again
 *     (rework goes ahead of new tasks in every queue).
 *
 * Hot code, written as an engine `Machine` (a state machine) rather than a generator: one resume
 * per agent turn is most of a grounded run's events, and a generator saving and restoring this
 * many locals at each one cost about a tenth of the run. The order of events is exactly the
 * generator's (same runs, byte for byte; test/model/task-run.test.ts walks one task by hand).
 * An engineer's stretch of prompts, attended calls and reads, and an agent's stretch of unattended
 * calls, are computed on a local clock `t` and waited out with one sleep; the task only waits for
 * the engine where it touches the engineer pool. Calls book their tokens in the rate limit in
 * real-time order (an unattended stretch all at once; see rate-limit.ts).
 */
import { Machine, type Request } from "../engine/index.ts";
import type { Rng } from "../random/index.ts";
import type { CompanyParams } from "./params.ts";
import { newTaskHistory, type TaskHistory } from "./breakdown.ts";
import { compactions } from "./context.ts";
import { formatHours, formatTokens } from "./format.ts";
import type { TokenBucket } from "./rate-limit.ts";
import { MAX_REVIEW_PASSES, modelCall, type ModelCall, type TaskContext, type TaskPhase, type TaskSize, type TaskSteering } from "./task.ts";

/** Rework jumps the queues for sessions and engineers: a team finishes what is in review before
 * starting new work (lower number = served first). Shared objects: no allocation per request. */
const REWORK = { priority: -1 } as const;
const NEW_WORK = { priority: 0 } as const;
/** A session waiting on its engineer comes before new reviews: an idle agent is the dearer wait. */
const STEER = { priority: -1 } as const;

// Where a task stands: what `step` does next when the engine calls it.
/** Hand-off: the history starts. */
const START = 0;
/** A pass begins: ask for an agent session. */
const PASS = 1;
/** The session is there: bill the pass, start its supervised turns. */
const SESSION = 2;
/** The top of a supervised turn (or past the last one). */
const TURN = 3;
/** The engineer asked for at the top of a turn is there. */
const ENGINEER = 4;
/** A long call is done: the engineer is asked for again. */
const CALLED = 5;
/** The engineer is back after a long call: refocus, read. */
const BACK = 6;
/** The supervised turns are done: the unattended stretch and the compactions. */
const ALONE = 7;
/** The pass's agent work is done: close the session, ask for a reviewer. */
const CLOSE = 8;
/** The reviewer is there. */
const REVIEW = 9;
/** The review is done: accepted, or another pass. */
const REVIEWED = 10;
/** Accepted: nothing more to do. */
const ACCEPTED = 11;

/**
 * Hands task `taskNo` of release `release` to the agents now (it starts at once, before ordinary
 * events of this instant, as a process would). Records tokens on the company and the task's
 * history on the phase; the phase's `done` fires when its last task is accepted.
 */
export function startTask(company: TaskContext, phase: TaskPhase, release: number, taskNo: number, size: TaskSize, steering: TaskSteering): void {
  new TaskRun(company, phase, release, taskNo, size, steering);
}

/** One task as a state machine (see the file's doc); made by `startTask`. */
class TaskRun extends Machine {
  private at = START;
  private history!: TaskHistory;
  /** The company's parameters and rate limit when the task started: a task under way keeps them
   * through a rival response that switches offering (the offering's draws it reads as they change). */
  private params!: CompanyParams;
  private bucket: TokenBucket | null = null;
  /** Turns of the first pass (the drawn turns scaled by the offering's `relativeTurns`). */
  private turns = 0;
  private reworkRng: Rng | null = null;
  /** Share of the work this pass redoes (1 on the first pass). */
  private share = 1;
  private pass = 0;
  // This pass: its history (the first pass only), turns and calls.
  private h: TaskHistory | null = null;
  private passTurns = 0;
  private call!: ModelCall;
  private supervised = 0;
  private compacts = 0;
  private compaction: ModelCall | null = null;
  private askedAgent = 0;
  private session: Request | null = null;
  private opened = 0;
  // The supervised turns: the engineer (if here), the local clock and the turn.
  private engineer: Request | null = null;
  private t = 0;
  private k = 0;
  // The review.
  private reviewHours = 0;
  private accepted = false;
  private askedReviewer = 0;
  private reviewer!: Request;
  private granted = 0;
  private reviewEnd = 0;

  constructor(
    private readonly company: TaskContext,
    private readonly phase: TaskPhase,
    private readonly release: number,
    private readonly taskNo: number,
    private readonly size: TaskSize,
    private readonly steering: TaskSteering,
  ) {
    super(company.env);
  }

  protected step(sole: boolean): void {
    const company = this.company;
    const env = company.env;
    const draws = company.draws;
    for (;;) {
      switch (this.at) {
        case START:
          this.params = company.params;
          this.bucket = company.bucket;
          this.history = newTaskHistory(env.now);
          this.turns = Math.max(1, Math.round(this.size.turns * draws.relativeTurns));
          this.at = PASS;
          break;

        case PASS: {
          const pass = ++this.pass;
          const task = this.params.task;
          const share = this.share;
          const size = this.size;
          this.h = pass === 1 ? this.history : null;
          // A rework pass redoes `share` of the work in proportionally fewer turns of the same size.
          const passTurns = (this.passTurns = pass === 1 ? this.turns : Math.max(1, Math.round(share * this.turns)));
          const call = (this.call = modelCall(draws, (share * size.inputTokens) / passTurns, (share * size.outputTokens) / passTurns, (share * size.toolHours) / passTurns));
          // A fixed number of prompts per pass (recorded sessions: one prompt, then the agent's own
          // stretch) or a share of the turns.
          this.supervised = task.supervisedTurns === undefined ? Math.round((1 - draws.autonomy) * passTurns) : Math.min(passTurns, task.supervisedTurns);
          // Each pass starts a fresh context; past the window the agent compacts (context.ts).
          const window = this.params.agent.contextWindow;
          const compacts = (this.compacts = compactions(passTurns, { base: task.baseContext, growthPerTurn: task.contextGrowth * call.output, summary: task.summaryTokens, window }));
          // A compaction reads a full window and writes the summary.
          this.compaction = compacts === 0 ? null : modelCall(draws, window, task.summaryTokens, 0);
          // The agent session, held for the whole pass.
          this.askedAgent = env.now;
          const session = (this.session = company.sessions === null ? null : company.sessions.request(pass === 1 ? NEW_WORK : REWORK));
          this.at = SESSION;
          if (session !== null && !this.waitFor(session, sole)) return;
          break;
        }

        case SESSION: {
          const h = this.h;
          if (h !== null) h.waitingForAgent = env.now - this.askedAgent;
          this.opened = env.now;
          // The pass's tokens are billed when it starts.
          const call = this.call;
          const compaction = this.compaction;
          company.useCalls(this.passTurns, call);
          if (compaction !== null) company.useCalls(this.compacts, compaction);
          company.trace?.push({
            time: env.now,
            company: this.params.name,
            event: "taskStart",
            release: this.release,
            task: this.taskNo,
            detail: `${this.pass === 1 ? "" : "rework: "}${formatTokens(this.share * this.size.outputTokens)} output tokens, ${this.passTurns} turns (${this.supervised} supervised), ${formatHours(this.passTurns * call.duration)} of model calls and tools${compaction === null ? "" : `, ${this.compacts} compaction${this.compacts === 1 ? "" : "s"} (${formatHours(this.compacts * compaction.duration)})`}`,
          });
          this.engineer = null;
          this.t = env.now;
          this.k = 0;
          this.at = TURN;
          break;
        }

        case TURN:
          if (this.k >= this.supervised) {
            this.at = ALONE;
            break;
          }
          if (this.engineer !== null) {
            if (this.prompt()) return; // asleep through a long call
            break;
          }
          this.at = ENGINEER;
          // A request granted as it is made is not waited for (nothing to wait for).
          if ((this.engineer = company.engineers.request(STEER)).grantedAt !== env.now && !this.waitFor(this.engineer, sole)) return;
          break;

        case ENGINEER:
          if (this.h !== null) this.h.waitingForEngineer += env.now - this.t;
          this.t = env.now;
          if (this.prompt()) return;
          break;

        case CALLED: {
          // The same request object asked again (nothing else holds it): no allocation per turn.
          const engineer = (this.engineer = company.engineers.rerequest(this.engineer as Request));
          this.at = BACK;
          if (engineer.grantedAt !== env.now && !this.waitFor(engineer, sole)) return;
          break;
        }

        case BACK: {
          const h = this.h;
          if (h !== null) h.waitingForEngineer += env.now - this.t;
          const t = this.humanWork(env.now, this.steering.refocus, false);
          this.t = this.humanWork(t, this.steering.read, true);
          this.k++;
          this.at = TURN;
          break;
        }

        case ALONE: {
          // Unattended turns, then the compactions: back to back on the session's clock, no
          // engineer. The stretch books all its tokens at once; its last call cannot start before
          // they are there, so it lasts max(stretch, wait + last call).
          const { call, compaction, compacts, h } = this;
          const bucket = this.bucket;
          const alone = this.passTurns - this.supervised;
          const compacting = compaction === null ? 0 : compacts * compaction.duration;
          let waits = 0;
          if (bucket !== null && (alone > 0 || compaction !== null)) {
            const tokens = alone * (call.input + call.output) + (compaction === null ? 0 : compacts * (compaction.input + compaction.output));
            const ready = env.now + bucket.take(tokens, env.now);
            const last = compaction === null ? call.duration : compaction.duration;
            waits = Math.max(0, ready + last - (this.t + alone * call.duration + compacting));
          }
          if (alone > 0 && h !== null) bookCalls(h, call, alone, waits);
          if (compaction !== null && h !== null) bookCalls(h, compaction, compacts, alone > 0 ? 0 : waits);
          // The engineer (if still here) stays to the last read; the agent runs on after it.
          if (this.engineer !== null) company.engineers.releaseAt(this.engineer, this.t);
          const t = (this.t += waits + alone * call.duration + compacting);
          this.at = CLOSE;
          if (t > env.now) {
            this.sleep(t - env.now);
            return;
          }
          break;
        }

        case CLOSE: {
          company.closeSession(this.session, this.opened);
          // The review: drawn before waiting, so the draws do not depend on the queue.
          this.reviewHours = this.size.firstReview;
          this.accepted = this.size.firstVerdict < draws.firstPassAcceptance;
          if (this.pass > 1) {
            const rng = (this.reworkRng ??= company.reworkStream(this.release, this.taskNo));
            this.reviewHours = this.share * this.params.task.reviewTime.sample(rng);
            this.accepted = rng() < draws.firstPassAcceptance;
          }
          this.askedReviewer = env.now;
          this.reviewer = company.engineers.request(this.pass === 1 ? NEW_WORK : REWORK);
          this.at = REVIEW;
          if (!this.waitFor(this.reviewer, sole)) return;
          break;
        }

        case REVIEW: {
          const granted = (this.granted = env.now);
          const reviewEnd = (this.reviewEnd = company.calendar.addWorkingHours(granted, this.reviewHours));
          this.at = REVIEWED;
          if (reviewEnd > granted) {
            this.sleep(reviewEnd - granted);
            return;
          }
          break;
        }

        case REVIEWED: {
          company.engineers.release(this.reviewer);
          const h = this.h;
          if (h !== null) {
            h.waitingForReviewer = this.granted - this.askedReviewer;
            h.review = this.reviewHours;
            h.offHours += this.reviewEnd - this.granted - this.reviewHours;
          }
          // Every pass makes progress: the last allowed review accepts, so a task near-certain to
          // be rejected (firstPassAcceptance ≈ 0) with instant rework cannot spin at one instant forever.
          if (this.accepted || this.pass >= MAX_REVIEW_PASSES) {
            this.finish();
            return;
          }
          if (this.pass === 1) this.history.firstRejection = env.now;
          company.trace?.push({ time: env.now, company: this.params.name, event: "taskRejected", release: this.release, task: this.taskNo, detail: `review ${this.pass} asked for rework` });
          this.share = draws.reworkShare;
          this.at = PASS;
          break;
        }

        default: // ACCEPTED
          return;
      }
    }
  }

  /**
   * The engineer is here at `t`: frames the prompt, sends the call. A call within the attention
   * span is sat through and read (the turn ends: false); a longer one sends the engineer away and
   * puts the task to sleep until it is done (true: `step` returns).
   */
  private prompt(): boolean {
    const company = this.company;
    const env = company.env;
    const draws = company.draws;
    const call = this.call;
    const h = this.h;
    let t = this.humanWork(this.t, this.steering.prompt, true);
    // The call books its tokens now (the bucket is asked in real-time order); they are there at
    // now + the bucket's wait, and the call starts at t, so it waits for what is left of that.
    const bucket = this.bucket;
    const wait = bucket === null ? 0 : Math.max(0, env.now + bucket.take(call.input + call.output, env.now) - t);
    if (wait + call.duration <= draws.attentionSpan) {
      // Short enough to keep attention: the engineer sits through it, then reads.
      if (h !== null) {
        h.rateLimitWait += wait;
        h.waitingOnModel += call.duration;
      }
      this.t = this.humanWork(t + wait + call.duration, this.steering.read, true);
      this.k++;
      this.at = TURN;
      return false;
    }
    // Too long: the engineer leaves for other work when the prompt is sent (no event unless
    // someone waits for an engineer by then) and comes back when the call is done and an engineer
    // is free.
    company.engineers.releaseAt(this.engineer as Request, t);
    if (h !== null) bookCalls(h, call, 1, wait);
    t += wait + call.duration;
    this.t = t;
    this.at = CALLED;
    this.sleep(t - env.now);
    return true;
  }

  /** `hours` of human work started at `t`: when it ends on the calendar; books it (steering or refocus) and the off-hours. */
  private humanWork(t: number, hours: number, steering: boolean): number {
    const end = this.company.calendar.addWorkingHours(t, hours);
    const h = this.h;
    if (h !== null) {
      if (steering) h.steering += hours;
      else h.refocus += hours;
      h.offHours += end - t - hours;
    }
    return end;
  }

  /** Accepted: the history closes; the last task of the phase ends it. */
  private finish(): void {
    const env = this.company.env;
    const history = this.history;
    this.at = ACCEPTED;
    history.acceptedAt = env.now;
    if (!Number.isNaN(history.firstRejection)) history.rework = history.acceptedAt - history.firstRejection;
    this.company.trace?.push({ time: env.now, company: this.params.name, event: "taskAccepted", release: this.release, task: this.taskNo, detail: `after ${formatHours(history.acceptedAt - history.handOff)}` });
    const phase = this.phase;
    phase.remaining -= 1;
    if (phase.remaining === 0) {
      phase.critical = history;
      phase.done.succeed();
    }
  }
}

/** Books `n` unwatched calls and a rate-limit wait to the history. */
function bookCalls(h: TaskHistory, call: ModelCall, n: number, wait: number): void {
  h.prefill += n * call.prefill;
  h.timeToFirstToken += n * call.firstToken;
  h.agentGeneration += n * call.decode;
  h.toolTime += n * call.tools;
  h.rateLimitWait += wait;
}
