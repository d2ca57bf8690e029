/** The best of several options for one company (decision.ts): what summary.json's `decision` holds. */

/** One option of a decision. */
export interface DecisionOption {
  /** The sweep point's label. */
  label: string;
  /** Mean net value to the horizon (discounted) of the company with this option, USD. */
  meanNetValueUsd: number;
  /** 10th percentile over runs, USD. */
  low: number;
  /** 90th percentile over runs, USD. */
  high: number;
  /** Median over runs, USD. */
  p50: number;
  /** Share of runs where this option has the highest net value (ties split evenly). */
  shareBest: number;
  /** Mean over runs of the best option's net value minus this option's, USD. */
  expectedRegretUsd: number;
}

/** The recommendation of a decision. */
export interface DecisionChoice {
  /** The option with the highest mean net value (lowest expected regret). */
  label: string;
  /** The option with the next highest mean, or null with one option. */
  runnerUp: string | null;
  /** Paired mean net value of the choice minus the runner-up, USD (0 with one option). */
  marginUsd: number;
  /** Lower end of the margin's 95% interval (paired normal), USD. */
  marginLow: number;
  /** Upper end of that interval, USD. */
  marginHigh: number;
}

/** Which option is best for one company. */
export interface Decision {
  /** The company deciding. */
  company: string;
  /** One per sweep point, in sweep order. */
  options: DecisionOption[];
  /** The recommendation and its margin. */
  choose: DecisionChoice;
  /**
   * On a sweep over the company's speed: the label of the speed past which one more step adds less
   * net value than it costs (the paired mean falls), or null when more speed pays up to the
   * fastest point swept. Absent on other sweeps.
   */
  knee?: string | null;
}
