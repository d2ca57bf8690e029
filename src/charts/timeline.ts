/**
 * Chart 7: the timeline of one run — planning and release work, agent tasks, feedback windows,
 * releases, takeoff and milestones, one band of rows per company. The story in one picture.
 */
import type { TopLevelSpec } from "vega-lite";
import type { TraceEvent } from "../model/types.ts";
import { deckTextWidth } from "./deck-font.ts";
import { companyScale, deckFrame, deckScale, DEFAULT_SIZE, TYPE, type DeckSize } from "./theme.ts";
import { HOURS_PER_WEEK } from "../format/index.ts";

/** What a timeline needs besides the trace. */
export interface TimelineOptions {
  /** Companies in scenario order (fixes their colours); defaults to their order of appearance. */
  companies?: string[];
  /** Horizon in weeks: the x axis ends there and unfinished spans are drawn up to it. */
  horizonWeeks?: number;
  /** Subtitle lines, e.g. the scenario, run and seed. */
  caption?: string[];
  size?: DeckSize;
}

/** One bar of the timeline, weeks. */
export interface TimelineSpan {
  company: string;
  row: string;
  kind: "planning" | "release work" | "task" | "feedback";
  /** Fill opacity: tasks overlap (agents run in parallel) and feedback is idle time, so both are light. */
  opacity: number;
  start: number;
  end: number;
  detail: string;
}

/** One marked instant of the timeline, weeks. */
export interface TimelineMark {
  company: string;
  row: string;
  kind: "release" | "takeoff" | "milestone" | "response";
  /** Symbol area, px²: takeoff stands out. */
  size: number;
  week: number;
  label: string;
  detail: string;
}

/** The rows of one company, top to bottom. */
export function timelineRows(company: string): { work: string; tasks: string; feedback: string; market: string } {
  return { work: `${company} plan & release`, tasks: `${company} agent tasks`, feedback: `${company} feedback wait`, market: `${company} market` };
}

const SPAN_OPACITY: Record<TimelineSpan["kind"], number> = { planning: 1, "release work": 1, task: 0.3, feedback: 0.25 };

/**
 * Pairs the trace's start and end events into spans and picks out the instants. A span whose end
 * is not in the trace (cut off by the horizon) ends at `endHours`.
 */
export function timelineData(trace: readonly TraceEvent[], endHours: number): { spans: TimelineSpan[]; marks: TimelineMark[] } {
  const spans: TimelineSpan[] = [];
  const marks: TimelineMark[] = [];
  const open = new Map<string, { start: number; kind: TimelineSpan["kind"]; company: string; row: string; detail: string }>();
  const begin = (key: string, kind: TimelineSpan["kind"], e: TraceEvent, row: string, detail: string) => {
    if (!open.has(key)) open.set(key, { start: e.time, kind, company: e.company, row, detail });
  };
  const finish = (key: string, time: number) => {
    const s = open.get(key);
    if (s === undefined) return;
    open.delete(key);
    spans.push({ company: s.company, row: s.row, kind: s.kind, opacity: SPAN_OPACITY[s.kind], start: s.start / HOURS_PER_WEEK, end: time / HOURS_PER_WEEK, detail: s.detail });
  };
  for (const e of trace) {
    const rows = timelineRows(e.company);
    const rel = `${e.company}\u0000${e.release}`;
    switch (e.event) {
      case "planStart":
        begin(`plan${rel}`, "planning", e, rows.work, `v${e.release} planning: ${e.detail}`);
        break;
      case "taskStart":
        finish(`plan${rel}`, e.time);
        // Rework restarts the agent on the same task: the span runs from the first start to acceptance.
        begin(`task${rel}\u0000${e.task}`, "task", e, rows.tasks, `v${e.release} task ${e.task}: ${e.detail}`);
        break;
      case "taskAccepted":
        finish(`task${rel}\u0000${e.task}`, e.time);
        break;
      case "releaseStart":
        begin(`release${rel}`, "release work", e, rows.work, `v${e.release} release work: ${e.detail}`);
        break;
      case "released":
        finish(`release${rel}`, e.time);
        begin(`feedback${rel}`, "feedback", e, rows.feedback, `v${e.release} waiting for feedback`);
        marks.push({ company: e.company, row: rows.market, kind: "release", size: 260, week: e.time / HOURS_PER_WEEK, label: `v${e.release}`, detail: e.detail });
        break;
      case "feedback":
        finish(`feedback${rel}`, e.time);
        break;
      case "takeoff":
        marks.push({ company: e.company, row: rows.market, kind: "takeoff", size: 900, week: e.time / HOURS_PER_WEEK, label: "takeoff", detail: e.detail });
        break;
      case "response":
        // A rival's move answered (scenario `response:`): on the row of the company's own work.
        marks.push({ company: e.company, row: rows.work, kind: "response", size: 420, week: e.time / HOURS_PER_WEEK, label: "responds", detail: e.detail });
        break;
      case "milestone":
        marks.push({ company: e.company, row: rows.market, kind: "milestone", size: 420, week: e.time / HOURS_PER_WEEK, label: e.detail.replace(/^ARR\s+/, ""), detail: e.detail });
        break;
      case "taskRejected":
        break;
    }
  }
  for (const key of [...open.keys()]) finish(key, endHours);
  return { spans, marks };
}

/**
 * Merges each company's overlapping agent-task spans into one busy span ("5 tasks"): agents run in
 * parallel, a run has thousands of tasks, and one bar per task would make a megabyte-sized chart
 * that draws the same picture. Other spans are kept as they are. The input is not changed.
 */
export function mergeTaskSpans(spans: readonly TimelineSpan[]): TimelineSpan[] {
  const others = spans.filter((s) => s.kind !== "task");
  const tasks = spans.filter((s) => s.kind === "task").sort((a, b) => a.company.localeCompare(b.company) || a.start - b.start);
  const merged: (TimelineSpan & { count: number })[] = [];
  for (const t of tasks) {
    const last = merged.at(-1);
    if (last !== undefined && last.company === t.company && t.start <= last.end) {
      last.end = Math.max(last.end, t.end);
      last.count += 1;
    } else {
      merged.push({ ...t, count: 1 });
    }
  }
  const busy = merged.map(({ count, ...span }) => ({ ...span, opacity: 0.6, detail: count === 1 ? span.detail : `${count} agent tasks in parallel or back to back` }));
  return [...others, ...busy];
}

/**
 * Joins the labels of a company's milestones that would overlap at `pxPerWeek` into the first one
 * ("$1M, $10M"), leaving the others' labels empty: a fast takeoff crosses several milestones in a
 * few weeks. Returns new marks; the input is not changed.
 */
export function joinCloseMilestoneLabels(marks: readonly TimelineMark[], pxPerWeek: number): TimelineMark[] {
  const out = marks.map((m) => ({ ...m }));
  const lastLabelled = new Map<string, TimelineMark>();
  const halfWidth = (m: TimelineMark) => deckTextWidth(m.label, TYPE.mark) / 2;
  for (const m of out) {
    if (m.kind !== "milestone") continue;
    const previous = lastLabelled.get(m.company);
    // Labels are centred on their mark; 8 px keeps a gap between neighbours.
    if (previous !== undefined && (m.week - previous.week) * pxPerWeek < halfWidth(previous) + halfWidth(m) + 8) {
      previous.label = `${previous.label}, ${m.label}`;
      m.label = "";
    } else {
      lastLabelled.set(m.company, m);
    }
  }
  return out;
}

// A five-pointed star (vega accepts SVG paths as point shapes): takeoff should stand out.
const STAR = "M0,-1L0.29,-0.4L0.95,-0.31L0.48,0.15L0.59,0.81L0,0.5L-0.59,0.81L-0.48,0.15L-0.95,-0.31L-0.29,-0.4Z";

/**
 * Timeline of one replication from its trace (`simulate(..., { trace: true }).trace`), weeks on x,
 * four rows per company. Bars: planning and release work (solid), agent work (overlapping tasks
 * merged into busy spans), feedback windows (light). Marks: releases (triangles,
 * labelled v1, v2 …), takeoff (star), ARR milestones (diamonds, labelled) and responses to a rival
 * (squares on the plan & release row, labelled).
 * @returns the spec, or null for an empty trace.
 */
export function timelineSpec(trace: readonly TraceEvent[], options: TimelineOptions = {}): TopLevelSpec | null {
  if (trace.length === 0) return null;
  const companies = options.companies ?? [...new Set(trace.map((e) => e.company))];
  const lastHours = Math.max(...trace.map((e) => e.time));
  const endWeeks = options.horizonWeeks ?? Math.ceil(lastHours / HOURS_PER_WEEK);
  const data = timelineData(trace, Math.max(lastHours, endWeeks * HOURS_PER_WEEK));
  const size = options.size ?? DEFAULT_SIZE;
  const spans = mergeTaskSpans(data.spans);
  // The plot takes roughly three quarters of the width (row labels sit on the left).
  const s = deckScale(size);
  // Symbol sizes are areas; labels are measured at the scaled type size.
  const marks = joinCloseMilestoneLabels(data.marks, (0.75 * size.width) / endWeeks / s).map((m) => ({ ...m, size: m.size * s * s }));
  const rows = companies.flatMap((c) => Object.values(timelineRows(c)));
  const frame = { size, caption: options.caption ?? [] };
  const x = { type: "quantitative" as const, title: "week", scale: { domain: [0, endWeeks], nice: false } };
  const y = { field: "row", type: "nominal", title: null, sort: rows, scale: { domain: rows } } as const;
  const color = { field: "company", type: "nominal", scale: companyScale(companies), title: null, legend: null } as const;
  const tooltip = { field: "detail", type: "nominal" } as const;
  return {
    ...deckFrame(frame, "One run, week by week: build, release, feedback, takeoff"),
    layer: [
      {
        data: { values: spans },
        mark: { type: "bar", height: { band: 0.7 } },
        encoding: {
          x: { ...x, field: "start" },
          x2: { field: "end" },
          y,
          color,
          opacity: { field: "opacity", type: "quantitative", scale: null, legend: null },
          tooltip,
        },
      },
      {
        data: { values: marks },
        layer: [
          {
            mark: { type: "point", filled: true, opacity: 1, stroke: "white", strokeWidth: 1.5 * s },
            encoding: {
              x: { ...x, field: "week" },
              y,
              color,
              shape: { field: "kind", type: "nominal", title: null, scale: { domain: ["release", "takeoff", "milestone", "response"], range: ["triangle-up", STAR, "diamond", "square"] } },
              size: { field: "size", type: "quantitative", scale: null, legend: null },
              tooltip,
            },
          },
          // Takeoff is labelled below its star and milestones above their diamonds, so the labels
          // of a takeoff and a milestone close in time do not collide.
          {
            transform: [{ filter: "datum.kind === 'takeoff'" }],
            mark: { type: "text", align: "center", baseline: "top", dy: 18 * s, fontSize: TYPE.mark * s },
            encoding: { x: { ...x, field: "week" }, y, text: { field: "label" }, color },
          },
          {
            transform: [{ filter: "(datum.kind === 'milestone' || datum.kind === 'response') && datum.label !== ''" }],
            mark: { type: "text", align: "center", baseline: "bottom", dy: -16 * s, fontSize: TYPE.mark * s },
            encoding: { x: { ...x, field: "week" }, y, text: { field: "label" }, color },
          },
        ],
      },
    ],
  };
}
