/**
 * What a name may be: a scenario's, a company's, a sweep point's. Names go into tables, chart
 * specs (vega expressions), CSV cells and file names, so they are one short line of text.
 */

/**
 * Longest name, in characters. Guess: a name is a label on a chart and a column in a table; 80
 * characters is a long company name and keeps a runs.csv row from carrying a megabyte of name.
 */
export const MAX_NAME_LENGTH = 80;

/**
 * Characters that break a line or are invisible: C0/C1 controls and U+2028/U+2029, which
 * JavaScript reads as line ends (vega's expression parser stops at them with "Unexpected token
 * ILLEGAL") and which would split a terminal or CSV row.
 */
const LINE_BREAKING = /[\p{Cc}\u2028\u2029]/u;

/**
 * Why `text` cannot be a name, as the "expected …, got …" text of an error; `undefined` when it can.
 */
export function nameProblem(text: string): string | undefined {
  const length = [...text].length;
  if (length > MAX_NAME_LENGTH) return `expected a name of at most ${MAX_NAME_LENGTH} characters, got ${length.toLocaleString("en-US")} characters (a longer text belongs in description:)`;
  const at = LINE_BREAKING.exec(text);
  if (at) {
    const code = at[0].codePointAt(0) ?? 0;
    return `expected a name on one line, got the control character U+${code.toString(16).toUpperCase().padStart(4, "0")} at character ${[...text.slice(0, at.index)].length + 1} (remove it: a name is a label in tables and charts)`;
  }
  return undefined;
}
