/**
 * The public ranges a scenario's headline-driving assumptions are read against, and the check
 * that lists every assumption outside them. docs/validation.md prints the same table (a test keeps
 * the two equal); a `kind: grounded` scenario must have none outside (test/scenario/public-ranges.test.ts).
 *
 * A value is read by its mean (a constant is its own mean): a distribution may reach past a bound,
 * its centre may not.
 */
import { WEEKS_PER_YEAR } from "../format/index.ts";
import type { CompanyParams, Quantity, Scenario } from "./types.ts";

/** One public range for one field, in model units (per week for rates, USD a year for ARPU). */
export interface PublicRange {
  /** The field's path inside a company (`growth.q`) or the scenario (`market.arpu`). */
  readonly field: string;
  /** What it is, for readers. */
  readonly what: string;
  readonly low: number;
  readonly high: number;
  /** How the range is shown: model units × `scale`, then `unit` (Bass rates per year). */
  readonly scale: number;
  readonly unit: string;
  /** Where the range comes from. */
  readonly source: string;
}

/** The ranges, in the order reports list them. */
export const PUBLIC_RANGES: readonly PublicRange[] = [
  {
    field: "growth.q",
    what: "Bass imitation q",
    low: 0.1 / WEEKS_PER_YEAR,
    high: 1 / WEEKS_PER_YEAR,
    scale: WEEKS_PER_YEAR,
    unit: "/year",
    source: "Sultan, Farley & Lehmann (1990): mean 0.38/year over 213 estimates; ~1/year for the fastest technology products (Van den Bulte)",
  },
  {
    field: "growth.p",
    what: "Bass innovation p",
    low: 0.001 / WEEKS_PER_YEAR,
    high: 0.05 / WEEKS_PER_YEAR,
    scale: WEEKS_PER_YEAR,
    unit: "/year",
    source: "Sultan, Farley & Lehmann (1990): mean 0.03/year, usually below 0.04",
  },
  {
    field: "takeoff.fitChance",
    what: "fit chance",
    low: 0.05,
    high: 0.5,
    scale: 1,
    unit: "",
    source: "startup post-mortems: 'no market need' is the most cited cause of failure (CB Insights), so most ideas have no fit",
  },
  {
    field: "task.outputTokens",
    what: "output tokens per task",
    low: 30_000,
    high: 300_000,
    scale: 1,
    unit: " tokens",
    source: "a large agent-trace study: ~7k output tokens per request × 5–40 requests per task (see grounded.yaml)",
  },
  {
    field: "market.arpu",
    what: "revenue per customer",
    low: 120,
    high: 2400,
    scale: 1,
    unit: " USD/year",
    source: "AI app builders' and coding tools' list prices, $10–$200 a month per seat (Lovable: $100M ARR over ~180k payers ≈ $550/year)",
  },
];

/** One assumption outside its public range. */
export interface OutsideRange {
  /** The range it is read against (its `field`, `what`, bounds and source). */
  readonly range: PublicRange;
  /** Companies holding this value (empty for a market field). */
  readonly companies: readonly string[];
  /** The value as written in the file (`0.7`, `"1.2M to 3.5M"`). */
  readonly written: string;
  /** Its mean, in model units. */
  readonly mean: number;
  /**
   * How far outside: mean ÷ high above the range, low ÷ mean below it (always ≥ 1); null for a
   * mean of 0, which is below the range by no finite factor.
   */
  readonly factor: number | null;
}

/** The quantity at a company-relative `field` such as `growth.q`. */
function companyQuantity(c: CompanyParams, field: string): Quantity {
  const [group, key] = field.split(".");
  return (c as unknown as Record<string, Record<string, Quantity>>)[group][key];
}

/**
 * Every headline-driving assumption of `scenario` whose mean lies outside its public range, in the
 * order of PUBLIC_RANGES; companies sharing one written value are listed together.
 */
export function outsidePublicRanges(scenario: Scenario): OutsideRange[] {
  const out: OutsideRange[] = [];
  for (const range of PUBLIC_RANGES) {
    const held: { companies: string[]; q: Quantity }[] = [];
    if (range.field.startsWith("market.")) held.push({ companies: [], q: (scenario.market as unknown as Record<string, Quantity>)[range.field.slice(7)] });
    else {
      for (const c of scenario.companies) {
        const q = companyQuantity(c, range.field);
        const same = held.find((h) => h.q.text === q.text && h.q.mean === q.mean);
        if (same) same.companies.push(c.name);
        else held.push({ companies: [c.name], q });
      }
    }
    for (const { companies, q } of held) {
      if (q.mean >= range.low && q.mean <= range.high) continue;
      const factor = q.mean > range.high ? q.mean / range.high : q.mean > 0 ? range.low / q.mean : null;
      out.push({ range, companies, written: q.text, mean: q.mean, factor });
    }
  }
  return out;
}
