/**
 * Which price a company paid, in words, for every output that prints its money: the speed premium
 * says it at each point, and a guessed price is marked wherever the company's spend is shown.
 */
import { formatUsd } from "../format/index.ts";
import type { PricePaid } from "../montecarlo/types.ts";

/** `$150/M output (opus-4.6-fast list)`, `$25/M output (opus-4.6 list, held at 1000 tok/s: guess)`, … */
export function priceText(p: PricePaid): string {
  const usd = `${formatUsd(p.outputPerM)}/M output`;
  const of = p.model ?? "reference model";
  const speed = `${Number(p.tokensPerSecond.toPrecision(4))} tok/s`;
  const why =
    p.how === "list" ? `${of} list${p.guess ? ", guess: no public price" : ""}`
    : p.how === "default" ? "the reference model's list"
    : p.how === "written" ? "as written in the scenario"
    : p.how === "held" ? `${of} list held at ${speed}, not sold at that speed: guess`
    : `${of} list × (${speed} ÷ ${Number(p.offeringTokensPerSecond.toPrecision(4))})^${p.exponent} = ×${Number(p.multiplier.toPrecision(3))}${p.guess ? ", guess: no public price" : ""}`;
  return `${usd} (${why})`;
}

/**
 * The price in a table cell, short: `$150/M list`, `$14/M list, guess`, `$25/M held, guess`,
 * `$40/M curve ×1.6`, `$25/M as written`. The whole story ({@link priceText}) goes in a note under
 * the table: spelled out in the cell it made a 150-character column.
 */
export function priceShort(p: PricePaid): string {
  const usd = `${formatUsd(p.outputPerM)}/M`;
  const how =
    p.how === "list" || p.how === "default" ? "list"
    : p.how === "written" ? "as written"
    : p.how === "held" ? "held"
    : `curve ×${Number(p.multiplier.toPrecision(3))}`;
  return `${usd} ${how}${p.guess ? ", guess" : ""}`;
}

/** The note on a company's name where its money is printed: `price: guess`, or nothing. */
export function priceNote(p: PricePaid | null | undefined): string | undefined {
  return p?.guess === true ? "price: guess" : undefined;
}
