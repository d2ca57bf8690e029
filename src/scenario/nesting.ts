/**
 * How deeply YAML text nests, found by a cheap scan before the text is parsed. The yaml package
 * parses nesting by recursion: 200,000 `[` or `{` (or a thousand indented levels) overflow its
 * stack, and it then spends minutes recovering, so such text is refused before it is parsed.
 */

/**
 * Deepest nesting a scenario may have. Guess: the deepest path a scenario writes is about eight
 * levels (`companies[0].agent.tokensPerSecond.normal.mean` inside a sweep point); 64 leaves room
 * for any hand layout and stays far below the parser's stack.
 */
export const MAX_NESTING = 64;

/** Where text first nests deeper than {@link MAX_NESTING}: 1-based line and column; `undefined` when it never does. */
export function tooDeep(text: string): { line: number; column: number } | undefined {
  // Block levels: the columns of the open indentation levels, with each `- ` that starts a
  // compact nested sequence on the same line as one more level.
  const columns: number[] = [];
  let flow = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    const body = line.slice(indent);
    if (body === "" || body.startsWith("#")) continue;
    const levels = [indent];
    for (let at = indent; line.startsWith("- ", at) || line.startsWith("? ", at); ) {
      at += 2;
      while (line[at] === " ") at++;
      levels.push(at);
    }
    while (columns.length > 0 && columns[columns.length - 1] >= levels[0]) columns.pop();
    columns.push(...levels);
    if (columns.length > MAX_NESTING) return { line: i + 1, column: levels[Math.min(levels.length - 1, MAX_NESTING)] + 1 };
    // Flow levels: brackets opened and not yet closed (across lines). Brackets inside quoted
    // text count too; only a text with more than 64 unclosed ones is refused.
    for (let c = indent; c < line.length; c++) {
      const ch = line[c];
      if (ch === "#" && (c === 0 || line[c - 1] === " ")) break;
      if (ch === "[" || ch === "{") {
        if (++flow + columns.length > MAX_NESTING) return { line: i + 1, column: c + 1 };
      } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
    }
  }
  return undefined;
}
