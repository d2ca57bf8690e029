/**
 * A company's bill as quantities, priced at the end. The run counts what each price applies to —
 * tokens at each of the offering's six token prices, hours at its session-hour price — plain,
 * discounted to hour 0, and as they stood when the target was reached; the dollars are
 * `Σ price × quantity` of those counts, by {@link spendOf}. Price never feeds back into the
 * timeline, so a change of prices is answered from the saved counts with the very arithmetic a
 * full run does (`velocity reprice`, byte for byte).
 */

/** The prices a bill is counted at, in this order: six per million tokens, then per session-hour. */
export const PRICE_SLOTS = [
  "pricePerMInput",
  "pricePerMCachedInput",
  "pricePerMOutput",
  "longContextPricePerMInput",
  "longContextPricePerMCachedInput",
  "longContextPricePerMOutput",
  "costPerSessionHour",
] as const;

/** One price of a bill. */
export type PriceSlot = (typeof PRICE_SLOTS)[number];

/** A value for every price slot, USD (per million tokens, or per session-hour). */
export type Prices = Readonly<Record<PriceSlot, number>>;

/** Index of the session-hour slot. */
export const SESSION_SLOT = PRICE_SLOTS.length - 1;
const SESSION = SESSION_SLOT;

/** The prices of an agent (or offering) with every price slot. */
export function pricesOf(agent: Prices): Prices {
  const prices = {} as Record<PriceSlot, number>;
  for (const slot of PRICE_SLOTS) prices[slot] = agent[slot];
  return prices;
}

/** What a bill holds: quantities per price slot (tokens, or session-hours for the last). */
export interface BillCounts {
  /** Quantities billed, plain. */
  readonly plain: readonly number[];
  /** Quantities billed, each discounted to hour 0. */
  readonly discounted: readonly number[];
  /** The plain quantities when the target was reached, or null if it was not. */
  readonly atTarget: readonly number[] | null;
}

/** The quantities one offering was billed for while the company used it. */
export class Bill implements BillCounts {
  readonly plain = PRICE_SLOTS.map(() => 0);
  readonly discounted = PRICE_SLOTS.map(() => 0);
  atTarget: number[] | null = null;

  /** @param prices the offering's prices while this bill runs. */
  constructor(readonly prices: Prices) {}

  /** Counts `amount` at `slot`'s price now; `discount` is e^(−δt) at this time. */
  add(slot: number, amount: number, discount: number): void {
    this.plain[slot] += amount;
    this.discounted[slot] += discount === 1 ? amount : amount * discount;
  }

  /** Keeps the quantities as they stand now, as the spend to the target. */
  reachTarget(): void {
    this.atTarget = this.plain.slice();
  }
}

/** The slot index of a price name. */
export function priceSlot(name: PriceSlot): number {
  return PRICE_SLOTS.indexOf(name);
}

/** What a bill's quantities cost at `prices`, USD: per token (the six token prices) and per session-hour. */
export function spendOf(prices: Prices, quantities: readonly number[]): { tokens: number; sessions: number } {
  let perMillion = 0;
  for (let k = 0; k < SESSION; k++) perMillion += prices[PRICE_SLOTS[k]] * quantities[k];
  return { tokens: perMillion / 1e6, sessions: prices.costPerSessionHour * quantities[SESSION] };
}

/** A company's token spend from its bills (one per offering it used, in order), USD. */
export interface Spend {
  /** Token and session spend to the horizon. */
  tokenSpend: number;
  /** The per-token part, each dollar discounted to hour 0. */
  tokenBillDiscounted: number;
  /** Token and session spend, each dollar discounted to hour 0. */
  tokenSpendDiscounted: number;
  /** Token and session spend until the target was reached, or null if it was not. */
  tokenSpendToTarget: number | null;
}

/**
 * Prices a company's bills. `targetReached` says whether the target was reached at all (a bill
 * opened after the target carries nothing to it).
 */
export function spendFromBills(bills: readonly { readonly prices: Prices; readonly counts: BillCounts }[], targetReached: boolean): Spend {
  let tokenSpend = 0;
  let tokenBillDiscounted = 0;
  let tokenSpendDiscounted = 0;
  let toTarget = 0;
  for (const { prices, counts } of bills) {
    const plain = spendOf(prices, counts.plain);
    const discounted = spendOf(prices, counts.discounted);
    tokenSpend += plain.tokens + plain.sessions;
    tokenBillDiscounted += discounted.tokens;
    tokenSpendDiscounted += discounted.tokens + discounted.sessions;
    if (counts.atTarget !== null) {
      const at = spendOf(prices, counts.atTarget);
      toTarget += at.tokens + at.sessions;
    }
  }
  return { tokenSpend, tokenBillDiscounted, tokenSpendDiscounted, tokenSpendToTarget: targetReached ? toTarget : null };
}

/** Net value to the horizon, USD: discounted revenue less discounted token and team spend. */
export function netValueOf(revenueDiscounted: number, tokenSpendDiscounted: number, teamSpendDiscounted: number): number {
  return revenueDiscounted - tokenSpendDiscounted - teamSpendDiscounted;
}
