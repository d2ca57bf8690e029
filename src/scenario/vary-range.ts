/**
 * Ranges in `--vary`: `65..3000 log 6` (six values, evenly spaced on a log scale), `65..3000 lin 4`
 * (four evenly spaced values) and `1..10 step 1` (every step from the low end up to the high end).
 * Both ends may carry the same unit or prefix (`$300..$1200 log 4`, `1 h..8 h step 1`); values keep
 * it, so each is checked as if written in the file.
 */
/** Most values one generated sweep axis may have (a range in --vary or `sweep:`). */
export const MAX_RANGE_STEPS = 1000;

const RANGE = /^\s*(\S.*?)\s*\.\.\s*(\S.*?)\s+(log|lin|linear|step)\s+(\S+)\s*$/;
const END = /^([-+]?\$?)((?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?)\s*([A-Za-z%]*)$/;

/**
 * A range's values to three significant figures (`139.88` → `140`, `1394.05` → `1390`), or to as
 * few more as keep them apart (`1000..1010 lin 3` → `1000, 1005, 1010`): the value run is the value
 * every label, table and chart prints, and a generated grid has no digits worth keeping past that.
 */
export function roundDistinct(xs: readonly number[]): number[] {
  for (let digits = 3; digits < 15; digits++) {
    const rounded = xs.map((x) => Number(x.toPrecision(digits)));
    if (new Set(rounded).size === new Set(xs).size) return rounded;
  }
  return [...xs];
}

/** The values of a range, or undefined when `text` is not range syntax; a string when it is one but broken (the reason). */
export function varyRange(text: string): (number | string)[] | string | undefined {
  const m = RANGE.exec(text);
  if (m === null) return /\.\./.test(text) ? "expected a range such as 65..3000 log 6, 65..3000 lin 4 or 1..10 step 1" : undefined;
  const [, lowText, highText, how, countText] = m;
  const low = END.exec(lowText);
  const high = END.exec(highText);
  if (low === null || high === null) return `expected both ends of the range to be numbers, got ${JSON.stringify(lowText)} and ${JSON.stringify(highText)}`;
  const [prefix, unit] = [low[1].replace(/^[-+]/, ""), low[3] || high[3]];
  if (high[1].replace(/^[-+]/, "") !== prefix || (low[3] !== "" && high[3] !== "" && low[3] !== high[3])) return "expected both ends of the range in the same unit";
  const sign = (s: string) => (s.startsWith("-") ? -1 : 1);
  const from = sign(low[1]) * Number(low[2]);
  const to = sign(high[1]) * Number(high[2]);
  if (!(from <= to)) return `expected the low end ≤ the high end, got ${lowText}..${highText}`;
  const count = Number(countText);
  let xs: number[];
  if (how === "step") {
    if (!(count > 0)) return `expected a step > 0, got ${JSON.stringify(countText)}`;
    const n = Math.floor((to - from) / count + 1e-9) + 1;
    if (n > MAX_RANGE_STEPS) return `expected at most ${MAX_RANGE_STEPS} values, got ${n}`;
    xs = Array.from({ length: n }, (_, i) => from + i * count);
  } else {
    if (!Number.isInteger(count) || count < 2 || count > MAX_RANGE_STEPS) return `expected a whole number of values from 2 to ${MAX_RANGE_STEPS}, got ${JSON.stringify(countText)}`;
    if (how === "log" && from <= 0) return `expected both ends > 0 for a log range, got ${lowText}..${highText}`;
    xs = Array.from({ length: count }, (_, i) => {
      const t = i / (count - 1);
      return how === "log" ? Math.exp(Math.log(from) + t * (Math.log(to) - Math.log(from))) : from + t * (to - from);
    });
  }
  const clean = roundDistinct(xs);
  if (prefix === "" && unit === "") return clean;
  return clean.map((x) => `${x < 0 ? "-" : ""}${prefix}${Math.abs(x)}${unit === "" ? "" : /^[kKMB%]$/.test(unit) ? unit : ` ${unit}`}`);
}
