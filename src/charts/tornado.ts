/** Chart 5: a tornado of the assumptions that move weeks to target most. */
import type { TopLevelSpec } from "vega-lite";
import type { Summary } from "../montecarlo/types.ts";
import { pointContext, type ChartOptions } from "./context.ts";
import { formatUsdShort, paramLabel } from "./labels.ts";
import { companyScale, deckFrame, deckScale } from "./theme.ts";

/** Rows a deck can show legibly at 18px labels. */
export const TORNADO_ROWS = 8;

/** `A review time per task`; an input of another company reads `B output tokens/s (for A)`. */
function rowLabel(company: string, input: string): string {
  const owner = /^companies\[([^\]]+)\]\./.exec(input)?.[1];
  return owner === undefined || owner === company ? paramLabel(input) : `${paramLabel(input)} (for ${company})`;
}

/**
 * Tornado at one sweep point: for each per-run input, a bar from the median weeks to target with
 * the input in its bottom decile to the median with it in its top decile, per company; a dot marks
 * the top-decile end (so the bar reads "raising this input moves weeks this way") and a tick the
 * Rows (company × input) are ranked by swing; the top {@link TORNADO_ROWS} are shown; inputs without
 * both decile medians are left out.
 * @returns the spec, or null when no input has both decile medians.
 * @throws RangeError for a bad `options.point`.
 */
export function tornadoSpec(summary: Summary, options: ChartOptions = {}): TopLevelSpec | null {
  const { point, companies, frame } = pointContext(summary, options);
  const s = deckScale(frame.size);
  const all = point.companies.flatMap((c) =>
    c.sensitivity.flatMap((s) =>
      s.lowDecileWeeks === null || s.highDecileWeeks === null
        ? []
        : [{ company: c.name, row: rowLabel(c.name, s.input), low: s.lowDecileWeeks, high: s.highDecileWeeks, swing: Math.abs(s.highDecileWeeks - s.lowDecileWeeks) }],
    ),
  );
  if (all.length === 0) return null;
  const values = [...all].sort((a, b) => b.swing - a.swing || a.row.localeCompare(b.row)).slice(0, TORNADO_ROWS);
  const y = { field: "row", type: "nominal", title: null, sort: values.map((r) => r.row) } as const;
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null } as const;
  frame.caption = [...frame.caption, "bar: median weeks with the input in its bottom vs top decile of runs; dot: top decile"];
  return {
    ...deckFrame(frame, `What moves weeks to ${formatUsdShort(summary.targetUsd)} ARR most`),
    data: { values },
    encoding: { y, color },
    layer: [
      {
        // Fixed thickness: with few inputs a band-wide bar would fill the slide.
        mark: { type: "bar", opacity: 0.75, size: 40 * s },
        encoding: { x: { field: "low", type: "quantitative", title: "median weeks to target", scale: { zero: false } }, x2: { field: "high" } },
      },
      { mark: { type: "point", size: 220 * s * s, filled: true, stroke: "white", strokeWidth: 2 * s, opacity: 1 }, encoding: { x: { field: "high", type: "quantitative" } } },
    ],
  };
}
