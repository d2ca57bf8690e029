/**
 * Charts: pure builders from Monte Carlo results to Vega-Lite specs (data inline, deck theme),
 * and one renderer from spec to SVG and PNG.
 */
export { summaryCharts, slug, type NamedChart } from "./all-charts.ts";
export { reachedCurveSpec } from "./reached-curve.ts";
export { weeksDistributionSpec } from "./weeks-distribution.ts";
export { arrFanSpec } from "./arr-fan.ts";
export { sweepWeeksSpec, sweepFirstSpec } from "./sweep.ts";
export { sweepHeatmapSpec } from "./sweep-heatmap.ts";
export { sweepShape, labelAxes, type SweepShape } from "./sweep-shape.ts";
export { tornadoSpec } from "./tornado.ts";
export { breakdownSpec, CATEGORY_LABELS } from "./breakdown.ts";
export { speedPremiumSpec, speedPremiumRows, speedPremiumTitle, type PremiumRow } from "./speed-premium.ts";
export { pairedDifferenceSpec } from "./paired-difference.ts";
export { breakEvenSpec, breakEvenTitle } from "./break-even.ts";
export { leversSpec, leverMetric, leversTitle } from "./levers.ts";
export { sweepReachedSpec, sweepArrSpec, overlayCompany } from "./sweep-overlay.ts";
export { timelineSpec, timelineData, type TimelineOptions } from "./timeline.ts";
export { compileChart, renderSvg, renderPng, renderPngAsync, renderChart, renderCharts, type CompiledChart, type RenderedChart } from "./render.ts";
export { DEFAULT_SIZE, COMPANY_PALETTE, companyColor, deckScale, parseSize, type DeckSize } from "./theme.ts";
export { formatUsdShort, paramLabel, pointLabel, runCaption, formatWeeks, formatWeeksSigned, formatShare, formatUsdSigned } from "./labels.ts";
export { ChartOptionError, unknownCompanyMessage } from "./errors.ts";
export type { ChartOptions } from "./context.ts";
export { chartText, comparisonSentence, metricPhrase, type ChartText } from "./titles.ts";
export { replaySavedSpec, replayTitle, type ReplayBar, type ReplayChartContext } from "./replay-saved.ts";
