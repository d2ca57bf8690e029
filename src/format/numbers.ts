/**
 * Number formatting for every reader-facing text — terminal, Markdown, HTML, chart titles and
 * trace details — in one leaf module (it imports nothing), so a number reads the same everywhere.
 * `null` (a statistic not defined for the runs at hand) prints as an em dash.
 */

/** What an undefined statistic prints as. */
export const MISSING = "—";

/**
 * `$10M`, `$1.5M`, `$250k`, `$600`, `-$5k`: dollars, three significant digits; under a cent,
 * `<$0.01` (never `$1.64e-6`: a value of information can be that small and real).
 */
export function formatUsd(usd: number | null): string {
  if (usd === null) return MISSING;
  const abs = Math.abs(usd);
  if (abs > 0 && abs < 0.01) return usd < 0 ? "-<$0.01" : "<$0.01";
  const [div, suffix] = abs >= 1e9 ? [1e9, "B"] : abs >= 1e6 ? [1e6, "M"] : abs >= 1e3 ? [1e3, "k"] : [1, ""];
  const value = Number((abs / div).toPrecision(3));
  return `${usd < 0 && value !== 0 ? "-" : ""}$${value}${suffix}`;
}

/** `+$12k`, `-$3k`, `$0`: a gain or loss in dollars. */
export function formatUsdSigned(usd: number | null): string {
  if (usd === null) return MISSING;
  const text = formatUsd(usd);
  return usd > 0 && text !== "$0" ? `+${text}` : text;
}

/** Weeks with one decimal (`4.6`), or a dash when undefined. */
export function formatWeeks(weeks: number | null): string {
  return weeks === null ? MISSING : weeks.toFixed(1);
}

/** A signed difference in weeks: `+1.2`, `-4.6`, `0.0`; under a tenth, two decimals (`-0.03`) so a small real difference does not read as none. */
export function formatWeeksSigned(weeks: number | null): string {
  if (weeks === null) return MISSING;
  const text = weeks.toFixed(Math.abs(weeks) < 0.095 ? 2 : 1);
  if (Number(text) === 0) return "0.0";
  return weeks > 0 ? `+${text}` : text;
}

/** A share of runs as a whole percentage: `96%`. */
export function formatShare(share: number | null): string {
  return share === null ? MISSING : `${Math.round(share * 100)}%`;
}

/**
 * `low–high` of an interval (`low to high` when a bound carries a sign, so `-3.2 to -3.0` never
 * reads as a subtraction), or a dash when either end is undefined.
 */
export function formatRange(low: string | null, high: string | null): string {
  if (low === null || high === null || low === MISSING || high === MISSING) return MISSING;
  return /^[-+]/.test(low) || /^[-+]/.test(high) ? `${low} to ${high}` : `${low}–${high}`;
}

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

/** `0 bits`, `1.6 bits`: learning from feedback. */
export function formatBits(bits: number): string {
  return `${Number(bits.toPrecision(2))} bits`;
}
