/**
 * Titles state the finding, so the explorer never cuts one. The deck sets a title that is too long
 * for its width smaller, down to 0.6 of its size, then cuts it with "…" (charts/theme.ts `titleFit`):
 * fine on a 1280-px slide, where that is rare, but in the page's narrower panes a sweep's or a
 * paired chart's title lost its end. Here such a title is broken into lines instead, at the largest
 * size (up to the deck's) at which it fits in two, or at the smallest size in as many as it needs.
 */
import { wrapLines } from "../charts/theme.ts";

/** Words of `text` in lines no wider than `room` px, set bold at `fontSize` px (the deck's own wrapping). */
const wrapBold = (text: string, room: number, fontSize: number): string[] => wrapLines([text], room, fontSize, true);

interface TitleSpec {
  title?: { text?: unknown; fontSize?: number; limit?: number };
  config?: { title?: { fontSize?: number } };
}

/**
 * `spec` with a cut title (one with a `limit`) broken into lines, the rest unchanged. Pure: returns
 * a copy when it changes anything.
 */
export function uncutTitle<T>(spec: T): T {
  const s = spec as TitleSpec;
  const title = s.title;
  if (title === undefined || typeof title.text !== "string" || title.limit === undefined) return spec;
  const room = title.limit;
  const smallest = title.fontSize ?? 18;
  const largest = Math.max(smallest, s.config?.title?.fontSize ?? smallest);
  for (let size = largest; size >= smallest; size -= 1) {
    const lines = wrapBold(title.text, room, size);
    if (lines.length <= 2) return { ...spec, title: { ...rest(title), text: lines, fontSize: size } };
  }
  return { ...spec, title: { ...rest(title), text: wrapBold(title.text, room, smallest), fontSize: smallest } };
}

/** The title's properties but the limit (a title in lines is not cut). */
function rest(title: NonNullable<TitleSpec["title"]>): Record<string, unknown> {
  const { limit: _limit, ...others } = title;
  return others;
}
