/**
 * A sweep point's label names whose value it sets: a company's field reads after the company's
 * name (`B.tokensPerSecond=65`), however the path names the company (by name or by index) and
 * whichever companies the value reaches by `extends`; a market field reads bare (`arpu=100`).
 * Without the company, "A vs A @ tokensPerSecond=65" read as A's own speed when the sweep moved B's.
 */
import { describe, expect, it } from "vitest";
import { expandSweep, loadScenario } from "../../src/scenario/index.ts";

// seed-article: A, then B, which extends A (and writes its own speed, not its sessions).
const scenario = loadScenario("scenarios/seed-article.yaml");
const names = scenario.companies.map((c) => c.name);

const companyAxes: [path: string, company: string, leaf: string, values: number[]][] = [
  ["companies[B].agent.tokensPerSecond", "B", "tokensPerSecond", [65, 1000]],
  ["companies[1].agent.tokensPerSecond", "B", "tokensPerSecond", [65, 1000]],
  ["companies[A].agent.tokensPerSecond", "A", "tokensPerSecond", [65, 1000]],
  ["companies[0].agent.sessions", "A", "sessions", [1, 3]],
  // Reaches B as well (B extends A without writing sessions): the label still names the company whose value it is.
  ["companies[A].agent.sessions", "A", "sessions", [1, 3]],
  ["companies[B].team.engineers", "B", "engineers", [2, 5]],
];

describe("sweep labels name the company a field belongs to", () => {
  for (const [path, company, leaf, values] of companyAxes) {
    it(`${path}: every label reads ${company}.${leaf}=<value>`, () => {
      const points = expandSweep(scenario, [{ path, values }]);
      expect(points.map((p) => p.label)).toEqual(values.map((v) => `${company}.${leaf}=${v}`));
      expect(names).toContain(company);
    });
  }

  it("a market field names no company", () => {
    const points = expandSweep(scenario, [{ path: "market.arpu", values: [100, 1000] }]);
    for (const p of points) expect(names.some((n) => p.label.startsWith(`${n}.`))).toBe(false);
    expect(points.map((p) => p.label)).toEqual(["arpu=100", "arpu=1000"]);
  });

  it("the same field swept on both companies gives labels that tell the two apart", () => {
    const points = expandSweep(scenario, [
      { path: "companies[A].agent.tokensPerSecond", values: [65, 1000] },
      { path: "companies[B].agent.tokensPerSecond", values: [65, 1000] },
    ]);
    const labels = points.map((p) => p.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[1]).toBe("A.tokensPerSecond=65, B.tokensPerSecond=1000");
  });
});
