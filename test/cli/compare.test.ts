/** `velocity compare` and the flags that choose the answers (`--levers`, `--baseline`), through the real binary. */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.ts";

const SEED = "scenarios/seed-article.yaml";
const fresh = () => mkdtempSync(join(tmpdir(), "velocity-compare-"));

describe("velocity compare", () => {
  let base: string;
  let more: string;
  let reseeded: string;
  beforeAll(() => {
    const root = fresh();
    [base, more, reseeded] = ["base", "more", "reseeded"].map((n) => join(root, n));
    const common = ["--runs", "30", "--workers", "1", "--no-charts", "-q", "--levers", "none"];
    expect(runCli(["run", SEED, ...common, "--out", base]).status).toBe(0);
    expect(runCli(["run", SEED, ...common, "--out", more, "--set", "companies[A].agent.sessions=12"]).status).toBe(0);
    expect(runCli(["run", SEED, ...common, "--out", reseeded, "--seed", "7"]).status).toBe(0);
  }, 120_000);

  it("lists the assumptions that differ side by side and pairs the results when seeds and runs match", () => {
    const r = runCli(["compare", base, more]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/companies\[A\]\.agent\.sessions\s+\S+\s+12/);
    expect(r.stdout).toContain("paired run by run (same seed 42 and 30 runs");
  });

  it("says the results are unpaired when the seeds differ", () => {
    const r = runCli(["compare", base, reseeded, "--json"]);
    expect(r.status).toBe(0);
    const c = JSON.parse(r.stdout);
    expect(c.paired).toBe(false);
    expect(c.pairing).toMatch(/^unpaired: seeds differ \(42 vs 7\)/);
    expect(c.assumptions).toContainEqual({ path: "seed", a: "42", b: "7" });
  });

  it("does not claim to pair on a garbled runs.csv: says which line is wrong and shows differences of medians", () => {
    const garbled = join(fresh(), "garbled");
    cpSync(more, garbled, { recursive: true });
    const csv = readFileSync(join(garbled, "runs.csv"), "utf8").split("\n");
    csv[5] = "not,a,row";
    writeFileSync(join(garbled, "runs.csv"), csv.join("\n"));
    const r = runCli(["compare", base, garbled]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("paired run by run");
    expect(r.stdout).toContain("unpaired: ");
    expect(r.stdout).toMatch(/difference\s+of\s+medians/); // the heading may wrap to fit 100 columns
    const json = JSON.parse(runCli(["compare", base, garbled, "--json"]).stdout);
    expect(json.paired).toBe(false);
    expect(json.pairing).toMatch(/^unpaired: .*garbled\/runs\.csv: line 6 has 3 fields, the header \d+; differences of medians, no interval$/);
    expect(json.results.every((x: { low: unknown; shareSooner: unknown }) => x.low === null && x.shareSooner === null)).toBe(true);
    // Rows cut off: a run count that is not the manifest's is not paired on either.
    writeFileSync(join(garbled, "runs.csv"), csv.slice(0, 4).join("\n"));
    expect(JSON.parse(runCli(["compare", base, garbled, "--json"]).stdout).pairing).toMatch(/rows for .* where the manifest says 30 runs/);
  });

  it("a folder compared with itself: nothing differs, every paired difference is zero", () => {
    const c = JSON.parse(runCli(["compare", base, base, "--json"]).stdout);
    expect(c.assumptions).toEqual([]);
    for (const r of c.results) expect([r.shareSooner, r.shareLater]).toEqual([0, 0]);
  });

  it("refuses a missing folder or one without results: one line, exit 2", () => {
    const empty = fresh();
    const file = join(fresh(), "file.txt");
    writeFileSync(file, "x");
    for (const bad of [join(empty, "nope"), empty, file]) {
      const r = runCli(["compare", base, bad]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe("velocity run: the answers", () => {
  it("re-runs the levers asked for on the first --lever-runs runs and says so in the manifest's command", () => {
    const out = join(fresh(), "o");
    const r = runCli(["run", SEED, "--runs", "20", "--workers", "1", "--no-charts", "--out", out, "--levers", "instant-review", "--lever-runs", "10"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("instant reviews");
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.levers).toEqual([{ id: "instant-review", label: "instant reviews" }]);
    expect(summary.leverRuns).toBe(10);
    expect(summary.points[0].levers.every((e: { runs: number }) => e.runs === 10)).toBe(true);
    expect(Object.keys(summary.points[0].comparisons[0])).toEqual(["of", "against", "metric", "medianDifferenceWeeks", "low", "high", "shareSooner", "shareLater", "decidedRuns", "restrictedMean", "medianBound"]);
    // The verdict comes first; A reaches $10M in a fifth of the runs, yet the $10M row has a number.
    // Lines wrap at 100 columns: read the verdict's paragraph as one line.
    const paragraphs = r.stdout.split("\n\n").map((p) => p.replace(/\n/g, " "));
    expect(paragraphs.some((p) => /^Paying \$[\d.]+k more in tokens than A for B's offering returns \+\$[\d.]+M net value .* per M output tokens \(now \$25, a guessed price; 95% CI \$[\d.]+k–\$[\d.]+k; token-price parity \$[\d.]+, value of time \$[\d.]+k\)\. .*$/.test(p))).toBe(true);
    expect(r.stdout).toMatch(/B vs A +\$10M +at most -\d+\.\d \(censored\) +-\d+\.\d \(/);
    expect(summary.points[0].verdicts[0]).toMatchObject({ of: "B", against: "A", pricePerMOutputUsd: 25 });
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.command).toBe(`velocity run ${SEED} --runs 20 --seed 42 --levers instant-review --lever-runs 10`);
  });

  it("compares every sweep point with the --baseline point", () => {
    const out = join(fresh(), "o");
    const r = runCli(["run", SEED, "--runs", "20", "--workers", "1", "--no-charts", "--out", out, "--levers", "none", "--vary", "companies[B].agent.tokensPerSecond=65,3000", "--baseline", "B.tokensPerSecond=3000"]);
    expect(r.status).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.baseline).toBe("B.tokensPerSecond=3000");
    expect(summary.points[0].comparisons.some((c: { against: string }) => c.against === "B @ B.tokensPerSecond=3000")).toBe(true);
    expect(summary.points[1].comparisons.some((c: { against: string }) => c.against.includes(" @ "))).toBe(false);
  });

  const bad: [string, string[], RegExp][] = [
    ["an unknown lever", ["--levers", "instant-everything"], /--levers.*unknown lever "instant-everything"/],
    ["a removed lever", ["--levers", "no-feedback-delay"], /--levers.*lever "no-feedback-delay" was removed \(.*use no-feedback-latency\)/],
    ["an unknown baseline", ["--baseline", "fastest"], /--baseline: no sweep point is labelled "fastest"/],
    ["an unknown --company", ["--company", "Z"], /--company: no company named "Z" \(companies: A, B\)/],
  ];
  for (const [name, args, message] of bad) {
    it(`refuses ${name} with one line and exit 2, writing nothing`, () => {
      const out = join(fresh(), "never");
      const r = runCli(["run", SEED, "--out", out, ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(out)).toBe(false);
    });
  }
});
