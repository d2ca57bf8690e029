/**
 * `velocity compare` pairs runs by their `run` column, within a sweep point and company (issue 31,
 * cause 7), not by row position: reordered rows give the same answer, a run listed twice or a run
 * set that differs between the folders is not paired on, and the comparison says why.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const fresh = () => mkdtempSync(join(tmpdir(), "velocity-compare-pairing-"));

/** A copy of `dir` with its runs.csv data rows (not the header) changed by `edit`. */
function editedCopy(dir: string, edit: (rows: string[][], head: string[]) => string[][]): string {
  const copy = join(fresh(), "copy");
  cpSync(dir, copy, { recursive: true });
  const [head, ...rows] = readFileSync(join(copy, "runs.csv"), "utf8").split("\n").filter(Boolean);
  const fields = head.split(",");
  const edited = edit(rows.map((r) => r.split(",")), fields);
  writeFileSync(join(copy, "runs.csv"), [head, ...edited.map((r) => r.join(","))].join("\n") + "\n");
  return copy;
}

const compare = (a: string, b: string) => {
  const r = runCli(["compare", a, b, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
};

describe("compare pairs by the run column", () => {
  let base: string;
  let more: string;
  beforeAll(() => {
    const root = fresh();
    [base, more] = ["base", "more"].map((n) => join(root, n));
    const common = ["--runs", "30", "--workers", "1", "--no-charts", "-q", "--levers", "none", "--vary", "companies[B].agent.tokensPerSecond=100,1000"];
    expect(runCli(["run", "scenarios/seed-article.yaml", ...common, "--out", base]).status).toBe(0);
    expect(runCli(["run", "scenarios/seed-article.yaml", ...common, "--out", more, "--set", "companies[A].agent.sessions=12"]).status).toBe(0);
  }, 180_000);

  it("gives the same paired answer when B's rows are reversed or A's sorted by company first", () => {
    const straight = compare(base, more);
    expect(straight.paired).toBe(true);
    const reversed = editedCopy(more, (rows) => [...rows].reverse());
    expect(compare(base, reversed).results).toEqual(straight.results);
    const byCompany = editedCopy(base, (rows, head) => {
      const company = head.indexOf("company");
      return [...rows].sort((x, y) => x[company].localeCompare(y[company]));
    });
    const sorted = compare(byCompany, more);
    expect(sorted.paired).toBe(true);
    expect(sorted.results).toEqual(straight.results);
  });

  it("does not pair on a run listed twice for one point and company, and names it", () => {
    const dup = editedCopy(more, (rows, head) => {
      const run = head.indexOf("run");
      const copy = rows.map((r) => [...r]);
      // Row 2 becomes another row of run 0, so the count per company stays the manifest's.
      const first = copy.findIndex((r) => r[run] === "0");
      const second = copy.findIndex((r, i) => i !== first && r[head.indexOf("company")] === copy[first][head.indexOf("company")] && r[head.indexOf("point")] === copy[first][head.indexOf("point")]);
      copy[second][run] = "0";
      return copy;
    });
    const c = compare(base, dup);
    expect(c.paired).toBe(false);
    expect(c.pairing).toMatch(/runs\.csv: line \d+ repeats run 0 of point 0 \/ \S+ \(first on line \d+\)/);
    expect(c.results.every((x: { shareSooner: unknown }) => x.shareSooner === null)).toBe(true);
  });

  it("says when the run sets differ instead of pairing different runs", () => {
    const shifted = editedCopy(more, (rows, head) => {
      const run = head.indexOf("run");
      return rows.map((r) => (r[run] === "29" ? Object.assign([...r], { [run]: "30" }) : r));
    });
    const c = compare(base, shifted);
    expect(c.paired).toBe(false);
    expect(c.pairing).toMatch(/run 30 .*not a run of 0–29|runs? .*differ/);
  });
});
