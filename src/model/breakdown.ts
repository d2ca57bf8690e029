/**
 * The time breakdown ("where the weeks go"): the critical path from hour 0 to a release, cut into
 * the categories of `BREAKDOWN_CATEGORIES`. Every hour is attributed exactly once, so the parts
 * sum to the span.
 *
 * The path of one release is contiguous:
 *   [previous ship → planning starts]   waiting for feedback (wait policy; 0 when pipelining)
 *   [planning starts → planning ends]   planning + off-hours (a human plans in working hours)
 *   [hand-off → last acceptance]        the history of the task whose acceptance ended the phase
 *   [last acceptance → shipped]         release work
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
  waitingForAgent: number;
  timeToFirstToken: number;
  agentGeneration: number;
  toolTime: number;
  waitingForReviewer: number;
  offHours: number;
  review: number;
  rework: number;
  /** When the first review rejected it (NaN if it never was), hours. */
  firstRejection: number;
  /** When it was accepted (NaN while in flight), hours. */
  acceptedAt: number;
}

/** A fresh task history starting at `handOff`. */
export function newTaskHistory(handOff: number): TaskHistory {
  return {
    handOff,
    waitingForAgent: 0,
    timeToFirstToken: 0,
    agentGeneration: 0,
    toolTime: 0,
    waitingForReviewer: 0,
    offHours: 0,
    review: 0,
    rework: 0,
    firstRejection: Number.NaN,
    acceptedAt: Number.NaN,
  };
}

/** One release's contribution to the critical path, hours. */
export interface ReleaseHistory {
  /** Release number, 1 = v1. */
  release: number;
  /** Hours between the previous release shipping and this one's planning (waiting for feedback). */
  waitingForFeedback: number;
  /** Working hours of planning. */
  planning: number;
  /** Non-working hours inside the planning phase (a plan started at night waits for morning). */
  planningOffHours: number;
  /** The task whose acceptance ended the task phase. */
  criticalTask: TaskHistory | null;
  /** Integration and deploy hours. */
  releaseWork: number;
}

/** Adds one release's path to `into`. */
export function addRelease(into: Breakdown, r: ReleaseHistory): void {
  into.waitingForFeedback += r.waitingForFeedback;
  into.planning += r.planning;
  into.offHours += r.planningOffHours;
  const t = r.criticalTask;
  if (t) {
    into.waitingForAgent += t.waitingForAgent;
    into.timeToFirstToken += t.timeToFirstToken;
    into.agentGeneration += t.agentGeneration;
    into.toolTime += t.toolTime;
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
