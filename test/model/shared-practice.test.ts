/**
 * The practice every company shares (issue 29): how much of the work agents run alone
 * (`task.autonomy`) and how far the refocus and review guesses are off (`team.refocusScale`,
 * `task.reviewScale`) are one draw per run for all companies — each company's own distribution at
 * the same random number — so a paired difference between two companies never carries noise from
 * drawing "the same people's habits" twice. The scales multiply every refocus and review of the run.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { drawCompany } from "../../src/model/draws.ts";
import { stream, uniform } from "../../src/random/index.ts";
import { loadScenario } from "../../src/scenario/index.ts";
import { company, constant, dist, scenario } from "./scenario-builder.ts";

const grounded = loadScenario(new URL("../../scenarios/grounded.yaml", import.meta.url).pathname);

describe("one draw of the practice per run, shared by every company", () => {
  it("on grounded, A and B (the same distributions) get the same autonomy, refocus and review levels in every one of 200 runs", () => {
    let differ = 0;
    const values = new Set<number>();
    for (let run = 0; run < 200; run++) {
      const inputs = [{}, {}] as Record<string, number>[];
      const ideas = new Map();
      const [a, b] = grounded.companies.map((c, i) => drawCompany(c, grounded.seed, run, inputs[i], ideas, "A"));
      if (a.autonomy !== b.autonomy || a.refocusScale !== b.refocusScale || a.reviewScale !== b.reviewScale) differ++;
      values.add(a.autonomy);
      // Both are runs.csv columns, so the value of information ranks them.
      expect(inputs[1]["companies[B].task.autonomy"]).toBe(b.autonomy);
      expect(inputs[1]["companies[B].team.refocusScale"]).toBe(b.refocusScale);
      expect(inputs[1]["companies[B].task.reviewScale"]).toBe(b.reviewScale);
    }
    expect(differ).toBe(0);
    // …and they are drawn: 200 runs, 200 different values.
    expect(values.size).toBe(200);
  });

  it("a company with another distribution gets its value at the same quantile: uniform 0–1 for A, 0.5–1 for B gives B = 0.5 + A/2 run by run", () => {
    const A = company("A", { task: { autonomy: dist(uniform({ min: 0, max: 1 }), 0.5) } });
    const B = company("B", { task: { autonomy: dist(uniform({ min: 0.5, max: 1 }), 0.75) } });
    for (let run = 0; run < 50; run++) {
      const a = drawCompany(A, 7, run, {}, new Map(), "A");
      const b = drawCompany(B, 7, run, {}, new Map(), "A");
      expect(b.autonomy).toBeCloseTo(0.5 + a.autonomy / 2, 12);
    }
  });

  it("the first company's draws are what they were when each company drew its own", () => {
    const A = grounded.companies[0];
    for (let run = 0; run < 20; run++) {
      const shared = drawCompany(A, 11, run, {}, new Map(), "A");
      expect(shared.autonomy).toBe(A.task.autonomy.sample(stream(11, run, "A", "task.autonomy")));
    }
  });
});

describe("the refocus and review levels scale every refocus and review of the run", () => {
  // One engineer, one task of 12 supervised turns, each with a long call (0.1 h of tools + 5 s of
  // decoding) that sends the engineer away and costs a refocus; review 1 h (scenario-builder.ts).
  const n = 12;
  const call = 0.1 + 5 / 3600;
  const base = (team: object = {}, task: object = {}) =>
    company("A", { task: { turns: n, autonomy: 0, promptTime: 0.25, readTime: 0.2, outputTokens: 500 * n, toolTime: 0.1 * n, ...task }, team: { refocusTime: 0.05, ...team } });
  const v1 = (c: ReturnType<typeof company>) => simulate(scenario({ horizon: 60, companies: [c] }), 0).companies[0].v1!;
  const plain = 2 + n * (0.25 + call + 0.05 + 0.2) + 1 + 1;

  it("with both at 1 (the default), v1 is the hand-worked planning + n × (prompt + call + refocus + read) + review + release", () => {
    expect(v1(base())).toBeCloseTo(plain, 9);
  });

  it("a refocus level of 3 adds exactly 2 × n refocus times; a review level of 2.5 adds 1.5 reviews", () => {
    expect(v1(base({ refocusScale: 3 }))).toBeCloseTo(plain + 2 * n * 0.05, 9);
    expect(v1(base({}, { reviewScale: 2.5 }))).toBeCloseTo(plain + 1.5 * 1, 9);
  });

  it("written as 1 they change nothing: seed-article's first 30 runs are byte-identical with both written as 1 and left out", () => {
    const leftOut = loadScenario(new URL("../../scenarios/seed-article.yaml", import.meta.url).pathname);
    const ones = { ...leftOut, companies: leftOut.companies.map((c) => ({ ...c, team: { ...c.team, refocusScale: constant(1) }, task: { ...c.task, reviewScale: constant(1) } })) };
    for (let run = 0; run < 30; run++) expect(JSON.stringify(simulate(ones, run))).toBe(JSON.stringify(simulate(leftOut, run)));
  });
});
