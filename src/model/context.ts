/**
 * The context a task's turns read, against the offering's context window, and the compactions it
 * costs. Pure arithmetic, in closed form (docs/model.md, "The context window"):
 *
 *   a pass starts a fresh context of `base` tokens; turn k (0, 1, …) of a stretch that started at
 *   s reads  s + k × g,  with  g = contextGrowth × output tokens of one turn
 *   (each turn appends its output and the tool results it brings back);
 *   a turn that would read more than the window W is preceded by a compaction: one model call that
 *   reads the whole context — a full window, since the context just passed it — and writes
 *   `summary` tokens, after which the context restarts at base + summary.
 *
 * So a stretch starting at s holds  fit(s) = ⌊(W − s) ÷ g⌋ + 1  turns (every turn, if g = 0), the
 * first stretch fit(base), each later one fit(base + summary), and a pass of n turns compacts
 *
 *   0                                        if n ≤ fit(base)
 *   ⌈(n − fit(base)) ÷ fit(base + summary)⌉  otherwise.
 *
 * The turns' own calls keep the task's drawn input tokens (task.ts splits them evenly): this only
 * adds the compactions, so a window no context reaches changes nothing. A turn that alone adds more
 * than the window holds after a compaction (g > W − base − summary) compacts before every turn
 * after the first.
 */

/** What decides when a pass compacts. Tokens. */
export interface ContextShape {
  /** Tokens the pass's first turn reads (system prompt, tools, instructions). */
  base: number;
  /** Tokens each turn adds to the context (its output and tool results). */
  growthPerTurn: number;
  /** Tokens of a compaction's summary: the context restarts at base + summary. */
  summary: number;
  /** The offering's context window (`Infinity`: none). */
  window: number;
}

/**
 * Turns a stretch starting at a context of `start` tokens holds before the next would read more
 * than the window; at least 1 (a turn that cannot fit even in a fresh context runs anyway: the
 * loader refuses a window below base + summary, so only code that sets one by hand meets it).
 */
export function turnsThatFit(start: number, shape: ContextShape): number {
  if (start > shape.window) return 1;
  if (shape.growthPerTurn === 0 || shape.window === Infinity) return Infinity;
  return Math.floor((shape.window - start) / shape.growthPerTurn) + 1;
}

/** Compactions of a pass of `turns` turns (the closed form above); each reads a full window. */
export function compactions(turns: number, shape: ContextShape): number {
  const first = turnsThatFit(shape.base, shape);
  if (turns <= first) return 0;
  return Math.ceil((turns - first) / turnsThatFit(shape.base + shape.summary, shape));
}
