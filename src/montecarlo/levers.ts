/**
 * Levers: Amdahl's law by experiment. A lever makes one cost free — model calls, reviews, tools,
 * the wait for feedback, the limit on sessions — by overriding the compiled scenario's parameters.
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
import type { CompanyParams, Quantity, Scenario } from "../scenario/index.ts";

/** One counterfactual: a name for tables and charts and what it changes in a company's parameters. */
export interface Lever {
  /** Id used on the command line and in summary.json, e.g. `instant-review`. */
  readonly id: string;
  /** What a reader sees: "instant reviews". */
  readonly label: string;
  /** The company's parameters with this cost made free. */
  readonly apply: (company: CompanyParams) => CompanyParams;
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

/** Sessions that never run out: more than any release has tasks. */
const UNLIMITED = Number.MAX_SAFE_INTEGER;

/** The levers today's parameters allow, in the order tables and charts list them. */
export const LEVERS: readonly Lever[] = [
  {
    id: "instant-model",
    label: "instant model calls",
    apply: (c) => ({ ...c, agent: { ...c.agent, tokensPerSecond: fixedQuantity(c.agent.tokensPerSecond, Infinity), timeToFirstToken: fixedQuantity(c.agent.timeToFirstToken, 0) } }),
  },
  {
    id: "instant-review",
    label: "instant reviews",
    apply: (c) => ({ ...c, task: { ...c.task, reviewTime: fixedQuantity(c.task.reviewTime, 0) } }),
  },
  {
    id: "instant-tools",
    label: "instant tools",
    apply: (c) => ({ ...c, task: { ...c.task, toolTime: fixedQuantity(c.task.toolTime, 0) } }),
  },
  {
    id: "no-feedback-delay",
    label: "no feedback delay",
    apply: (c) => ({ ...c, product: { ...c.product, feedbackDelay: fixedQuantity(c.product.feedbackDelay, 0) } }),
  },
  {
    id: "unlimited-sessions",
    label: "unlimited agent sessions",
    apply: (c) => ({ ...c, agent: { ...c.agent, sessions: UNLIMITED } }),
  },
];

/** Lever ids in their default order. */
export const LEVER_IDS: readonly string[] = LEVERS.map((l) => l.id);

/** Replications re-run per lever by default (the first ones of each point). */
export const DEFAULT_LEVER_RUNS = 500;

/** A `--levers` value that names no lever (a user mistake). */
export class LeverError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "LeverError";
  }
}

/** The lever with this id. @throws LeverError for an unknown id */
export function leverById(id: string): Lever {
  const lever = LEVERS.find((l) => l.id === id);
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

/** The label of a lever id ("instant reviews"), or the id itself if unknown (an older output folder). */
export function leverLabel(id: string): string {
  return LEVERS.find((l) => l.id === id)?.label ?? id;
}
