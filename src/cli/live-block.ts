/**
 * A block of lines at the bottom of a terminal that is rewritten in place: the provisional answer
 * and the progress line while a run is going. Each `show` moves the cursor back to the block's
 * first row, erases to the end of the screen and writes the new lines; `clear` leaves nothing.
 * Only for a terminal: the CLI never hands it a pipe or a file, where the codes would be bytes in
 * the output.
 */

/** Where the block is written: a terminal's stream (`process.stdout`), or a test's fake one. */
export interface TerminalWriter {
  write(text: string): unknown;
  /** Columns of the terminal (80 when unknown or 0). */
  columns?: number;
  /** Rows of the terminal (24 when unknown or 0). */
  rows?: number;
}

/** ESC [ n F: cursor to the start of the line n rows up; ESC [ J: erase from there to the end of the screen. */
const up = (rows: number) => `\x1b[${rows}F`;
const ERASE_BELOW = "\x1b[J";

/** Rows a line takes on a terminal `columns` wide (an empty line takes one). */
export function rowsOf(line: string, columns: number): number {
  return Math.max(1, Math.ceil([...line].length / columns));
}

/** A block of lines rewritten in place on a terminal. */
export class LiveBlock {
  /** The lines on screen now, and the terminal rows each takes. */
  private lines: string[] = [];
  private heights: number[] = [];

  constructor(private readonly out: TerminalWriter) {}

  /**
   * Replaces the block with `text` (lines; a final newline is implied). Only the lines from the
   * first one that changed are rewritten (the progress line alone, most of the time), so the
   * answer above does not flicker. A block taller than the screen is cut to fit with a last line
   * `…`: the cursor cannot climb past the top row, so rows scrolled out of sight could not be erased.
   */
  show(text: string): void {
    // A terminal that reports no size (0, as a pseudo-terminal may) counts as the usual 80 × 24.
    const columns = this.out.columns || 80;
    const room = Math.max(1, (this.out.rows || 24) - 1);
    const lines = text.replace(/\n$/, "").split("\n");
    const kept: string[] = [];
    const heights: number[] = [];
    let rows = 0;
    for (const [i, line] of lines.entries()) {
      const need = rowsOf(line, columns);
      // Keep one row for the `…` unless this is the last line and it fits.
      const last = i === lines.length - 1;
      if (rows + need > (last ? room : room - 1)) {
        kept.push("…");
        heights.push(1);
        break;
      }
      kept.push(line);
      heights.push(need);
      rows += need;
    }
    let same = 0;
    while (same < kept.length && same < this.lines.length && kept[same] === this.lines[same]) same++;
    if (same === kept.length && same === this.lines.length) return;
    this.out.write(`${this.erase(same)}${kept.slice(same).join("\n")}\n`);
    this.lines = kept;
    this.heights = heights;
  }

  /** Erases the block: the cursor is left where its first row was. */
  clear(): void {
    if (this.lines.length > 0) this.out.write(this.erase(0));
    this.lines = [];
    this.heights = [];
  }

  /** Moves up to the start of line `from` of the block and erases from there down. */
  private erase(from: number): string {
    let rows = 0;
    for (let i = from; i < this.heights.length; i++) rows += this.heights[i];
    return rows === 0 ? "" : `${up(rows)}${ERASE_BELOW}`;
  }
}
