/**
 * Readable numbers in scenario files: durations (`90 min`, `4 h`, `3 d`, `6 weeks`, `2 s`), money
 * (`$25`, `$6k`, `10M`, `$10M`), counts (`200k`, `10M`), shares (`0.8`, `80%`), rates (`0.38/year`,
 * `0.01/week`), converted to model units: hours, USD, plain numbers, rates per week. A plain YAML
 * number is already in model units.
 */
import { HOURS_PER_DAY, HOURS_PER_MONTH, HOURS_PER_WEEK, HOURS_PER_YEAR } from "../format/index.ts";

/** What a field measures; decides which spellings are accepted and how values convert. */
export type UnitKind = "duration" | "money" | "count" | "probability" | "ratio" | "rate" | "integer";

/** Hours per duration unit; every spelling the parser accepts. */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  s: 1 / 3600, sec: 1 / 3600, secs: 1 / 3600, second: 1 / 3600, seconds: 1 / 3600,
  min: 1 / 60, mins: 1 / 60, minute: 1 / 60, minutes: 1 / 60,
  h: 1, hr: 1, hrs: 1, hour: 1, hours: 1,
  d: 24, day: 24, days: 24,
  w: 168, wk: 168, wks: 168, week: 168, weeks: 168,
};

/**
 * Per-week factor of each rate unit: `x/year` is `x × RATE_UNITS.year` per week. A year is 365.25
 * days and a month a twelfth of it, the same constants revenue and churn use.
 */
export const RATE_UNITS: Readonly<Record<string, number>> = {
  day: HOURS_PER_WEEK / HOURS_PER_DAY,
  week: 1,
  month: HOURS_PER_WEEK / HOURS_PER_MONTH,
  year: HOURS_PER_WEEK / HOURS_PER_YEAR,
};

/** Multipliers of the `k`, `M`, `B` suffixes allowed on money and counts. */
export const MAGNITUDE_SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, B: 1e9 };

// A decimal with optional thousands separators and exponent: 5, 0.5, .5, 1,000, 1e6, -3.
const UNSIGNED = String.raw`(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?`;
const NUMBER = String.raw`[-+]?${UNSIGNED}`;
// A number whose value is zero (the only duration that needs no unit).
const ZERO = String.raw`[-+]?(?:(?:0{1,3}(?:,000)+|0+)(?:\.0+)?|\.0+)(?:[eE][-+]?\d+)?`;
const DURATION_UNIT = Object.keys(DURATION_UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|");

/** Regular expressions (anchored, JSON-Schema compatible) for one value of each kind written as text. */
export const SCALAR_PATTERNS: Readonly<Record<UnitKind, string>> = {
  duration: String.raw`${NUMBER}\s*(?:${DURATION_UNIT})|${ZERO}`,
  money: String.raw`[-+]?\$?${UNSIGNED}\s*[kKMB]?`,
  count: String.raw`${NUMBER}\s*[kKMB]?`,
  probability: String.raw`${NUMBER}\s*%?`,
  ratio: String.raw`${NUMBER}\s*%?`,
  rate: String.raw`${NUMBER}\s*[kKMB]?\s*(?:(?:/|per)\s*(?:${Object.keys(RATE_UNITS).join("|")}))?`,
  integer: String.raw`${NUMBER}\s*[kKMB]?`,
};

/** What a value of each kind looks like, for "expected …" messages. */
export const KIND_EXAMPLES: Readonly<Record<UnitKind, string>> = {
  duration: "a duration with its unit, such as 90 min, 4 h, 3 d or 6 weeks",
  money: "an amount such as 25, $25, $6k or $10M (USD)",
  count: "a number such as 40, 200k or 10M",
  probability: "a probability between 0 and 1 (or a percentage such as 80%)",
  ratio: "a number such as 0.4 or 1.5",
  rate: "a rate such as 0.38/year, 0.03 per month, 20/week or 2k/month (a plain number is per week)",
  integer: "a whole number",
};

/** Result of parsing one value: the number in model units, or why it could not be read. */
export type Parsed = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly detail: string };

const numberOnly = new RegExp(`^${NUMBER}$`);

function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === "" || t === "+" || t === "-" || t === "." || !numberOnly.test(t) || !/\d/.test(t)) return undefined;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Reads one value of `kind`: a YAML number (already model units) or text with a unit.
 * Never throws; an unreadable value gives `{ ok: false, detail }` (the text after "expected").
 */
export function parseScalar(kind: UnitKind, value: unknown): Parsed {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail(kind);
    if (kind === "duration" && value !== 0) return bareDuration(value);
    if (kind === "integer" && !Number.isInteger(value)) return { ok: false, detail: "a whole number" };
    return { ok: true, value };
  }
  if (typeof value !== "string") return fail(kind);
  const text = value.trim();
  const bare = parseNumber(text);
  if (kind === "duration" && bare !== undefined && bare !== 0) return bareDuration(bare);
  const n = parseText(kind, text);
  if (n === undefined || !Number.isFinite(n)) return fail(kind);
  if (kind === "integer" && !Number.isInteger(n)) return { ok: false, detail: "a whole number" };
  return { ok: true, value: n };
}

/**
 * A duration written without a unit: `horizon: 52` used to mean 52 hours, which nobody meant.
 * Only 0 needs no unit.
 */
function bareDuration(n: number): Parsed {
  return { ok: false, detail: `a duration with its unit such as ${n} weeks or ${n} h (a bare number is ambiguous; did you mean ${n} weeks?)` };
}

function fail(kind: UnitKind): Parsed {
  return { ok: false, detail: KIND_EXAMPLES[kind] };
}

function parseText(kind: UnitKind, text: string): number | undefined {
  switch (kind) {
    case "duration": {
      const m = /^(.*?)\s*([a-zA-Z]+)$/.exec(text);
      if (m === null) return parseNumber(text);
      // Units are lower case, as in the JSON Schema's pattern (so editors and the loader agree).
      const unit = Object.hasOwn(DURATION_UNITS, m[2]) ? DURATION_UNITS[m[2]] : undefined;
      const n = parseNumber(m[1]);
      return unit === undefined || n === undefined ? undefined : n * unit;
    }
    case "money": {
      const m = /^([-+]?)\$?(.*?)\s*([kKMB]?)$/.exec(text);
      if (m === null) return undefined;
      const n = parseNumber(m[2]);
      if (n === undefined || /^[-+]/.test(m[2])) return undefined;
      return (m[1] === "-" ? -1 : 1) * n * (m[3] === "" ? 1 : MAGNITUDE_SUFFIXES[m[3]]);
    }
    case "count":
    case "integer": {
      const m = /^(.*?)\s*([kKMB]?)$/.exec(text);
      if (m === null) return undefined;
      const n = parseNumber(m[1]);
      return n === undefined ? undefined : n * (m[2] === "" ? 1 : MAGNITUDE_SUFFIXES[m[2]]);
    }
    case "rate": {
      const m = /^(.*?)\s*([kKMB]?)\s*(?:(?:\/|per)\s*([a-z]+))?$/.exec(text);
      if (m === null) return undefined;
      const number = parseNumber(m[1]);
      const n = number === undefined ? undefined : number * (m[2] === "" ? 1 : MAGNITUDE_SUFFIXES[m[2]]);
      if (m[3] === undefined) return n;
      const unit = Object.hasOwn(RATE_UNITS, m[3]) ? RATE_UNITS[m[3]] : undefined;
      return unit === undefined || n === undefined ? undefined : n * unit;
    }
    case "probability":
    case "ratio": {
      if (text.endsWith("%")) {
        const n = parseNumber(text.slice(0, -1));
        return n === undefined ? undefined : n / 100;
      }
      return parseNumber(text);
    }
  }
}

/** A number in model units written back in the kind's readable form (`4 h`, `$6k`, `80%`), for messages. */
export function formatInUnit(kind: UnitKind, n: number): string {
  const short = (x: number): string => String(Number(x.toPrecision(6)));
  switch (kind) {
    case "duration":
      if (n !== 0 && Math.abs(n) < 1) return `${short(n * 60)} min`;
      if (Math.abs(n) >= 168 && Number.isInteger(n / 168)) return `${short(n / 168)} weeks`;
      return `${short(n)} h`;
    case "money":
      return `${n < 0 ? "-" : ""}$${magnitude(Math.abs(n))}`;
    case "count":
      return magnitude(n);
    case "integer":
      return String(n);
    case "rate":
      return `${short(n)}/week`;
    default:
      return short(n);
  }
}

function magnitude(n: number): string {
  const short = (x: number): string => String(Number(x.toPrecision(6)));
  if (Math.abs(n) >= 1e9) return `${short(n / 1e9)}B`;
  if (Math.abs(n) >= 1e6) return `${short(n / 1e6)}M`;
  if (Math.abs(n) >= 1e3) return `${short(n / 1e3)}k`;
  return short(n);
}
