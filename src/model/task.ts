/**
 * One task (an agent-sized change), as an engine process: a sequence of agent turns, then review.
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
 * A task's tokens and tool time are split evenly over its turns. Its sizes and first review are
 * drawn when the release is planned, in task order, from the release's stream; its human times
 * from the release's steering stream; rework reviews from the task's own stream, created only if
 * it is rejected (creating a stream costs about as much as the whole task's engine events). No
 * draw depends on timing, so every sweep point sees the same tasks (common random numbers).
 *
 * Hot code: an engineer's stretch of prompts, attended calls and reads, and an agent's stretch of
 * unattended calls, are computed on a local clock `t` and waited out with one timeout; the process
 * only yields to the engine where it touches the engineer pool. Calls book their tokens in the
 * rate limit in real-time order (an unattended stretch all at once; see rate-limit.ts).
 */
import type { Environment, Event, Request, Resource } from "../engine/index.ts";
import type { Rng } from "../random/index.ts";
import type { CompanyParams } from "../scenario/index.ts";
import { newTaskHistory, type TaskHistory } from "./breakdown.ts";
import type { WorkCalendar } from "./calendar.ts";
import { compactions } from "./context.ts";
import type { CompanyDraws } from "./draws.ts";
import { formatHours, formatTokens } from "./format.ts";
import type { TokenBucket } from "./rate-limit.ts";
import type { TraceEvent } from "./types.ts";

const SECONDS_PER_HOUR = 3600;
/** Rework jumps the queues for sessions and engineers: a team finishes what is in review before
 * starting new work (lower number = served first). Shared objects: no allocation per request. */
const REWORK = { priority: -1 } as const;
const NEW_WORK = { priority: 0 } as const;
/** A session waiting on its engineer comes before new reviews: an idle agent is the dearer wait. */
const STEER = { priority: -1 } as const;

/**
 * What a task is handed by its company: the shared resources it queues for, this run's draws, and
 * the three things it asks of the company (bill its calls, close its session, a stream for rework).
 * Narrow on purpose: a task sees nothing else of the company (company.ts implements it).
 */
export interface TaskContext {
  readonly env: Environment;
  readonly params: CompanyParams;
  readonly draws: CompanyDraws;
  readonly calendar: WorkCalendar;
  /** Agent sessions (`null`: unlimited). */
  readonly sessions: Resource | null;
  /** The engineers: one pool for all human work. */
  readonly engineers: Resource;
  /** The tokens-per-minute budget (`null`: no limit). */
  readonly bucket: TokenBucket | null;
  readonly trace: TraceEvent[] | null;
  /** Counts the tokens and price of `n` calls shaped like `call`. */
  useCalls(n: number, call: ModelCall): void;
  /** A session opened at `opened` closes now. */
  closeSession(session: Request | null, opened: number): void;
  /** The stream of a rejected task's rework reviews. */
  reworkStream(release: number, task: number): Rng;
}

/** One task's size and first review, drawn when its release is planned. */
export interface TaskSize {
  outputTokens: number;
  inputTokens: number;
  /** Turns with the reference model, as drawn (rounded after the offering's `relativeTurns`). */
  turns: number;
  toolHours: number;
  /** Hours of the first review. */
  firstReview: number;
  /** Uniform draw compared with the acceptance probability at the first review. */
  firstVerdict: number;
}

/** One task's human times per supervised turn, working hours. */
export interface TaskSteering {
  prompt: number;
  read: number;
  refocus: number;
}

/** Draws one task's size and first review from `rng`, always in the same order. */
export function drawTaskSize(task: CompanyParams["task"], rng: Rng): TaskSize {
  return {
    outputTokens: task.outputTokens.sample(rng),
    inputTokens: task.inputTokens.sample(rng),
    turns: task.turns.sample(rng),
    toolHours: task.toolTime.sample(rng),
    firstReview: task.reviewTime.sample(rng),
    firstVerdict: rng(),
  };
}

/**
 * Most reviews one task gets: the last one accepts. With the default acceptance (~70%) a task
 * reaches it with probability 0.3^99, never in practice; it bounds the work of extreme scenarios.
 */
export const MAX_REVIEW_PASSES = 100;
/** Draws one task's human times from the release's steering stream (constants draw nothing). */
export function drawSteering(params: CompanyParams, rng: Rng): TaskSteering {
  return {
    prompt: params.task.promptTime.sample(rng),
    read: params.task.readTime.sample(rng),
    refocus: params.team.refocusTime.sample(rng),
  };
}

/**
 * Whether any task pass of this company can have a supervised turn: not when `supervisedTurns` is 0,
 * nor when every turn runs unattended (`autonomy` 1 with no `supervisedTurns`). Per run, not per
 * task, so it is the same for every task of the run.
 */
export function hasSupervisedTurns(task: CompanyParams["task"], draws: CompanyDraws): boolean {
  return task.supervisedTurns === undefined ? draws.autonomy < 1 : task.supervisedTurns > 0;
}

/**
 * The human times of a task that never has a supervised turn: never read. Drawing them anyway cost
 * three lognormal draws per task (about 5% of a seed-article run); the steering stream serves
 * nothing else, so skipping them moves no other draw.
 */
export const UNSTEERED: Readonly<TaskSteering> = Object.freeze({ prompt: Number.NaN, read: Number.NaN, refocus: Number.NaN });

/** The tasks of one release in flight: resolves `done` when the last one is accepted. */
export interface TaskPhase {
  /** Tasks not yet accepted. */
  remaining: number;
  /** Triggered when the last task is accepted. */
  readonly done: Event<unknown>;
  /** The task whose acceptance ended the phase (the critical path). */
  critical: TaskHistory | null;
}

/** One model call of a pass (all calls of a pass are alike). Tokens; times in hours. */
export interface ModelCall {
  input: number;
  output: number;
  prefill: number;
  firstToken: number;
  decode: number;
  tools: number;
  /** prefill + first token + decode + tools. */
  duration: number;
}

/** The shape of one call of `input` and `output` tokens with `tools` hours, on this run's offering. */
export function modelCall(draws: CompanyDraws, input: number, output: number, tools: number): ModelCall {
  // Infinity tokens/s (an "instant model" lever) gives 0 hours; 0 tokens give 0 too.
  const prefill = input === 0 ? 0 : input / draws.prefillTokensPerSecond / SECONDS_PER_HOUR;
  const decode = output === 0 ? 0 : output / draws.tokensPerSecond / SECONDS_PER_HOUR;
  const firstToken = draws.timeToFirstToken;
  return { input, output, prefill, firstToken, decode, tools, duration: prefill + firstToken + decode + tools };
}

/** Books `n` unwatched calls and a rate-limit wait to the history. */
function bookCalls(h: TaskHistory, call: ModelCall, n: number, wait: number): void {
  h.prefill += n * call.prefill;
  h.timeToFirstToken += n * call.firstToken;
  h.agentGeneration += n * call.decode;
  h.toolTime += n * call.tools;
  h.rateLimitWait += wait;
}

/** `hours` of human work started at `t`: when it ends on the calendar; books it and the off-hours. */
function humanWork(company: TaskContext, t: number, hours: number, h: TaskHistory | null, category: "steering" | "refocus"): number {
  const end = company.calendar.addWorkingHours(t, hours);
  if (h !== null) {
    // Named stores, not h[category]: a store keyed by a variable went megamorphic and cost ~4% of
    // a grounded run.
    if (category === "steering") h.steering += hours;
    else h.refocus += hours;
    h.offHours += end - t - hours;
  }
  return end;
}

/**
 * The process of task `taskNo` of release `release`, handed over now. Records tokens on the
 * company and its history on the phase.
 */
export function* runTask(company: TaskContext, phase: TaskPhase, release: number, taskNo: number, size: TaskSize, steering: TaskSteering): Generator<Event<unknown> | number, void, unknown> {
  const { env, params, draws, calendar, sessions, engineers, bucket, trace } = company;
  const task = params.task;
  const history = newTaskHistory(env.now);
  const turns = Math.max(1, Math.round(size.turns * draws.relativeTurns));
  let reworkRng: Rng | null = null;

  let share = 1;
  for (let pass = 1; ; pass++) {
    const h = pass === 1 ? history : null;
    // A rework pass redoes `share` of the work in proportionally fewer turns of the same size.
    const passTurns = pass === 1 ? turns : Math.max(1, Math.round(share * turns));
    const call = modelCall(draws, (share * size.inputTokens) / passTurns, (share * size.outputTokens) / passTurns, (share * size.toolHours) / passTurns);
    // A fixed number of prompts per pass (recorded sessions: one prompt, then the agent's own
    // stretch) or a share of the turns.
    const supervised = task.supervisedTurns === undefined ? Math.round((1 - draws.autonomy) * passTurns) : Math.min(passTurns, task.supervisedTurns);
    // Each pass starts a fresh context; past the window the agent compacts (context.ts).
    const window = params.agent.contextWindow;
    const compacts = compactions(passTurns, { base: task.baseContext, growthPerTurn: task.contextGrowth * call.output, summary: task.summaryTokens, window });
    // A compaction reads a full window and writes the summary.
    const compaction = compacts === 0 ? null : modelCall(draws, window, task.summaryTokens, 0);

    // The agent session, held for the whole pass.
    const askedAgent = env.now;
    const session = sessions === null ? null : sessions.request(pass === 1 ? NEW_WORK : REWORK);
    if (session !== null) yield session;
    if (h !== null) h.waitingForAgent = env.now - askedAgent;
    const opened = env.now;
    // The pass's tokens are billed when it starts.
    company.useCalls(passTurns, call);
    if (compaction !== null) company.useCalls(compacts, compaction);
    trace?.push({
      time: env.now,
      company: params.name,
      event: "taskStart",
      release,
      task: taskNo,
      detail: `${pass === 1 ? "" : "rework: "}${formatTokens(share * size.outputTokens)} output tokens, ${passTurns} turns (${supervised} supervised), ${formatHours(passTurns * call.duration)} of model calls and tools${compaction === null ? "" : `, ${compacts} compaction${compacts === 1 ? "" : "s"} (${formatHours(compacts * compaction.duration)})`}`,
    });
    // Supervised turns (inline, not a sub-generator: this is the hottest loop of a run).
    let engineer: Request | null = null;
    let t = env.now;
    for (let k = 0; k < supervised; k++) {
      if (engineer === null) {
        engineer = engineers.request(STEER);
        if (engineer.grantedAt !== env.now) yield engineer;
        if (h !== null) h.waitingForEngineer += env.now - t;
        t = env.now;
      }
      t = humanWork(company, t, steering.prompt, h, "steering");
      // The call books its tokens now (the bucket is asked in real-time order); they are there at
      // now + the bucket's wait, and the call starts at t, so it waits for what is left of that.
      const wait = bucket === null ? 0 : Math.max(0, env.now + bucket.take(call.input + call.output, env.now) - t);
      if (wait + call.duration <= draws.attentionSpan) {
        // Short enough to keep attention: the engineer sits through it.
        if (h !== null) {
          h.rateLimitWait += wait;
          h.waitingOnModel += call.duration;
        }
        t += wait + call.duration;
      } else {
        // Too long: the engineer leaves for other work when the prompt is sent (no event unless
        // someone waits for an engineer by then) and comes back when the call is done and an
        // engineer is free.
        engineers.releaseAt(engineer, t);
        if (h !== null) bookCalls(h, call, 1, wait);
        t += wait + call.duration;
        yield t - env.now;
        // The same request object asked again (nothing else holds it): no allocation per turn.
        engineer = engineers.rerequest(engineer);
        if (engineer.grantedAt !== env.now) yield engineer;
        if (h !== null) h.waitingForEngineer += env.now - t;
        t = humanWork(company, env.now, steering.refocus, h, "refocus");
      }
      t = humanWork(company, t, steering.read, h, "steering");
    }
    // Unattended turns, then the compactions: back to back on the session's clock, no engineer.
    // The stretch books all its tokens at once; its last call cannot start before they are there,
    // so it lasts max(stretch, wait + last call).
    const alone = passTurns - supervised;
    const compacting = compaction === null ? 0 : compacts * compaction.duration;
    let waits = 0;
    if (bucket !== null && (alone > 0 || compaction !== null)) {
      const tokens = alone * (call.input + call.output) + (compaction === null ? 0 : compacts * (compaction.input + compaction.output));
      const ready = env.now + bucket.take(tokens, env.now);
      const last = compaction === null ? call.duration : compaction.duration;
      waits = Math.max(0, ready + last - (t + alone * call.duration + compacting));
    }
    if (alone > 0 && h !== null) bookCalls(h, call, alone, waits);
    if (compaction !== null && h !== null) bookCalls(h, compaction, compacts, alone > 0 ? 0 : waits);
    // The engineer (if still here) stays to the last read; the agent runs on after it.
    if (engineer !== null) engineers.releaseAt(engineer, t);
    t += waits + alone * call.duration + compacting;
    if (t > env.now) yield t - env.now;
    company.closeSession(session, opened);

    // The review: drawn before waiting, so the draws do not depend on the queue.
    let reviewHours = size.firstReview;
    let accepted = size.firstVerdict < draws.firstPassAcceptance;
    if (pass > 1) {
      reworkRng ??= company.reworkStream(release, taskNo);
      reviewHours = share * task.reviewTime.sample(reworkRng);
      accepted = reworkRng() < draws.firstPassAcceptance;
    }
    const askedReviewer = env.now;
    const reviewer = engineers.request(pass === 1 ? NEW_WORK : REWORK);
    yield reviewer;
    const granted = env.now;
    const reviewEnd = calendar.addWorkingHours(granted, reviewHours);
    if (reviewEnd > granted) yield reviewEnd - granted;
    engineers.release(reviewer);
    if (h !== null) {
      h.waitingForReviewer = granted - askedReviewer;
      h.review = reviewHours;
      h.offHours += reviewEnd - granted - reviewHours;
    }
    // Every pass makes progress: the last allowed review accepts, so a task near-certain to be
    // rejected (firstPassAcceptance ≈ 0) with instant rework cannot spin at one instant forever.
    if (accepted || pass >= MAX_REVIEW_PASSES) break;
    if (pass === 1) history.firstRejection = env.now;
    trace?.push({ time: env.now, company: params.name, event: "taskRejected", release, task: taskNo, detail: `review ${pass} asked for rework` });
    share = draws.reworkShare;
  }
  history.acceptedAt = env.now;
  if (!Number.isNaN(history.firstRejection)) history.rework = history.acceptedAt - history.firstRejection;
  trace?.push({ time: env.now, company: params.name, event: "taskAccepted", release, task: taskNo, detail: `after ${formatHours(history.acceptedAt - history.handOff)}` });
  phase.remaining -= 1;
  if (phase.remaining === 0) {
    phase.critical = history;
    phase.done.succeed();
  }
}
