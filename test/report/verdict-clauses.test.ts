/**
 * Every clause of the verdict follows from the numbers printed beside it (issue 31, cause 1), as a
 * property over edge settings: a zero output price (input tokens still cost), every price zero,
 * equal offerings (equal prices and speeds), equal speeds, one company on a sweep, and one run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatShare, formatUsd } from "../../src/format/index.ts";
import type { Summary, Verdict } from "../../src/montecarlo/types.ts";
import { verdictSentence } from "../../src/report/verdict-text.ts";
import { repoRoot } from "../cli/run-cli.ts";

function summaryOf(file: string, args: string[]): Summary {
  const out = join(mkdtempSync(join(tmpdir(), "velocity-verdict-")), "out");
  const r = spawnSync(process.execPath, [`${repoRoot}bin/velocity.mjs`, "run", file, "--workers", "1", "--levers", "none", "--no-charts", "--json", "--out", out, ...args], { cwd: repoRoot, encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Summary;
}

/** Checks each clause of `v`'s sentence against `v` and the company's own numbers. */
function checkClauses(summary: Summary, v: Verdict): void {
  const sentence = verdictSentence(summary, v);
  const extra = v.extraTokenSpendUsd.p50;
  // Paying more / less / no more: the sign of the median extra token spend.
  if (extra > 0) expect(sentence, sentence).toMatch(new RegExp(`^Paying \\${formatUsd(extra)} more`));
  else if (extra < 0) expect(sentence, sentence).toMatch(new RegExp(`^Paying \\${formatUsd(-extra)} less`));
  else expect(sentence, sentence).toMatch(/^Paying no more/);
  // Returns / loses: the sign of the median net value gain, unless its interval cannot tell it from
  // zero: then "no detectable difference" and the chance it pays, never a break-even price.
  const close = v.netValueMedianInterval?.detectable === false;
  if (close) {
    expect(sentence, sentence).toContain(" makes no detectable difference in net value ");
    expect(sentence, sentence).toContain(`it pays in ${formatShare(v.sharePaidForItself)} of runs`);
    expect(sentence, sentence).not.toContain("stays under");
  } else expect(sentence, sentence).toContain(v.netValueDifferenceUsd.p50 >= 0 ? " returns " : " loses ");
  // Sooner / later / no clear difference: where the restricted mean's interval lies.
  const w = v.weeksSooner;
  if (sentence.includes("no clear difference")) expect(w.low <= 0 && w.high >= 0, sentence).toBe(true);
  else if (sentence.includes(" sooner on average")) expect(w.low > 0, sentence).toBe(true);
  else expect(w.high < 0 && sentence.includes(" later on average"), sentence).toBe(true);
  // Free tokens only when the company spends nothing on tokens in any run.
  const own = summary.points.find((p) => p.verdicts.includes(v))!.companies.find((c) => c.name === v.of)!;
  if (sentence.includes("tokens are free")) expect([own.tokenSpendUsd.p50, own.tokenSpendUsd.p90, own.tokenSpendUsd.mean], sentence).toEqual([0, 0, 0]);
  if (own.tokenSpendUsd.p50 !== null && own.tokenSpendUsd.p50 > 0) expect(sentence, sentence).not.toMatch(/tokens are free/);
  // The break-even clause: the price printed is the break-even written.
  if (!close && v.breakEvenPricePerMOutputUsd !== null) expect(sentence, sentence).toContain(`stays under ${formatUsd(v.breakEvenPricePerMOutputUsd)} per M output tokens`);
  if (sentence.includes("even with free tokens")) expect(v.priceCurve[0].p50 <= 0, sentence).toBe(true);
  // From fewer than 6 runs, no spread of runs is quoted, nothing is detectable and nothing ranked.
  if (v.runs < 6) {
    expect(sentence, sentence).not.toContain("p10–p90");
    expect(close, sentence).toBe(true);
    expect(sentence, sentence).not.toContain("Worth checking first");
  }
}

const G = "scenarios/grounded.yaml";
const CASES: { name: string; file: string; args: string[] }[] = [
  { name: "B's output price 0 (input tokens still cost)", file: G, args: ["--runs", "30", "--set", "companies[B].agent.pricePerMOutput=0"] },
  { name: "every price of B 0", file: G, args: ["--runs", "30", "--set", "companies[B].agent.pricePerMOutput=0", "--set", "companies[B].agent.pricePerMInput=0", "--set", "companies[B].agent.pricePerMCachedInput=0"] },
  { name: "equal offerings (equal prices and speeds)", file: G, args: ["--runs", "30", "--set", "companies[B].agent.model=opus-4.6"] },
  { name: "equal speeds, different prices", file: G, args: ["--runs", "30", "--set", "companies[B].agent.tokensPerSecond=40", "--set", "companies[A].agent.tokensPerSecond=40"] },
  { name: "one company on a sweep", file: "scenarios/speed-tiers.yaml", args: ["--runs", "20"] },
  { name: "one run", file: G, args: ["--runs", "1"] },
];

describe("every clause of the verdict follows from its numbers", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const summary = summaryOf(c.file, c.args);
      const verdicts = summary.points.flatMap((p) => p.verdicts);
      expect(verdicts.length).toBeGreaterThan(0);
      for (const v of verdicts) checkClauses(summary, v);
    }, 120_000);
  }

  it("B's output price 0: says input tokens still cost, with B's median token spend", () => {
    const summary = summaryOf(G, ["--runs", "30", "--set", "companies[B].agent.pricePerMOutput=0"]);
    const v = summary.points[0].verdicts[0];
    const spend = summary.points[0].companies.find((c) => c.name === "B")!.tokenSpendUsd.p50!;
    expect(spend).toBeGreaterThan(0);
    // Where the gain cannot be told from zero, the sentence gives the chance it pays… (set here:
    // whether 30 runs tell it depends on the model's spread, which issue 30 narrowed)
    const close = { ...v, netValueMedianInterval: { ...v.netValueMedianInterval!, detectable: false } };
    expect(verdictSentence(summary, close)).not.toMatch(/tokens are free/);
    // …and were the runs decisive, the price clause says what B still pays for its other tokens.
    const decisive = { ...v, netValueMedianInterval: { ...v.netValueMedianInterval!, detectable: true } };
    summary.points[0].verdicts[0] = decisive;
    expect(verdictSentence(summary, decisive)).toContain(`B pays nothing per output token here but ${formatUsd(spend)} (median) for its other tokens`);
  }, 120_000);
});
