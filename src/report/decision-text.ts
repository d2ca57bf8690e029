/**
 * The best of several options in words and as a table, said first on a one-axis sweep: "On this
 * sweep B does best with opus-4.6: mean net value +$1.2M, +$300k more than sonnet-4.6 (95% CI
 * +$100k to +$500k); best in 60% of runs, expected regret $80k."
 */
import { formatRange, formatShare, formatUsd, formatUsdSigned } from "../format/index.ts";
import type { Decision, Summary } from "../montecarlo/types.ts";
import { cell, type Table } from "./table-model.ts";

/** The recommendation with its margin, and on a speed sweep the knee; null without a decision. */
export function decisionSentence(summary: Summary): string | null {
  const d = summary.decision;
  if (!d) return null;
  const chosen = d.options.find((o) => o.label === d.choose.label);
  if (!chosen) return null;
  const { marginUsd, marginLow, marginHigh, runnerUp } = d.choose;
  const margin = formatRange(formatUsdSigned(marginLow), formatUsdSigned(marginHigh));
  // A margin whose interval reaches zero is a close call: the order of the two is not known.
  const close = runnerUp !== null && marginLow <= 0;
  const head = close ? `On this sweep ${d.company} cannot tell ${chosen.label} from ${runnerUp} in mean net value` : `On this sweep ${d.company} does best with ${chosen.label}`;
  const versus = runnerUp === null ? "" : `, ${formatUsdSigned(marginUsd)} ${close ? "ahead of" : "more than"} ${runnerUp} (95% CI ${margin})`;
  const knee = d.knee === undefined ? "" : d.knee === null ? " More speed paid up to the fastest point swept." : ` Past ${d.knee}, more speed adds less than its price.`;
  return `${head}: mean net value ${formatUsdSigned(chosen.meanNetValueUsd)}${versus}; best in ${formatShare(chosen.shareBest)} of runs, expected regret ${formatUsd(chosen.expectedRegretUsd)}.${knee}`;
}

/** Every option of the decision (summary.md and the report); null without one. */
export function decisionTable(summary: Summary): Table | null {
  const d: Decision | null | undefined = summary.decision;
  if (!d) return null;
  return {
    title: `Which option is best for ${d.company}? ${d.choose.label}`,
    headings: ["option", "mean net value", "net value (p10–p90)", "median", "best in", "expected regret"],
    nameColumns: 1,
    rows: d.options.map((o) => [
      cell(o.label === d.choose.label ? `${o.label} (chosen)` : o.label),
      cell(formatUsdSigned(o.meanNetValueUsd)),
      cell(formatRange(formatUsdSigned(o.low), formatUsdSigned(o.high))),
      cell(formatUsdSigned(o.p50)),
      cell(formatShare(o.shareBest)),
      cell(formatUsd(o.expectedRegretUsd)),
    ]),
    footnote: `${d.company}'s net value to the ${summary.horizonWeeks.toFixed(0)}-week horizon (discounted) at each sweep point, run by run on the same random numbers. Best in: share of runs where the option has the highest net value (ties split evenly). Expected regret: mean over runs of the best option's net value minus this one's. Chosen: the highest mean (the lowest regret).`,
  };
}
