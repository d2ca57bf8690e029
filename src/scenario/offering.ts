/**
 * An inference offering (one entry of the `models:` catalogue): speed, latency, prices, quality and
 * limits of one model as sold. Declared twice from one list: in the catalogue every field has a
 * default (Claude Opus 4.6 at standard speed, the reference model), and in a company's `agent`
 * every field is an optional override of the offering the agent names.
 *
 * Fields with no default (the long-context tier, the limits) mean "none": no long-context prices,
 * no tokens-per-minute budget, no cap on sessions.
 */
import type * as z from "zod";
import { fixed, oneOf, quantity, range } from "./field.ts";

const FROM_OFFERING = "the offering named by `model` (scenarios/models.yaml), else the reference model";

/** Names of the offering fields, in declaration order. */
export const OFFERING_FIELDS = [
  "tokensPerSecond",
  "prefillTokensPerSecond",
  "timeToFirstToken",
  "pricePerMInput",
  "pricePerMCachedInput",
  "pricePerMOutput",
  "longContextAbove",
  "longContextPricePerMInput",
  "longContextPricePerMCachedInput",
  "longContextPricePerMOutput",
  "firstPassAcceptance",
  "relativeTurns",
  "tokensPerMinute",
  "maxSessions",
  "contextWindow",
  "costPerSessionHour",
  "priceSource",
  "pricePerMOutputRange",
] as const;

/**
 * The offering's fields. `withDefaults` false gives the same fields with no defaults (a company's
 * overrides): a field left out there comes from the named offering.
 */
export function offeringFields(withDefaults: boolean): Record<(typeof OFFERING_FIELDS)[number], z.ZodType> {
  // In a company's agent, a left-out field comes from the offering: say so as its source.
  const d = <T>(value: T, source: string): { default?: T; source?: string } => (withDefaults ? { default: value, source } : { source: FROM_OFFERING });
  const over = (text: string): string => (withDefaults ? text : `${text} Overrides the offering named by \`model\`.`);
  return {
    tokensPerSecond: quantity("count", "perRun", {
      description: over("Output tokens per second of one session (decode speed)."),
      ...d(65, "Claude Opus 4.6 standard output speed, ~65–68 tok/s (public benchmarks)"),
      min: 0.1,
      max: 1e6,
    }),
    prefillTokensPerSecond: quantity("count", "perRun", {
      description: over("Input tokens read per second before a call starts generating (effective, with prompt caching): prefill = input tokens of the call ÷ this."),
      ...d(30_000, "guess: a ~100k-token, mostly cached agent context adds a few seconds before the first token"),
      min: 0,
      max: 1e8,
      exclusiveMin: true,
    }),
    timeToFirstToken: quantity("duration", "perRun", {
      description: over("Fixed latency of each model call before decoding, beyond prefill (a plain number is hours)."),
      ...d("1 s to 4 s", "guess: frontier-model TTFT under load"),
      min: 0,
      max: 1,
    }),
    pricePerMInput: fixed("money", { description: over("USD per million input tokens."), ...d("$5", "Claude Opus 4.6 list price"), min: 0, max: 10_000 }),
    pricePerMCachedInput: fixed("money", { description: over("USD per million cached input tokens."), ...d("$0.5", "Claude Opus 4.6 list price (cache reads at a tenth of input)"), min: 0, max: 10_000 }),
    pricePerMOutput: fixed("money", { description: over("USD per million output tokens."), ...d("$25", "Claude Opus 4.6 list price"), min: 0, max: 10_000 }),
    longContextAbove: fixed("count", {
      description: over("Context size (input tokens of one call) above which the whole call is billed at the long-context prices. Left out: no long-context tier."),
      min: 0,
      max: 1e9,
    }),
    longContextPricePerMInput: fixed("money", { description: over("USD per million input tokens of a call above `longContextAbove` (left out: the normal price)."), min: 0, max: 10_000 }),
    longContextPricePerMCachedInput: fixed("money", { description: over("USD per million cached input tokens of a call above `longContextAbove` (left out: the normal price)."), min: 0, max: 10_000 }),
    longContextPricePerMOutput: fixed("money", { description: over("USD per million output tokens of a call above `longContextAbove` (left out: the normal price)."), min: 0, max: 10_000 }),
    firstPassAcceptance: quantity("probability", "perRun", {
      description: over("Probability that a review accepts a task this model built, without rework (the model's quality; see docs/model.md for the mapping from benchmark scores)."),
      ...d({ beta: [7, 3] }, "guess: ~70% of agent PRs merged without rework, for the reference model"),
      min: 0,
      max: 1,
      exclusiveMin: true,
    }),
    relativeTurns: quantity("ratio", "perRun", {
      description: over("Agent turns this model needs for a task, relative to the reference model (1 = Claude Opus 4.6)."),
      ...d(1, "the reference model"),
      min: 0,
      exclusiveMin: true,
      max: 100,
    }),
    tokensPerMinute: fixed("count", {
      description: over("Rate limit: tokens (input + output) per minute for the whole company, a token bucket holding one minute's budget. Left out: no limit."),
      min: 0,
      max: 1e12,
      exclusiveMin: true,
    }),
    maxSessions: fixed("integer", {
      description: over("Most sessions the provider lets the company run at once (caps `sessions`). Left out: no cap."),
      min: 1,
      max: 100_000,
    }),
    contextWindow: fixed("integer", {
      description: over("Most tokens one call can read (the model's context window): when the context a task's next turn would read passes it, the agent first compacts (docs/model.md, the context window). Left out: no window, never compacts."),
      min: 1,
      max: 1e9,
    }),
    costPerSessionHour: fixed("money", {
      description: over("USD per hour a session is open (a seat, reserved capacity), on top of token prices."),
      ...d(0, "none for pay-per-token API access"),
      min: 0,
      max: 10_000,
    }),
    priceSource: oneOf(["list", "guess"], {
      description: over("Where the token prices come from: `list` (a published price) or `guess` (none is published). Outputs mark a guessed price wherever it is printed."),
      ...d("list", "the catalogue quotes list prices; an offering without one says guess"),
    }),
    pricePerMOutputRange: range("money", {
      description: over("Where the output price may really lie, as a `\"low to high\"` 90% interval (every token price moves with it, as on the break-even curve): never drawn, the verdict ranks it by its exact value of information (docs/answers.md). For a guessed price. Left out: the price is taken as known."),
      ...(withDefaults ? { source: "none: a published price is known" } : { source: FROM_OFFERING }),
      min: 0,
      exclusiveMin: true,
      max: 10_000,
    }),
  };
}
