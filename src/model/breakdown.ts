/**
 * The time breakdown ("where the weeks go"): the critical path from hour 0 to a release, cut into
 * the categories of `BREAKDOWN_CATEGORIES`. Every hour is attributed exactly once, so the parts
 * sum to the span.
 *
 * The path of one release is contiguous:
 *   [previous ship → planning starts]   waiting for feedback (wait policy; 0 when pipelining)
 *   [planning starts → planning ends]   waiting for an engineer + planning + off-hours
 *   [hand-off → last acceptance]        the history of the task whose acceptance ended the phase
 *   [last acceptance → shipped]         waiting for an engineer + release work + off-hours
 *
 * A task's first pass is cut finely: its model calls into prefill, time to first token, generation
 * and tools when no one watched them, or "waiting on a model" when an engineer sat through them
 * (calls under the attention span); its human turns into steering (prompt and read), refocus and
 * waits for an engineer; rate-limit waits apart. Everything after its first rejection is rework.
 */
import { BREAKDOWN_CATEGORIES, type Breakdown } from "./types.ts";

/** A breakdown with every category at zero hours. */
export function emptyBreakdown(): Breakdown {
  const b = {} as Breakdown;
  for (const c of BREAKDOWN_CATEGORIES) b[c] = 0;
  return b;
}

/** Sum of all categories, hours. */
export function breakdownTotal(b: Breakdown): number {
  let total = 0;
  for (const c of BREAKDOWN_CATEGORIES) total += b[c];
  return total;
}

/**
 * One task's path from hand-off to acceptance, hours per category. Filled in by the task process.
 * Rework holds the whole loop after the first rejection (agent again, queue, review again).
 */
export interface TaskHistory {
  /** When the human handed the task to an agent, hours. */
  handOff: number;
  /** Waiting for an agent session. */
  waitingForAgent: number;
  prefill: number;
  timeToFirstToken: number;
  agentGeneration: number;
  toolTime: number;
  /** Waiting for the tokens-per-minute budget. */
  rateLimitWait: number;
  /** Model calls an engineer sat through (shorter than the attention span). */
  waitingOnModel: number;
  /** Working hours framing prompts and reading results. */
  steering: number;
  /** Working hours getting back into the task after a long call. */
  refocus: number;
  /** Waiting for an engineer to steer the next turn. */
  waitingForEngineer: number;
  waitingForReviewer: number;
  offHours: number;
  review: number;
  rework: number;
  /** When the first review rejected it (NaN if it never was), hours. */
  firstRejection: number;
  /** When it was accepted (NaN while in flight), hours. */
  acceptedAt: number;
}

/**
 * A task history, built by a constructor rather than an object literal: V8 copies a literal from a
 * saved template whose field layout (small integer 0) goes stale once a field holds a fraction
 * (a rate-limit wait, a watched call: in some scenarios only), and then migrates fresh histories to
 * the new layout at their first write (`--trace-migration`: ~150 per grounded run). In the model
 * bench, which runs every scenario in one process, that made seed-article 1.35× slower and grounded
 * 1.05×; a constructor follows the current layout.
 */
class History implements TaskHistory {
  waitingForAgent = 0;
  prefill = 0;
  timeToFirstToken = 0;
  agentGeneration = 0;
  toolTime = 0;
  rateLimitWait = 0;
  waitingOnModel = 0;
  steering = 0;
  refocus = 0;
  waitingForEngineer = 0;
  waitingForReviewer = 0;
  offHours = 0;
  review = 0;
  rework = 0;
  firstRejection = Number.NaN;
  acceptedAt = Number.NaN;
  constructor(public handOff: number) {}
}

/** A fresh task history starting at `handOff`. */
export function newTaskHistory(handOff: number): TaskHistory {
  return new History(handOff);
}

/** One release's contribution to the critical path, hours. */
export interface ReleaseHistory {
  /** Release number, 1 = v1. */
  release: number;
  /** Hours between the previous release shipping and this one's planning (waiting for feedback). */
  waitingForFeedback: number;
  /** Hours planning waited for an engineer. */
  planningWait: number;
  /** Working hours of planning. */
  planning: number;
  /** Non-working hours inside the planning phase (a plan started at night waits for morning). */
  planningOffHours: number;
  /** The task whose acceptance ended the task phase. */
  criticalTask: TaskHistory | null;
  /** Hours release work waited for an engineer. */
  releaseWait: number;
  /** Working hours of integration and deploy. */
  releaseWork: number;
  /** Non-working hours inside the release work. */
  releaseOffHours: number;
}

/** Adds one release's path to `into`. */
export function addRelease(into: Breakdown, r: ReleaseHistory): void {
  into.waitingForFeedback += r.waitingForFeedback;
  into.waitingForEngineer += r.planningWait + r.releaseWait;
  into.planning += r.planning;
  into.offHours += r.planningOffHours + r.releaseOffHours;
  const t = r.criticalTask;
  if (t) {
    into.waitingForAgent += t.waitingForAgent;
    into.prefill += t.prefill;
    into.timeToFirstToken += t.timeToFirstToken;
    into.agentGeneration += t.agentGeneration;
    into.toolTime += t.toolTime;
    into.rateLimitWait += t.rateLimitWait;
    into.waitingOnModel += t.waitingOnModel;
    into.steering += t.steering;
    into.refocus += t.refocus;
    into.waitingForEngineer += t.waitingForEngineer;
    into.waitingForReviewer += t.waitingForReviewer;
    into.offHours += t.offHours;
    into.review += t.review;
    into.rework += t.rework;
  }
  into.releaseWork += r.releaseWork;
}

/** The breakdown of the path from hour 0 to the shipping of `releases[count - 1]`. */
export function breakdownThrough(releases: readonly ReleaseHistory[], count: number): Breakdown {
  const b = emptyBreakdown();
  for (let i = 0; i < count; i++) addRelease(b, releases[i]);
  return b;
}
