/** Compact, readable numbers for trace details. */

/** `42k`, `1.2M`: a token count. */
export function formatTokens(n: number): string {
  if (n >= 1e6) return `${Number((n / 1e6).toPrecision(3))}M`;
  if (n >= 1e3) return `${Math.round(n / 1e3)}k`;
  return `${Math.round(n)}`;
}

/** `45 min`, `3.2 h`, `2.5 d`: a duration given in hours. */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${Number(hours.toPrecision(3))} h`;
  return `${Number((hours / 24).toPrecision(3))} d`;
}

/** `$10M`, `$1.5M`, `$20k`, `$600`: an amount in USD. */
export function formatUsd(usd: number): string {
  const abs = Math.abs(usd);
  const [scale, suffix] = abs >= 1e9 ? [1e9, "B"] : abs >= 1e6 ? [1e6, "M"] : abs >= 1e3 ? [1e3, "k"] : [1, ""];
  const v = usd / scale;
  return `$${Number.isInteger(v) ? v : Number(v.toPrecision(3))}${suffix}`;
}

/** `0 bits`, `1.6 bits`: learning from feedback. */
export function formatBits(bits: number): string {
  return `${Number(bits.toPrecision(2))} bits`;
}
