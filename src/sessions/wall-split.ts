/**
 * A session's wall time split into model, tools and the rest, without counting an hour twice:
 * at each instant, if any model call is running (the session's or a subagent's) the instant is
 * model time; else if any tool is running it is tool time; else it is the rest (a person
 * reading, typing or away). The three add up to the wall span.
 */

/** A span of time, ms since 1970. */
export interface Span {
  start: number;
  end: number;
}

/** The union of `spans` as sorted, disjoint spans (the input is not changed). */
export function unionOf(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const top = out[out.length - 1];
    if (top !== undefined && s.start <= top.end) {
      if (s.end > top.end) top.end = s.end;
    } else {
      out.push({ start: s.start, end: s.end });
    }
  }
  return out;
}

/** Total length of disjoint spans, ms. */
export function lengthOf(disjoint: readonly Span[]): number {
  let total = 0;
  for (const s of disjoint) total += s.end - s.start;
  return total;
}

/** Length of the overlap of two sorted disjoint span lists, ms. */
export function overlapOf(a: readonly Span[], b: readonly Span[]): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i].start, b[j].start);
    const hi = Math.min(a[i].end, b[j].end);
    if (hi > lo) total += hi - lo;
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return total;
}

/** Wall time by what filled it, ms. `model + tools + rest = wall`. */
export interface WallSplit {
  wall: number;
  model: number;
  tools: number;
  rest: number;
}

/**
 * Splits the wall span `[first, last]` into model, tools and the rest (model first where they
 * overlap: a subagent's call runs inside its parent's tool call).
 */
export function splitWall(first: number, last: number, calls: readonly Span[], tools: readonly Span[]): WallSplit {
  const wall = last > first ? last - first : 0;
  const model = unionOf(calls);
  const tool = unionOf(tools);
  const modelMs = lengthOf(model);
  const toolMs = lengthOf(tool) - overlapOf(model, tool);
  return { wall, model: modelMs, tools: toolMs, rest: Math.max(0, wall - modelMs - toolMs) };
}
