/**
 * A terminal screen for tests: it applies what is written to it as a terminal would (text, line
 * feeds, wrapping at the last column, scrolling at the bottom row, and the two codes the live block
 * uses: ESC [ n F and ESC [ J), so a test reads the screen a user would see.
 */
export class FakeTerminal {
  /** Every row ever written, scrolled-off rows included (row 0 is the oldest). */
  readonly lines: string[] = [""];
  private row = 0;
  private col = 0;
  /** Index in `lines` of the screen's top row. */
  private top = 0;
  readonly written: string[] = [];

  constructor(
    readonly columns = 100,
    readonly rows = 40,
  ) {}

  write(text: string): boolean {
    this.written.push(text);
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === "\x1b") {
        const m = /^\x1b\[(\d*)([A-Za-z])/.exec(text.slice(i));
        if (!m) throw new Error(`fake terminal: unknown escape at ${JSON.stringify(text.slice(i, i + 8))}`);
        const n = m[1] === "" ? 1 : Number(m[1]);
        if (m[2] === "F") {
          // A real terminal stops at the screen's top row.
          this.row = Math.max(this.top, this.row - n);
          this.col = 0;
        } else if (m[2] === "J") {
          this.lines[this.row] = this.lines[this.row].slice(0, this.col);
          this.lines.length = this.row + 1;
        } else throw new Error(`fake terminal: unexpected code ${m[0]}`);
        i += m[0].length - 1;
      } else if (ch === "\n") this.newline();
      else if (ch === "\r") this.col = 0;
      else {
        if (this.col === this.columns) this.newline();
        const line = this.lines[this.row].padEnd(this.col);
        this.lines[this.row] = line.slice(0, this.col) + ch + line.slice(this.col + 1);
        this.col += 1;
      }
    }
    return true;
  }

  private newline(): void {
    this.row += 1;
    this.col = 0;
    if (this.row >= this.lines.length) this.lines.push("");
    if (this.row - this.top >= this.rows) this.top = this.row - this.rows + 1;
  }

  /** The text on screen and above it, trailing empty rows dropped. */
  text(): string {
    return this.lines.join("\n").replace(/\n+$/, "");
  }
}
