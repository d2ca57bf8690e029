/**
 * One table model, three renderers. A table is data — headings and rows of already formatted
 * cells (src/format) — and is drawn the same way for the terminal, summary.md and report.html,
 * so the three can never disagree on a column or a number.
 */
import { escapeHtml } from "./html-escape.ts";

/** One cell: its text and, optionally, an interval or aside drawn dimmer (in parentheses as text). */
export interface Cell {
  text: string;
  note?: string;
}

/** A table: a caption, column headings and rows of cells (the first column is the row's name). */
export interface Table {
  /** What the table shows, e.g. `Paired comparisons — weeks, later company minus earlier`. */
  title: string;
  headings: string[];
  rows: Cell[][];
  /**
   * Lines under the table that belong to its content (e.g. rows folded into one line): shown
   * everywhere, the terminal too.
   */
  notes?: string[];
  /** A line under the table (how to read it), or none; the terminal leaves it out. */
  footnote?: string;
  /** Leading columns that hold names rather than numbers, aligned left (default 1). */
  nameColumns?: number;
}

/** Whether column `c` of `table` is aligned left (a name) or right (a number). */
function left(table: Table, c: number): boolean {
  return c < (table.nameColumns ?? 1);
}

/** A cell with an optional note. */
export function cell(text: string, note?: string): Cell {
  return note === undefined || note === "" ? { text } : { text, note };
}

function plain(c: Cell): string {
  return c.note === undefined ? c.text : `${c.text} (${c.note})`;
}

/**
 * The table as aligned plain text: name columns left, others right, two spaces between. A table
 * wider than `width` characters first has its headings wrapped onto more lines (a column is then
 * as wide as its widest cell or word), then, if still too wide, its value columns go into blocks
 * that fit, one under the other, each repeating the name columns: no number is dropped and no line
 * runs past the edge of a 100-column terminal.
 */
export function renderTerminal(table: Table, width = Infinity): string {
  const body = table.rows.map((r) => r.map(plain));
  const widths = table.headings.map((h, c) => Math.max(h.length, ...body.map((r) => (r[c] ?? "").length)));
  // Too wide: wrap the heading that overhangs its column most, to its widest cell or word, until
  // the table fits or no heading overhangs; short headings stay on one line.
  const floor = table.headings.map((h, c) => Math.max(...h.split(" ").map((word) => word.length), ...body.map((r) => (r[c] ?? "").length)));
  const total = () => widths.reduce((n, w) => n + w, 0) + 2 * (widths.length - 1);
  while (total() > width) {
    let widest = -1;
    widths.forEach((w, c) => {
      if (w > floor[c] && (widest < 0 || w - floor[c] > widths[widest] - floor[widest])) widest = c;
    });
    if (widest < 0) break;
    widths[widest] = Math.max(floor[widest], widths[widest] - (total() - width));
  }
  // Each heading as lines of its column's width, bottom-aligned so the last line sits on the data.
  const headLines = table.headings.map((h, c) => wrapText(h, widths[c]).split("\n"));
  const depth = Math.max(1, ...headLines.map((l) => l.length));
  const heads = Array.from({ length: depth }, (_, i) => headLines.map((l) => l[i - (depth - l.length)] ?? ""));
  const grid = [...heads, ...body];
  const names = Math.min(table.nameColumns ?? 1, table.headings.length);
  const nameCols = Array.from({ length: names }, (_, c) => c);
  const lineWidth = (columns: number[]) => columns.reduce((n, c) => n + widths[c], 0) + 2 * (columns.length - 1);
  const blocks: number[][] = [];
  for (let c = names; c < table.headings.length; c++) {
    const last = blocks[blocks.length - 1];
    if (last !== undefined && lineWidth([...nameCols, ...last, c]) <= width) last.push(c);
    else blocks.push([c]);
  }
  if (blocks.length === 0) blocks.push([]);
  const drawn = blocks.map((block) =>
    grid
      .map((r) => [...nameCols, ...block].map((c) => (left(table, c) ? (r[c] ?? "").padEnd(widths[c]) : (r[c] ?? "").padStart(widths[c]))).join("  ").trimEnd())
      .join("\n"),
  );
  return [wrapText(table.title, width), drawn.join("\n\n"), ...(table.notes ?? []).map((n) => wrapText(n, width)), ...(table.footnote ? [wrapText(table.footnote, width)] : [])].join("\n");
}

/** `text` broken at spaces into lines of at most `width` characters (a longer word stays whole). */
export function wrapText(text: string, width = Infinity): string {
  if (text.length <= width) return text;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) (lines.push(line), (line = word));
    else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join("\n");
}

function markdownText(text: string): string {
  return text.replace(/\|/g, "\\|");
}

/** The table as GitHub-flavoured Markdown, with its title in bold above it. */
export function renderMarkdown(table: Table): string {
  const head = `| ${table.headings.map(markdownText).join(" | ")} |`;
  const rule = `|${table.headings.map((_, c) => (left(table, c) ? "---" : "--:")).join("|")}|`;
  const rows = table.rows.map((r) => `| ${r.map((c) => markdownText(plain(c))).join(" | ")} |`);
  const notes = (table.notes ?? []).flatMap((n) => ["", markdownText(n)]);
  return [`**${markdownText(table.title)}**`, "", head, rule, ...rows, ...notes, ...(table.footnote ? ["", `*${markdownText(table.footnote)}*`] : [])].join("\n");
}

/** The table as an HTML `<table>` with a caption; notes are dimmed (`class="ci"`). */
export function renderHtml(table: Table): string {
  const align = (c: number) => (c > 0 && left(table, c) ? ' class="name"' : "");
  const head = `<tr>${table.headings.map((h, c) => `<th scope="col"${align(c)}>${escapeHtml(h)}</th>`).join("")}</tr>`;
  const td = (x: Cell, c: number) => `<td${align(c)}>${escapeHtml(x.text)}${x.note === undefined ? "" : ` <span class="ci">(${escapeHtml(x.note)})</span>`}</td>`;
  const rows = table.rows.map((r) => `<tr>${r.map(td).join("")}</tr>`).join("\n");
  const notes = (table.notes ?? []).map((n) => `\n<p>${escapeHtml(n)}</p>`).join("");
  const foot = `${notes}${table.footnote ? `\n<p class="meta">${escapeHtml(table.footnote)}</p>` : ""}`;
  return `<table>\n<caption>${escapeHtml(table.title)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>${foot}`;
}
