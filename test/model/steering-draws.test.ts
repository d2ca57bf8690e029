/**
 * Human times (prompt, read, refocus) are drawn only for companies whose tasks can have a supervised
 * turn: an unattended company skips three draws per task, and since the steering stream serves
 * nothing else, none of its other draws moves.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/model/index.ts";
import { hasSupervisedTurns } from "../../src/model/task.ts";
import type { CompanyDraws } from "../../src/model/draws.ts";
import { company, dist, scenario } from "./scenario-builder.ts";

const withAutonomy = (autonomy: number) => ({ autonomy }) as CompanyDraws;
/** A human time that must never be drawn. */
const never = dist(() => {
  throw new Error("a human time was drawn for a task that is never steered");
}, 0.1);

describe("hasSupervisedTurns", () => {
  it("is false only when no pass can have a supervised turn", () => {
    const task = company("A").task;
    expect(hasSupervisedTurns(task, withAutonomy(1))).toBe(false);
    expect(hasSupervisedTurns(task, withAutonomy(0.99))).toBe(true);
    expect(hasSupervisedTurns(task, withAutonomy(0))).toBe(true);
    // supervisedTurns overrides autonomy either way.
    expect(hasSupervisedTurns({ ...task, supervisedTurns: 0 }, withAutonomy(0))).toBe(false);
    expect(hasSupervisedTurns({ ...task, supervisedTurns: 1 }, withAutonomy(1))).toBe(true);
  });
});

describe("an unattended company draws no human times", () => {
  const human = { promptTime: never, readTime: never };
  it("autonomy 1: none drawn, the run completes", () => {
    const s = scenario({ horizon: 200, companies: [company("A", { task: { autonomy: 1, ...human }, team: { refocusTime: never } })] });
    expect(simulate(s, 0).companies[0].v1).not.toBeNull();
  });

  it("supervisedTurns 0: none drawn, the run completes", () => {
    const s = scenario({ horizon: 200, companies: [company("A", { task: { autonomy: 0, supervisedTurns: 0, ...human }, team: { refocusTime: never } })] });
    expect(simulate(s, 0).companies[0].v1).not.toBeNull();
  });

  it("a steered company still draws them", () => {
    const s = scenario({ horizon: 200, companies: [company("A", { task: { autonomy: 0, ...human } })] });
    expect(() => simulate(s, 0)).toThrow(/human time was drawn/);
  });
});
