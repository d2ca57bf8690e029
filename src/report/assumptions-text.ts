/**
 * What a scenario assumes, said before any of its results: its kind (grounded, story or
 * illustration) and each headline-driving default outside its public range, with how far outside.
 * summary.md, report.html and the terminal print these lines first.
 */
import type { Assumption, Summary } from "../montecarlo/types.ts";

/** What each kind claims, in a reader's words. */
const KIND_TEXT: Record<NonNullable<Summary["kind"]>, string> = {
  grounded: "grounded: its market, Bass coefficients and fit lie inside the public ranges of docs/validation.md",
  story: "a story: knobs calibrated to tell it, not taken from data",
  illustration: "an illustration: a what-if for one question, not a forecast",
};

/** A number as a reader would write it: `36.5`, `0.52`, `2.16M`, `0.9`. */
function amount(x: number): string {
  if (Math.abs(x) >= 1e6) return `${Number((x / 1e6).toPrecision(3))}M`;
  if (Math.abs(x) >= 1e4) return `${Number((x / 1e3).toPrecision(3))}k`;
  return String(Number(x.toPrecision(3)));
}

/**
 * "Bass imitation q of A, B: 0.7 (mean 36.5/year), 37× above the public range 0.1–1/year. Source: …"
 * Without the source when `withSource` is false (the terminal's short form).
 */
export function assumptionSentence(a: Assumption, withSource = true): string {
  const who = a.companies.length > 0 ? ` of ${a.companies.join(", ")}` : "";
  const side = a.mean > a.high ? "above" : "below";
  // A mean of 0 is below the range by no finite factor (written as null): say "none at all".
  const times = a.factor === null ? null : a.factor >= 10 ? Math.round(a.factor).toString() : a.factor.toFixed(1);
  const how = times === null ? `none at all, ${side}` : `${times}× ${side}`;
  const what = a.what.charAt(0).toUpperCase() + a.what.slice(1);
  return `${what}${who}: ${a.written} (mean ${amount(a.mean)}${a.unit}), ${how} the public range ${amount(a.low)}–${amount(a.high)}${a.unit}.${withSource ? ` Source: ${a.source}.` : ""}`;
}

/**
 * The lines to print first: the kind, then one per assumption outside its public range. Empty for
 * an older summary that holds neither.
 */
export function assumptionLines(summary: Summary, withSource = true): string[] {
  const kind = summary.kind ?? null;
  const assumptions = summary.assumptions ?? [];
  const lines: string[] = [];
  if (kind !== null) lines.push(`This scenario is ${KIND_TEXT[kind]}.`);
  else if (assumptions.length > 0) lines.push("This scenario does not say what it is (no kind: grounded, story or illustration).");
  if (assumptions.length > 0) {
    lines.push(`Assumptions outside public ranges, which drive the headline: ${assumptions.length}.`);
    lines.push(...assumptions.map((a) => assumptionSentence(a, withSource)));
  }
  return lines;
}
