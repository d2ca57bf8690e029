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

/** The table as aligned plain text: first column left, others right, two spaces between. */
export function renderTerminal(table: Table): string {
  const grid = [table.headings, ...table.rows.map((r) => r.map(plain))];
  const widths = table.headings.map((_, c) => Math.max(...grid.map((r) => (r[c] ?? "").length)));
  const lines = grid.map((r) => r.map((text, c) => (left(table, c) ? text.padEnd(widths[c]) : text.padStart(widths[c]))).join("  ").trimEnd());
  return [table.title, ...lines, ...(table.notes ?? []), ...(table.footnote ? [table.footnote] : [])].join("\n");
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
