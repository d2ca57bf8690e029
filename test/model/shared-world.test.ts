/**
 * One idea, one world: companies chasing the same idea build the same v1 scope (`product.v1Tasks`)
 * and meet the same market (Bass `growth.p`, `growth.q`), as they share its fit. Before, each
 * company drew its own, and on grounded who reached $10M first was mostly who drew the larger p:
 * the race measured a lottery, not the offering. A company on its own idea still draws its own.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate, type CompanyRun } from "../../src/model/index.ts";
import { loadScenario } from "../../src/scenario/index.ts";

const grounded = fileURLToPath(new URL("../../scenarios/grounded.yaml", import.meta.url));
const RUNS = 300;
/** Fit in every run, so that most runs have a race to look at. */
const FIT = ["companies[A].takeoff.fitChance=1", "companies[B].takeoff.fitChance=1"];
const runs = (set: string[], n = RUNS): CompanyRun[][] => {
  const s = { ...loadScenario(grounded, { set }), seed: 11 };
  return Array.from({ length: n }, (_, run) => simulate(s, run).companies);
};
const first = (x: CompanyRun, y: CompanyRun): boolean => x.target !== null && (y.target === null || x.target < y.target);
const WORLD = ["product.v1Tasks", "growth.p", "growth.q"];

/** P(B first) among the runs where B's draw of `path` is above A's, and among those where it is below. */
function bySign(race: CompanyRun[][], path: string) {
  const share = (rs: CompanyRun[][]) => ({ n: rs.length, bFirst: rs.filter(([a, b]) => first(b, a)).length / Math.max(1, rs.length) });
  const diff = ([a, b]: CompanyRun[]) => b.inputs[`companies[B].${path}`] - a.inputs[`companies[A].${path}`];
  return { above: share(race.filter((r) => diff(r) > 0)), below: share(race.filter((r) => diff(r) < 0)) };
}

/** Whether two shares differ by more than 3 standard errors of their difference. */
function differ(x: { n: number; bFirst: number }, y: { n: number; bFirst: number }): boolean {
  const pooled = (x.bFirst * x.n + y.bFirst * y.n) / (x.n + y.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / x.n + 1 / y.n));
  return Math.abs(x.bFirst - y.bFirst) > 3 * se;
}

describe("companies on one idea share its world", () => {
  const shared = runs(FIT);

  it("grounded: A and B build the same v1 scope and meet the same p and q in every run", () => {
    for (const [a, b] of shared) {
      for (const path of WORLD) expect(b.inputs[`companies[B].${path}`]).toBe(a.inputs[`companies[A].${path}`]);
    }
  });

  it("grounded, fit in every run: who reaches $10M first does not depend on the sign of any per-company draw difference", () => {
    // The offering's own draws (agent.*) differ by design: that is what the race compares.
    const paths = Object.keys(shared[0][1].inputs)
      .filter((k) => k.startsWith("companies[B]."))
      .map((k) => k.slice("companies[B].".length))
      .filter((path) => !path.startsWith("agent."));
    expect(paths).toEqual(expect.arrayContaining(WORLD));
    for (const path of paths) {
      const { above, below } = bySign(shared, path);
      // Shared draws never differ; a draw that did would have to leave P(B first) where it was.
      if (above.n >= 30 && below.n >= 30) expect(differ(above, below), path).toBe(false);
      else expect(above.n + below.n, path).toBe(0);
    }
  });

  it("the same check catches the lottery: with B on its own idea, B is first far more often when its p is the larger", () => {
    const own = runs([...FIT, "companies[B].takeoff.idea=own"]);
    const { above, below } = bySign(own, "growth.p");
    expect(above.n).toBeGreaterThan(100);
    expect(below.n).toBeGreaterThan(100);
    expect(above.bFirst).toBeGreaterThan(below.bFirst);
    expect(differ(above, below)).toBe(true);
  });

  it("a company on its own idea draws its own v1 scope, p and q", () => {
    const own = runs(["companies[B].takeoff.idea=own"], 50);
    for (const path of WORLD) {
      const same = own.filter(([a, b]) => b.inputs[`companies[B].${path}`] === a.inputs[`companies[A].${path}`]);
      expect(same, path).toHaveLength(0);
    }
  });

  it("two identical companies on one idea tie: equal v1 scopes run by run, and each is first about as often", () => {
    const twins = runs([...FIT, "companies[B].agent.model=opus-4.6"]);
    for (const [a, b] of twins) expect(b.inputs["companies[B].product.v1Tasks"]).toBe(a.inputs["companies[A].product.v1Tasks"]);
    const aFirst = twins.filter(([a, b]) => first(a, b)).length;
    const bFirst = twins.filter(([a, b]) => first(b, a)).length;
    // Under a tie, each decided run is a fair coin: |A − B| within 3 SE of a binomial's difference.
    const decided = aFirst + bFirst;
    expect(decided).toBeGreaterThan(30);
    expect(Math.abs(aFirst - bFirst)).toBeLessThan(3 * Math.sqrt(decided));
  });
});
