/**
 * One task (an agent-sized change): what it is made of and what it is handed. Its sizes and first
 * review are drawn when the release is planned, in task order, from the release's stream; its
 * human times from the release's steering stream; rework reviews from the task's own stream,
 * created only if it is rejected (creating a stream costs about as much as the whole task's engine
 * events). No draw depends on timing, so every sweep point sees the same tasks (common random
 * numbers). A task's tokens and tool time are split evenly over its turns. How a task runs on the
 * clock (turns, engineers, review): task-run.ts.
 */
import type { Environment, Event, Request, Resource } from "../engine/index.ts";
import type { Rng } from "../random/index.ts";
import type { CompanyParams } from "./params.ts";
import type { TaskHistory } from "./breakdown.ts";
import type { WorkCalendar } from "./calendar.ts";
import type { CompanyDraws } from "./draws.ts";
import type { TokenBucket } from "./rate-limit.ts";
import type { TraceEvent } from "./types.ts";

const SECONDS_PER_HOUR = 3600;

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
