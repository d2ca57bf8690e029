/**
 * runs.csv follows RFC 4180 and is safe to open in a spreadsheet: every text cell with a comma,
 * quote, line feed or carriage return is quoted; text that a spreadsheet would run as a formula
 * gets a leading '. Chart files stay unique whatever the company names.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvCell } from "../../src/output/index.ts";
import { uniqueNames } from "../../src/report/index.ts";
import { runCli, repoRoot } from "../cli/run-cli.ts";

/** A minimal RFC 4180 reader: fields, quoted fields with doubled quotes, CRLF or LF line ends. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\n") row.push(field), rows.push(row), (row = []), (field = "");
    else if (ch === "\r") throw new Error(`bare carriage return outside quotes at ${i}`);
    else field += ch;
  }
  return rows;
}

describe("csvCell", () => {
  it("quotes commas, quotes, line feeds and carriage returns", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\rhere")).toBe('"cr\rhere"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("neutralises formulas in text, never in numbers", () => {
    for (const text of ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tx"]) expect(csvCell(text).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe("");
  });
});

describe("chart names", () => {
  it("are unique for any company names, ignoring case", () => {
    const names = uniqueNames([{ name: "sweep-heatmap-x", spec: {} }, { name: "sweep-heatmap-x", spec: {} }, { name: "Sweep-Heatmap-X", spec: {} }] as never).map((c) => c.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
  });
});

describe("runs.csv from the CLI", () => {
  it("stays rectangular and formula-free with hostile company names, and non-ASCII names keep separate charts", () => {
    const dir = mkdtempSync(join(tmpdir(), "velocity-csv-"));
    const text = readFileSync(join(repoRoot, "scenarios/seed-article.yaml"), "utf8");
    const file = join(dir, "hostile.yaml");
    writeFileSync(join(dir, "models.yaml"), readFileSync(join(repoRoot, "scenarios/models.yaml"), "utf8")); // the catalogue it extends
    // A name may not hold a line break (U+000D, U+2028: refused at validation); quotes, a comma and a formula prefix it may.
    const hostileA = '"=Ä, (\\"x\\")"';
    writeFileSync(file, text.replace("- name: A", `- name: ${hostileA}`).replace("extends: A", `extends: ${hostileA}`).replace("- name: B", '- name: "Ö, @"'));
    const out = join(dir, "out");
    const result = runCli([
      "sweep", file, "--runs", "3", "--workers", "1", "--quiet", "--out", out,
      "--vary", "market.arpu=$600,$900", "--vary", "companies[1].agent.tokensPerSecond=100,1000",
    ]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const rows = parseCsv(readFileSync(join(out, "runs.csv"), "utf8"));
    const width = rows[0].length;
    for (const row of rows) expect(row).toHaveLength(width);
    const companies = new Set(rows.slice(1).map((r) => r[3]));
    expect([...companies].sort()).toEqual(["'=Ä, (\"x\")", "Ö, @"].sort());
    const heatmaps = readdirSync(join(out, "charts")).filter((f) => f.startsWith("sweep-heatmap") && f.endsWith(".svg"));
    // Both names slug to "x": the second company's heatmap gets its own file.
    expect(heatmaps.sort()).toEqual(["sweep-heatmap-x-2.svg", "sweep-heatmap-x.svg"]);
  });
});
