/**
 * The reference of an output folder's data files (`docs/outputs.md`), generated so it cannot drift:
 *
 *   summary.json — every field, walked from the `Summary` type in src/montecarlo/*-types.ts with the
 *   TypeScript compiler, each with the TSDoc comment written on it (or on its type);
 *   runs.csv — every column of the header `runsCsv` writes for a real run, each with its meaning below.
 *
 * `npx tsx scripts/gen-outputs-doc.ts` writes the file; test/report/outputs-doc.test.ts fails when
 * it is stale or when a field or column has no description.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { simulate } from "../src/model/index.ts";
import { layoutFor, packRun, RunTable } from "../src/montecarlo/index.ts";
import { runsCsv } from "../src/output/index.ts";
import { loadScenario } from "../src/scenario/index.ts";
import { CALIBRATE_FIELDS } from "../src/report/calibrate-text.ts";
import { REPLAY_FIELDS } from "../src/report/replay-text.ts";
import { TURNS_FIELDS } from "../src/sessions/index.ts";

/** The files of the summary's types (src/montecarlo/types.ts names them all). */
const TYPES = ["statistics", "comparison", "verdict", "decision", "sweep", "summary"].map((name) => fileURLToPath(new URL(`../src/montecarlo/${name}-types.ts`, import.meta.url)));
const SCENARIO = fileURLToPath(new URL("../scenarios/seed-article.yaml", import.meta.url));

/** What each fixed runs.csv column holds. Drawn inputs follow as one column each, named by path. */
export const RUNS_CSV_COLUMNS: Readonly<Record<string, string>> = {
  point: "Sweep point index, 0-based, in sweep order.",
  label: "Sweep point label: `B.tokensPerSecond=65` (a company's field after its name; a market field bare, `arpu=100`; axes joined with `, `), a named point's own label, or `base` when nothing is swept.",
  run: "Replication index, 0-based: the same index at every point is the same world (common random numbers).",
  company: "Company name.",
  weeks_to_v1: "Weeks from the start until v1 shipped; empty if it did not ship before the horizon.",
  weeks_to_takeoff: "Weeks until the release that took off shipped; empty if none took off.",
  weeks_to_target: "Weeks until ARR first reached the target; empty if it did not by the horizon.",
  takeoff_release: "Which release took off (1 = v1); empty if none.",
  releases: "Releases shipped before the horizon.",
  fit: "1 when this run's idea could take off at all (drawn with `takeoff.fitChance`), 0 when not.",
  learning_bits: "Learning from feedback received before the horizon, bits (see docs/model.md, fit and market).",
  token_spend_usd: "Token spend to the horizon, USD.",
  team_spend_usd: "Team spend to the horizon, USD.",
  token_spend_to_target_usd: "Token spend until the target was reached, USD; empty if it was not.",
  team_spend_to_target_usd: "Team spend until the target was reached, USD; empty if it was not.",
  revenue_usd: "Revenue earned to the horizon (ARR integrated over time / 52 weeks), USD.",
  net_value_usd: "Revenue − token spend − team spend to the horizon, each discounted to the start at `economics.discountRate`, USD.",
  arr_at_horizon_usd: "ARR at the horizon, USD.",
  token_bill_discounted_usd: "The per-token part of the token spend (session-hour costs excluded), each dollar discounted to the start: scaling the offering's token prices by m changes `net_value_usd` by −(m − 1) × this (the verdict's price curve), USD.",
};

/** One documented field of summary.json. */
export interface DocumentedField {
  path: string;
  type: string;
  description: string;
}

function docOf(node: ts.Node, source: ts.SourceFile): string {
  const jsDoc = (node as { jsDoc?: ts.JSDoc[] }).jsDoc;
  const comment = jsDoc?.map((d) => (typeof d.comment === "string" ? d.comment : (d.comment ?? []).map((c) => c.getText(source)).join(""))).join(" ") ?? "";
  return comment.replace(/\s+/g, " ").trim();
}

/** Every field reachable from `Summary`, depth first, in declaration order. */
export function summaryFields(): DocumentedField[] {
  // One source of all the type files (their imports of each other dropped), so every declaration
  // and its doc comment are read against the same text.
  const text = TYPES.map((file) => readFileSync(file, "utf8").replace(/^import .*$/gm, "")).join("\n");
  const source = ts.createSourceFile("summary-types.ts", text, ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const aliases = new Map<string, ts.TypeAliasDeclaration>();
  source.forEachChild((n) => {
    if (ts.isInterfaceDeclaration(n)) interfaces.set(n.name.text, n);
    if (ts.isTypeAliasDeclaration(n)) aliases.set(n.name.text, n);
  });
  const out: DocumentedField[] = [];
  const walk = (decl: ts.InterfaceDeclaration | ts.TypeLiteralNode, prefix: string): void => {
    for (const member of decl.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const name = member.name.getText(source);
      const typeText = member.type.getText(source).replace(/\s+/g, " ");
      const path = prefix ? `${prefix}.${name}` : name;
      const referenced = [...typeText.matchAll(/\b([A-Z]\w+)\b/g)].map((m) => m[1]).find((t) => interfaces.has(t));
      const alias = [...typeText.matchAll(/\b([A-Z]\w+)\b/g)].map((m) => m[1]).find((t) => aliases.has(t));
      let description = docOf(member, source);
      if (!description && referenced) description = docOf(interfaces.get(referenced) as ts.Node, source);
      if (!description && alias) description = docOf(aliases.get(alias) as ts.Node, source);
      const isList = /\[\]( \| null)?$/.test(typeText);
      out.push({ path, type: typeText, description });
      const inline = ts.isArrayTypeNode(member.type) && ts.isTypeLiteralNode(member.type.elementType) ? member.type.elementType : ts.isTypeLiteralNode(member.type) ? member.type : null;
      if (inline) walk(inline, `${path}${isList ? "[]" : ""}`);
      else if (referenced && !typeText.startsWith("Record<")) walk(interfaces.get(referenced) as ts.InterfaceDeclaration, `${path}${isList ? "[]" : ""}`);
    }
  };
  walk(interfaces.get("Summary") as ts.InterfaceDeclaration, "");
  return out;
}

/** The header of runs.csv as `runsCsv` writes it for run 0 of the bundled seed scenario. */
export function runsCsvHeader(): string[] {
  const scenario = loadScenario(SCENARIO);
  const result = simulate(scenario, 0);
  const layout = layoutFor(result);
  const rows = new Float64Array(layout.width);
  packRun(result, layout, rows, 0);
  return runsCsv([new RunTable(layout, rows)], ["base"]).split("\n")[0].split(",");
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** docs/outputs.md as Markdown. */
export function outputsReference(): string {
  const header = runsCsvHeader();
  const fixed = header.filter((c) => c in RUNS_CSV_COLUMNS);
  const inputs = header.filter((c) => !(c in RUNS_CSV_COLUMNS));
  const lines = [
    "# Output files — field reference",
    "",
    "<!-- Generated by scripts/gen-outputs-doc.ts from src/montecarlo/*-types.ts and the runs.csv writer.",
    "     Do not edit by hand: run `npx tsx scripts/gen-outputs-doc.ts` after changing either. -->",
    "",
    "`velocity run` writes `summary.json`, `summary.md`, `runs.csv`, `manifest.json`, `timing.json`,",
    "`rows/` (the runs at full precision, what `velocity reprice` reads), `charts/` and `report.html`",
    "into its output folder. Weeks are simulated weeks from the start,",
    "money is USD, shares are 0..1; `null` in summary.json (an empty cell in runs.csv) marks a value",
    "not defined for the runs at hand — a time that was never reached, a median over fewer than half",
    "the runs. How comparisons, levers, the speed premium and sensitivity are computed: docs/answers.md.",
    "",
    "## runs.csv",
    "",
    "One row per sweep point × run × company, in that order.",
    "",
    "| column | meaning |",
    "|---|---|",
    ...fixed.map((c) => `| \`${c}\` | ${cell(RUNS_CSV_COLUMNS[c])} |`),
    "| *one column per drawn input* | The value drawn for this run, named by its parameter path (e.g. `companies[B].product.v1Tasks`, `market.arpu`); empty for a company that does not draw it. Only fields given as distributions appear. A value shared by companies (an idea's `product.v1Tasks`, `growth.p`, `growth.q` and fit; the practice every company shares, `task.autonomy`, `team.refocusScale`, `task.reviewScale`) has a column under each company's name, equal run by run where their distributions are. |",
    "",
    `For the bundled seed scenario the drawn inputs are: ${inputs.map((c) => `\`${c}\``).join(", ") || "none"}.`,
    "",
    "## summary.json",
    "",
    "| field | type | meaning |",
    "|---|---|---|",
    ...summaryFields().map((f) => `| \`${f.path}\` | \`${cell(f.type)}\` | ${cell(f.description)} |`),
    "",
    "## calibrate --json",
    "",
    "`velocity calibrate PATH… --json` prints `{ sessions: [...], total: {...} }` (and `overlay` with `--out`:",
    "the file, the company and each value set or kept). Each session and the total have these fields; hours",
    "are wall-clock hours, tokens are counts. Nothing in it comes from a log's text: numbers and file names only.",
    "",
    "| field | meaning |",
    "|---|---|",
    ...Object.entries(CALIBRATE_FIELDS).map(([k, v]) => `| \`${k}\` | ${cell(v)} |`),
    "",
    "## replay --json",
    "",
    "`velocity replay PATH… --model ID | --tokens-per-second N --json` prints one object:",
    "",
    "| field | meaning |",
    "|---|---|",
    ...Object.entries(REPLAY_FIELDS).map(([k, v]) => `| \`${k}\` | ${cell(v)} |`),
    "",
    "## The plain turns format (input)",
    "",
    "Sessions of coding agents other than Claude Code, for `calibrate` and `replay`: a `.csv` with a header row,",
    "or a `.jsonl` with one object per line, one row per span of a session. The README says how to produce it",
    "from OpenAI Codex CLI's session logs.",
    "",
    "| field | meaning |",
    "|---|---|",
    ...Object.entries(TURNS_FIELDS).map(([k, v]) => `| \`${k}\` | ${cell(v)} |`),
    "",
  ];
  return lines.join("\n");
}
