/**
 * A company's response to its rivals: when a rival takes off (or ships), after a decision delay,
 * the company switches inference offering, adds agent sessions and engineers — once. "B leads" can
 * then be tested against "A buys speed late and catches up".
 */
import type { Environment } from "../engine/index.ts";
import type { CompanyParams, Offering } from "./params.ts";

/** What a rival did. */
export type RivalMove = "rivalTakeoff" | "rivalRelease";

/** The change a response makes. */
export interface ResponseChange {
  /** The offering to switch to, and its catalogue name (absent: no switch). */
  offering?: Offering;
  model?: string;
  addSessions: number;
  addEngineers: number;
}

/** Watches the rivals of one company and applies its response once, `decisionDelay` after the trigger. */
export class ResponsePolicy {
  private fired = false;

  /**
   * @param decisionDelay hours from the trigger to the change (this run's draw).
   * @param apply makes the change (adds capacity, logs it).
   */
  constructor(
    private readonly env: Environment,
    private readonly policy: CompanyParams["response"],
    private readonly decisionDelay: number,
    private readonly apply: (change: ResponseChange, move: RivalMove) => void,
  ) {}

  /** A rival made `move` now: the first matching move schedules the change. */
  notice(move: RivalMove): void {
    if (this.fired || this.policy.when !== move) return;
    this.fired = true;
    const { offering, model, addSessions, addEngineers } = this.policy;
    const change: ResponseChange = { addSessions, addEngineers, ...(offering !== undefined ? { offering, model } : {}) };
    this.env.schedule(this.decisionDelay, () => this.apply(change, move));
  }
}
