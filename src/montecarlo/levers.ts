/**
 * Levers: Amdahl's law by experiment. A lever makes one cost free — model calls, the human side of
 * steering, reviews, tools, the time to read users' feedback, the limit on
 * sessions, the rate limit — by overriding the compiled scenario's parameters.
 * The same replications are then re-simulated with the lever applied and paired with the runs as
 * they were (common random numbers), so "weeks saved" is measured, not read off a breakdown.
 *
 * Every override keeps the random numbers where they were: a value drawn from a distribution is
 * still drawn (and thrown away) so the draws after it in the same stream are unchanged, and every
 * other company, task and release sees exactly the world it saw before.
 *
 * A lever applies to every company at once: each company's weeks to v1 and to takeoff are then
 * exactly what the lever alone would give it (companies do not interact before they share the
 * market); weeks to target are those of a market where every rival got the lever too.
 *
 * Adding a lever is one entry in {@link LEVERS}.
 */
import type { CompanyParams, Offering, Quantity, Scenario } from "../scenario/index.ts";

/** One counterfactual: a name for tables and charts and what it changes in a company's parameters. */
export interface Lever {
  /** Id used on the command line and in summary.json, e.g. `instant-review`. */
  readonly id: string;
  /** What a reader sees: "instant reviews". */
  readonly label: string;
  /** The company's parameters with this cost made free. */
  readonly apply: (company: CompanyParams) => CompanyParams;
  /**
   * Whether `apply` changes anything for this company: false when the cost is already free
   * (e.g. steering when every turn runs unattended). A lever that changes nothing for any company
   * gives exactly the runs as they were, so they need not be simulated again.
   */
  readonly changes: (company: CompanyParams) => boolean;
}

/** True unless `q` is the constant `value` (a distribution always counts as a change). */
function differs(q: Quantity, value: number): boolean {
  return q.constant !== value;
}

/** Whether `test` holds for the company's offering or the one a response may switch to. */
function anyOffering(c: CompanyParams, test: (o: Offering) => boolean): boolean {
  return test(c.agent) || (c.response.offering !== undefined && test(c.response.offering));
}

/**
 * `q` with every draw replaced by `value`, still consuming the random numbers `q` would have
 * consumed (a constant consumes none, a distribution its usual draws).
 */
export function fixedQuantity(q: Quantity, value: number): Quantity {
  return {
    sample: (rng) => {
      q.sample(rng);
      return value;
    },
    // A distribution stays "drawn" (its stream is still read and its input still recorded), so
    // the run's layout of inputs is unchanged; a constant stays a constant.
    constant: q.constant === undefined ? undefined : value,
    text: `${value}`,
    mean: value,
  };
}

/** An offering with its model calls instant: no prefill, no first-token latency, no decode time. */
function instantOffering<T extends Offering>(o: T): T {
  return {
    ...o,
    tokensPerSecond: fixedQuantity(o.tokensPerSecond, Infinity),
    prefillTokensPerSecond: fixedQuantity(o.prefillTokensPerSecond, Infinity),
    timeToFirstToken: fixedQuantity(o.timeToFirstToken, 0),
  };
}

/** `change` applied to the company's offering and to the one it may switch to in a response. */
function onOfferings(c: CompanyParams, change: <T extends Offering>(o: T) => T): CompanyParams {
  const offering = c.response.offering;
  return { ...c, agent: change(c.agent), response: offering === undefined ? c.response : { ...c.response, offering: change(offering) } };
}

/** The levers today's parameters allow, in the order tables and charts list them. */
export const LEVERS: readonly Lever[] = [
  {
    id: "instant-model",
    label: "instant model calls",
    apply: (c) => onOfferings(c, instantOffering),
    changes: (c) => anyOffering(c, (o) => differs(o.tokensPerSecond, Infinity) || differs(o.prefillTokensPerSecond, Infinity) || differs(o.timeToFirstToken, 0)),
  },
  {
    // The human side of a supervised turn made free: every turn runs as if unattended, so no
    // engineer frames, waits through, refocuses on or reads a call (the calls themselves remain).
    id: "steering-free",
    label: "no human waiting (steering free)",
    apply: (c) => ({ ...c, task: { ...c.task, autonomy: fixedQuantity(c.task.autonomy, 1), supervisedTurns: undefined } }),
    changes: (c) => (c.task.supervisedTurns === undefined ? differs(c.task.autonomy, 1) : c.task.supervisedTurns > 0),
  },
  {
    id: "instant-review",
    label: "instant reviews",
    apply: (c) => ({ ...c, task: { ...c.task, reviewTime: fixedQuantity(c.task.reviewTime, 0) } }),
    changes: (c) => differs(c.task.reviewTime, 0),
  },
  {
    id: "instant-tools",
    label: "instant tools",
    apply: (c) => ({ ...c, task: { ...c.task, toolTime: fixedQuantity(c.task.toolTime, 0) } }),
    changes: (c) => differs(c.task.toolTime, 0),
  },
  {
    // The team reads its users' signal the moment it exists; the users still need `feedbackDelay`
    // with a release before they have anything to say, so the evidence is the same, only sooner.
    // There is no "no feedback delay" lever: the delay is the users' time with the release, which
    // is where the evidence comes from, not a wait. Making it zero read the signal before anyone
    // had used the release, taught less and made companies later (docs/answers.md).
    id: "no-feedback-latency",
    label: "no feedback latency",
    apply: (c) => ({ ...c, product: { ...c.product, feedbackLatency: fixedQuantity(c.product.feedbackLatency, 0) } }),
    changes: (c) => differs(c.product.feedbackLatency, 0),
  },
  {
    id: "unlimited-sessions",
    label: "unlimited agent sessions",
    apply: (c) => onOfferings({ ...c, agent: { ...c.agent, sessions: Infinity } }, (o) => ({ ...o, maxSessions: Infinity })),
    changes: (c) => c.agent.sessions !== Infinity || anyOffering(c, (o) => o.maxSessions !== Infinity),
  },
  {
    id: "no-rate-limit",
    label: "no rate limit",
    apply: (c) => onOfferings(c, (o) => ({ ...o, tokensPerMinute: Infinity })),
    changes: (c) => anyOffering(c, (o) => o.tokensPerMinute !== Infinity),
  },
];

/** Lever ids in their default order. */
export const LEVER_IDS: readonly string[] = LEVERS.map((l) => l.id);

/**
 * The most replications re-run per lever by default (the first ones of each point); a lever stops
 * sooner, in rounds of 100, once its effect is settled (lever-stops.ts). Six levers at 200 runs
 * cost about 0.7× a default 2,000-run scenario, so levers at most double a run's time (issue 20).
 */
export const DEFAULT_LEVER_RUNS = 200;

/** A `--levers` value that names no lever (a user mistake). */
export class LeverError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "LeverError";
  }
}

/** Levers that existed once, with why they are gone and what to use instead. */
const REMOVED: Record<string, string> = {
  "no-feedback-delay": "the feedback delay is the users' time with a release, where its evidence comes from, not a wait; use no-feedback-latency",
};

/** The lever with this id. @throws LeverError for an unknown or removed id */
export function leverById(id: string): Lever {
  const lever = LEVERS.find((l) => l.id === id);
  if (!lever && REMOVED[id]) throw new LeverError(`--levers: lever "${id}" was removed (${REMOVED[id]})`);
  if (!lever) throw new LeverError(`--levers: unknown lever "${id}" (expected a comma-separated list of ${LEVER_IDS.join(", ")}, or all, or none)`);
  return lever;
}

/**
 * Parses `--levers`: `all`, `none`, or a comma-separated list of ids (kept in the default order,
 * without repeats, so the same set always gives the same output).
 * @throws LeverError for an unknown id or an empty list
 */
export function parseLevers(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === "all") return [...LEVER_IDS];
  if (trimmed === "none") return [];
  const ids = trimmed.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
  if (ids.length === 0) throw new LeverError(`--levers: expected a comma-separated list of ${LEVER_IDS.join(", ")}, or all, or none`);
  for (const id of ids) leverById(id);
  return LEVER_IDS.filter((id) => ids.includes(id));
}

/** `scenario` with lever `id` applied to every company. Only the model reads the result: `resolved` is left as it was. */
export function applyLever(scenario: Scenario, id: string): Scenario {
  const lever = leverById(id);
  return { ...scenario, companies: scenario.companies.map((c) => lever.apply(c)) };
}

/** Whether lever `id` changes anything in `scenario` (for any company); when not, its runs are the runs as they were. */
export function leverChanges(scenario: Scenario, id: string): boolean {
  const lever = leverById(id);
  return scenario.companies.some((c) => lever.changes(c));
}

/**
 * Whether lever `id` changes anything for company `company` (its index) of `scenario`: false when
 * the scenario does not have that cost for it.
 */
export function leverChangesCompany(scenario: Scenario, id: string, company: number): boolean {
  const c = scenario.companies[company];
  return c !== undefined && leverById(id).changes(c);
}

/** The label of a lever id ("instant reviews"), or the id itself if unknown (an older output folder). */
export function leverLabel(id: string): string {
  return LEVERS.find((l) => l.id === id)?.label ?? id;
}
