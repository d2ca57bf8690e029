/**
 * One task (an agent-sized change), as an engine process:
 *
 *   hand-off → wait for an agent session → first tokens, generation, tools → release the session
 *   → wait for a reviewer → review in working hours → accepted, or rework: back to an agent with
 *   `reworkShare` of the work, then review again (rework goes ahead of new tasks in both queues).
 *
 * Its sizes and first review are drawn when the release is planned, in task order, from the
 * release's stream; rework reviews come from the task's own stream, created only if it is rejected
 * (creating a stream costs about as much as the whole task's engine events). No draw depends on
 * timing, so every sweep point sees the same tasks (common random numbers).
 */
import type { Event } from "../engine/index.ts";
import type { Rng } from "../random/index.ts";
import { newTaskHistory, type TaskHistory } from "./breakdown.ts";
import type { CompanySim } from "./company.ts";
import { formatHours, formatTokens } from "./format.ts";

const SECONDS_PER_HOUR = 3600;
/** Rework jumps the queues for agents and reviewers: a team finishes what is in review before
 * starting new work (lower number = served first). Shared objects: no allocation per request. */
const REWORK = { priority: -1 } as const;
const NEW_WORK = { priority: 0 } as const;

/** One task's size and first review, drawn when its release is planned. */
export interface TaskSize {
  outputTokens: number;
  inputTokens: number;
  /** Model calls (whole, ≥ 1). */
  steps: number;
  toolHours: number;
  /** Hours of the first review. */
  firstReview: number;
  /** Uniform draw compared with the acceptance probability at the first review. */
  firstVerdict: number;
}

/** Draws one task's size and first review from `rng`, always in the same order. */
export function drawTaskSize(task: CompanySim["params"]["task"], rng: Rng): TaskSize {
  return {
    outputTokens: task.outputTokens.sample(rng),
    inputTokens: task.inputTokens.sample(rng),
    steps: Math.max(1, Math.round(task.steps.sample(rng))),
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

/** The tasks of one release in flight: resolves `done` when the last one is accepted. */
export interface TaskPhase {
  /** Tasks not yet accepted. */
  remaining: number;
  /** Triggered when the last task is accepted. */
  readonly done: Event<unknown>;
  /** The task whose acceptance ended the phase (the critical path). */
  critical: TaskHistory | null;
}

/**
 * The process of task `taskNo` of release `release`, handed over now. `rng` is the task's own
 * stream. Records tokens on the company and its history on the phase.
 */
export function* runTask(company: CompanySim, phase: TaskPhase, release: number, taskNo: number, size: TaskSize): Generator<Event<unknown>, void, unknown> {
  const { env, params, draws, calendar, agents, reviewers, trace } = company;
  const task = params.task;
  const history = newTaskHistory(env.now);
  const { outputTokens, inputTokens, steps, toolHours } = size;
  let reworkRng: Rng | null = null;

  let share = 1;
  for (let pass = 1; ; pass++) {
    // The agent.
    const askedAgent = env.now;
    const session = agents.request(pass === 1 ? NEW_WORK : REWORK);
    yield session;
    const generation = (share * outputTokens) / draws.tokensPerSecond / SECONDS_PER_HOUR;
    const firstTokens = share * steps * draws.timeToFirstToken;
    const tools = share * toolHours;
    company.useTokens(share * inputTokens, share * outputTokens);
    trace?.push({
      time: env.now,
      company: params.name,
      event: "taskStart",
      release,
      task: taskNo,
      detail: `${pass === 1 ? "" : "rework: "}${formatTokens(share * outputTokens)} output tokens, ${formatHours(generation + firstTokens + tools)} agent time`,
    });
    if (pass === 1) {
      history.waitingForAgent = env.now - askedAgent;
      history.agentGeneration = generation;
      history.timeToFirstToken = firstTokens;
      history.toolTime = tools;
    }
    yield env.timeout(generation + firstTokens + tools);
    agents.release(session);

    // The review: drawn before waiting, so the draws do not depend on the queue.
    let reviewHours = size.firstReview;
    let accepted = size.firstVerdict < draws.firstPassAcceptance;
    if (pass > 1) {
      reworkRng ??= company.reworkStream(release, taskNo);
      reviewHours = share * task.reviewTime.sample(reworkRng);
      accepted = reworkRng() < draws.firstPassAcceptance;
    }
    const askedReviewer = env.now;
    const reviewer = reviewers.request(pass === 1 ? NEW_WORK : REWORK);
    yield reviewer;
    const granted = env.now;
    const reviewEnd = calendar.addWorkingHours(granted, reviewHours);
    yield env.timeout(reviewEnd - granted);
    reviewers.release(reviewer);
    if (pass === 1) {
      history.waitingForReviewer = granted - askedReviewer;
      history.review = reviewHours;
      history.offHours = reviewEnd - granted - reviewHours;
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

