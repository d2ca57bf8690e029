/**
 * `velocity replay --chart`: hours saved per recorded session when its model calls are re-timed
 * on another offering (tools and person time as recorded). One bar per session, the total in the
 * title; a bar left of zero is a session the new offering would have made longer.
 */
import type { TopLevelSpec } from "vega-lite";
import { companyColor, deckFrame, deckScale, DEFAULT_SIZE, type DeckSize } from "./theme.ts";

/** One bar: a session's name (a file name) and its hours. */
export interface ReplayBar {
  session: string;
  recordedHours: number;
  savedHours: number;
}

/** What the chart is labelled with. */
export interface ReplayChartContext {
  /** The offering replayed on, e.g. `opus-4.6-fast (170 tok/s)`. */
  offering: string;
  /** The total's saved and recorded hours. */
  savedHours: number;
  recordedHours: number;
  version?: string;
  size?: DeckSize;
}

/** `1.2 h`, `45 min`, `20 s` for a chart label. */
function hoursText(hours: number): string {
  const a = Math.abs(hours);
  const sign = hours < 0 ? "-" : "";
  if (a >= 1) return `${sign}${a.toFixed(1)} h`;
  if (a * 60 >= 1) return `${sign}${Math.round(a * 60)} min`;
  return `${sign}${Math.round(a * 3600)} s`;
}

/** The finding, for the title: hours saved in total and their share of the recorded hours. */
export function replayTitle(context: ReplayChartContext): string {
  const share = context.recordedHours > 0 ? Math.round((100 * context.savedHours) / context.recordedHours) : 0;
  if (context.savedHours <= 0) return `On ${context.offering} these sessions would not have been shorter`;
  return `On ${context.offering} these sessions would have taken ${hoursText(context.savedHours)} less (${share}% of ${hoursText(context.recordedHours)})`;
}

/** The spec, or null for no session. */
export function replaySavedSpec(bars: readonly ReplayBar[], context: ReplayChartContext): TopLevelSpec | null {
  if (bars.length === 0) return null;
  const size = context.size ?? DEFAULT_SIZE;
  const s = deckScale(size);
  const version = context.version === undefined ? "" : ` · velocity-sim ${context.version}`;
  const frame = {
    size,
    caption: [`${bars.length} recorded session${bars.length === 1 ? "" : "s"} re-timed: model calls on ${context.offering}, tools and person time as recorded${version}`, "an upper bound where a person was away during a call; a faster agent may change what the person does, which no log shows"],
  };
  // Minutes when no bar reaches an hour, so the axis does not read 0.020 h.
  const inMinutes = Math.max(...bars.map((b) => Math.abs(b.savedHours))) < 1;
  const unit = inMinutes ? 60 : 1;
  const values = bars.map((b) => ({ session: b.session, saved: b.savedHours * unit, text: `${hoursText(b.savedHours)} of ${hoursText(b.recordedHours)}` }));
  const lo = Math.min(0, ...values.map((v) => v.saved));
  const hi = Math.max(0, ...values.map((v) => v.saved));
  const pad = 0.35 * (hi - lo || 1);
  const x = { field: "saved", type: "quantitative" as const, title: inMinutes ? "minutes saved (wall clock)" : "hours saved (wall clock)", scale: { domain: [lo < 0 ? lo - pad : 0, hi + pad], nice: false } };
  const y = { field: "session", type: "nominal" as const, title: null, sort: bars.map((b) => b.session) };
  return {
    ...deckFrame(frame, replayTitle(context)),
    data: { values },
    encoding: { y },
    layer: [
      { mark: { type: "bar", size: 26 * s, opacity: 0.85, color: companyColor(1) }, encoding: { x, x2: { datum: 0 } } },
      { transform: [{ filter: "datum.saved >= 0" }], mark: { type: "text", align: "left", dx: 8 * s }, encoding: { x: { field: "saved", type: "quantitative" }, text: { field: "text" } } },
      { transform: [{ filter: "datum.saved < 0" }], mark: { type: "text", align: "right", dx: -8 * s }, encoding: { x: { field: "saved", type: "quantitative" }, text: { field: "text" } } },
    ],
  };
}
