/**
 * The market side of the scenario format: the one shared market, product–market fit as a bounded
 * search, growth after takeoff, rivals' responses and economics. Declared like every field (see
 * field.ts): meaning, unit, draw kind, default with its source (or "guess"), range. Defaults are the
 * figures of `scenarios/grounded.yaml`, which gives the source of each.
 */
import { fixed, group, oneOf, quantity, text } from "./field.ts";

/** The market all companies share. */
export const marketSchema = group("The one market all companies share.", {
  potentialCustomers: quantity("count", "perRun", {
    description: "Potential customers M of the Bass diffusion.",
    default: "200k to 1M",
    source: "Lovable's paying base: ~180k subscribers at $100M ARR (Jul 2025) to ~700k at $400M ARR (Feb 2026); a new entrant reaches a slice of it up to all",
    min: 0,
    max: 10e9,
    exclusiveMin: true,
  }),
  arpu: quantity("money", "perRun", {
    description: "Annual revenue per customer, USD.",
    default: "$550",
    source: "Lovable: $100M ARR over ~180k paying subscribers (Jul 2025)",
    min: 0,
    max: 10e6,
  }),
  monthlyChurn: quantity("probability", "perRun", {
    description: "Share of customers lost per month.",
    default: "0.02 to 0.06",
    source: "guess: SaaS benchmarks, 2–6%/month for SMB tools",
    min: 0,
    max: 1,
  }),
  earlyAdopterRate: quantity("rate", "perRun", {
    description:
      "Early adopters per week (a plain number is per week; 80/month works too) who start paying once a company's v1 is out and before it takes off, thinning as the market fills. They are customers of this market: they count against M, pay the ARPU and churn, and they are the users whose feedback the fit search learns from.",
    default: "5 to 30",
    source: "guess: a launch post and word of mouth bring a handful of paying users a week before a product fits",
    min: 0,
    max: 10_000,
  }),
});

/** Product–market fit as a bounded search. */
export const takeoffSchema = group(
  "Product–market fit as a bounded search: whether the idea can take off at all, and how much must be learned from users' feedback before a release does.",
  {
    idea: text({
      description:
        "Name of the idea the company pursues. Whether an idea has fit, and how hard it is to find (fitChance, learningNeeded, evidencePerLearning), is one draw per run shared by every company pursuing it, from the streams of the first of them, and so are its v1 scope (product.v1Tasks) and Bass p and q (from the same streams: the same distribution gives the same value); each company's search stays its own. Left out, every company pursues the market's one idea. Companies with the same idea must declare the same fit values.",
    }),
    fitChance: quantity("probability", "perRun", {
      description:
        "Probability that the idea can take off at all. A run without fit never takes off, whatever is shipped or learned, so P(ever takes off) ≤ fitChance.",
      default: { uniform: [0.2, 0.5] },
      source: "guess: startup post-mortems name 'no market need' as the most common cause of failure (CB Insights), so most ideas have none",
      min: 0,
      max: 1,
    }),
    learningNeeded: quantity("ratio", "perRun", {
      description:
        "Learning (in bits, see evidencePerLearning) a release must be planned on to take off, when the idea has fit. 0 lets v1 take off.",
      default: "1 to 6",
      source: "guess: a few rounds of real feedback (pivots are common before fit)",
      min: 0,
      max: 1000,
    }),
    evidencePerLearning: quantity("count", "perRun", {
      description:
        "Evidence (tasks shipped × users who saw them) behind the first bit of learning from one hypothesis: releases planned on the same knowledge pool their evidence, learning = log2(1 + evidence / evidencePerLearning), so each doubling of evidence adds one bit.",
      default: "2k to 10k",
      source: "guess: a 100-task release seen by ~50 users teaches about one bit",
      min: 0,
      max: 1e9,
      exclusiveMin: true,
    }),
  },
);

/** Growth after takeoff. */
export const growthSchema = group("Growth after takeoff: Bass diffusion with competition.", {
  p: quantity("rate", "perRun", {
    description: "Bass innovation coefficient p (a plain number is per week; write 0.03/year for a yearly figure).",
    default: "0.01 to 0.04/year",
    source: "Bass-model literature: mean p ≈ 0.03/year over 213 estimates (Sultan, Farley & Lehmann 1990), usually below 0.04 (Van den Bulte's compilation)",
    min: 0,
    max: 1,
  }),
  q: quantity("rate", "perRun", {
    description: "Bass imitation coefficient q (a plain number is per week; write 0.38/year for a yearly figure).",
    default: "0.3 to 1/year",
    source: "Bass-model literature: mean q ≈ 0.38/year (Sultan, Farley & Lehmann 1990), up to ~1/year for fast technology products (Van den Bulte's compilation: disk drives 0.99)",
    min: 0,
    max: 10,
  }),
  attractivenessCap: quantity("ratio", "perRun", {
    description: "Highest attractiveness later releases can bring (it starts at 1 at takeoff and saturates towards this).",
    default: 1.5,
    source: "guess: iteration after takeoff can make a product up to half again as attractive",
    min: 1,
    max: 100,
  }),
  attractivenessRate: quantity("ratio", "perRun", {
    description:
      "How fast releases after takeoff close the gap to the cap: after n releases attractiveness is cap − (cap − 1)·e^(−rate·n).",
    default: 0.1,
    source: "guess: about ten releases close two thirds of the gap",
    min: 0,
    max: 100,
  }),
});

/** How a company answers a rival's move. */
export const responseSchema = group(
  "How the company answers a rival: when a rival takes off (or ships), after a decision delay it switches inference offering, adds agent sessions or engineers, once. Lets \"B leads\" be tested against \"A buys speed late and catches up\".",
  {
    when: oneOf(["never", "rivalTakeoff", "rivalRelease"], {
      description: "What triggers the response: `never`; `rivalTakeoff`: the first time a rival takes off; `rivalRelease`: the first time a rival ships a release.",
      default: "never",
      source: "no response unless asked",
    }),
    decisionDelay: quantity("duration", "perRun", {
      description: "Time from the trigger until the change takes effect (deciding, budgeting, hiring or signing).",
      default: "2 weeks",
      source: "guess: a decision and a contract take weeks; a hire takes longer (raise it)",
      min: 0,
      max: 10 * 52 * 168,
    }),
    model: text({
      description:
        "Name of an offering in `models:` the agent switches to when the response takes effect (its speed, latency, prices, quality and session cap, for the work handed to the agents from then on; the agent's own overrides no longer apply). Left out: no switch.",
    }),
    addSessions: fixed("integer", {
      description: "Agent sessions added when the response takes effect.",
      default: 0,
      source: "no change unless asked",
      min: 0,
      max: 100_000,
    }),
    addEngineers: fixed("integer", {
      description: "Engineers added when the response takes effect (they cost costPerEngineerWeek each from then on).",
      default: 0,
      source: "no change unless asked",
      min: 0,
      max: 100_000,
    }),
  },
);

/** Money over time: what the value of a company's race is worth today. */
export const economicsSchema = group("Economics: discounting of revenue and spend to the horizon.", {
  discountRate: fixed("ratio", {
    description: "Annual discount rate for net value: money a year from now is worth 1/(1 + rate) of money now.",
    default: 0.25,
    source: "guess: a venture-backed startup's cost of capital (VC target returns of 25%/year and more)",
    min: 0,
    max: 10,
  }),
});
