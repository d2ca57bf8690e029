/**
 * Property: whatever a user writes, loading gives either a valid scenario or a one-line
 * `ScenarioError` — never another exception. Good scenarios are mutated (keys deleted, renamed or
 * added, values swapped for other types, random strings and numbers, characters of the text
 * edited) and loaded from a file, through `--set`, and through `compileScenario`.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { compileScenario, expandSweep, loadScenario, parseVary, ScenarioError, type Scenario } from "../../src/scenario/index.ts";

const dir = mkdtempSync(`${tmpdir()}/velocity-prop-`);
const sources = [
  ...readdirSync("scenarios").filter((f) => f.endsWith(".yaml")).map((f) => `scenarios/${f}`),
  ...readdirSync("test/fixtures/scenarios/good").filter((f) => f.endsWith(".yaml")).map((f) => `test/fixtures/scenarios/good/${f}`),
];
// Files that extend others find their bases next to them.
for (const source of sources) copyFileSync(source, `${dir}/${source.split("/").pop()}`);
// The catalogue (models.yaml) is copied for the files that extend it, but is not a scenario itself.
const goods = sources.filter((s) => !s.endsWith("/models.yaml")).map((s) => ({ name: s.split("/").pop() as string, text: readFileSync(s, "utf8"), tree: parse(readFileSync(s, "utf8")) as unknown }));

type Path = (string | number)[];

function paths(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

/** Sets an own property even for `__proto__`. */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

type Mutation = { kind: "delete" | "replace" | "rename" | "add"; at: number; key: string; value: unknown };

function mutate(tree: unknown, m: Mutation): unknown {
  const copy = structuredClone(tree);
  const all = paths(copy).filter((p) => p.length > 0);
  if (all.length === 0) return m.value;
  const path = all[m.at % all.length];
  let parent: unknown = copy;
  for (const step of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[step];
  const last = path[path.length - 1];
  const p = parent as Record<string | number, unknown> & unknown[];
  if (m.kind === "delete") {
    if (Array.isArray(p)) p.splice(last as number, 1);
    else delete p[last];
  } else if (m.kind === "replace") {
    p[last] = m.value;
  } else if (m.kind === "rename" && !Array.isArray(p)) {
    const value = p[last];
    delete p[last];
    put(p, m.key, value);
  } else {
    const target = p[last];
    if (target !== null && typeof target === "object" && !Array.isArray(target)) put(target as Record<string, unknown>, m.key, m.value);
    else p[last] = m.value;
  }
  return copy;
}

const keyArb = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "name", "extends", "companies", "tokenPerSecond", "sweep", "points", "set", "label", "agent", "lognormal", "beta", "from"),
  fc.string({ maxLength: 12 }),
);
const scalarArb = fc.oneof(
  fc.constantFrom("5 to 20", "20 to 5", "0 to 1", "$25", "$1e400", "-1 h", "90 min", "6 weeks", "80%", "200k", "fast", "", "A", "B", "companies[B].agent.tokensPerSecond", "nope.yaml", "base.yaml"),
  fc.string({ maxLength: 20 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const valueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalarArb },
  { weight: 1, arbitrary: fc.array(scalarArb, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(keyArb, scalarArb, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.record({ uniform: fc.array(scalarArb, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ lognormal: fc.record({ median: scalarArb, p90: scalarArb }) }) },
);
const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("delete", "replace", "rename", "add"),
  at: fc.nat(),
  key: keyArb,
  value: valueArb,
});

/** How many inputs loaded and how many were refused: each property must see both, or it tests nothing. */
const outcomes = { ok: 0, refused: 0 };

/** Runs `load`; passes when it returns a scenario that recompiles to itself, or throws a one-line ScenarioError. */
function acceptable(load: () => Scenario): void {
  let scenario: Scenario;
  try {
    scenario = load();
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    expect(error.userFacing).toBe(true);
    expect(error.message).not.toContain("\n");
    outcomes.refused++;
    return;
  }
  outcomes.ok++;
  expect(scenario.companies.length).toBeGreaterThan(0);
  expect(compileScenario(scenario.resolved, scenario.file).resolved).toEqual(scenario.resolved);
}

let counter = 0;
function writeTemp(text: string): string {
  const file = `${dir}/mutant-${counter++}.yaml`;
  writeFileSync(file, text);
  return file;
}

describe("any input gives a scenario or a ScenarioError", () => {
  beforeEach(() => {
    outcomes.ok = 0;
    outcomes.refused = 0;
  });
  afterEach((context) => {
    if (context.task.name.startsWith("arbitrary") || context.task.name.includes("--vary")) return;
    expect(outcomes.ok, "some inputs must load").toBeGreaterThan(0);
    expect(outcomes.refused, "some inputs must be refused").toBeGreaterThan(0);
  });

  it("structural mutations of good files (1–3 per file)", () => {
    fc.assert(
      fc.property(fc.nat(goods.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (g, mutations) => {
        const tree = mutations.reduce((t, m) => mutate(t, m), goods[g].tree);
        acceptable(() => loadScenario(writeTemp(stringify(tree))));
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it("character edits of good files' text", () => {
    fc.assert(
      fc.property(fc.nat(goods.length - 1), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 4 }), (g, edits) => {
        let text = goods[g].text;
        for (const [at, cut, insert] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + insert + text.slice(i + cut);
        }
        acceptable(() => loadScenario(writeTemp(text)));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("random --set assignments", () => {
    const setArb = fc.oneof(
      fc.tuple(
        fc.constantFrom("companies[B].agent.tokensPerSecond", "companies[0].task.reviewTime", "market.arpu", "horizon", "runs", "companies[A].team.calendar.workdays", "__proto__.x", "companies[Z].agent.sessions", "sweep", "companies[1].extends", "name"),
        fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("65", "[1, 2", "{ uniform: [0.1, 0.2] }", "-5", "&a 1", "*a", "!!str 3", "")),
      ).map(([p, v]) => `${p}=${v}`),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(setArb, { minLength: 1, maxLength: 3 }), (sets) => {
        acceptable(() => loadScenario("test/fixtures/scenarios/good/set-target.yaml", { set: sets }));
      }),
      { numRuns: 300, seed: 99 },
    );
  });

  it("mutated resolved trees through compileScenario", () => {
    const resolved = goods.map((g) => loadScenario(`${dir}/${g.name}`).resolved);
    fc.assert(
      fc.property(fc.nat(resolved.length - 1), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), (r, mutations) => {
        const tree = mutations.reduce((t, m) => mutate(t, m), resolved[r] as unknown) as Record<string, unknown>;
        acceptable(() => compileScenario(tree, "resolved.json"));
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it("random --vary text through parseVary and expandSweep", () => {
    const scenario = loadScenario("test/fixtures/scenarios/good/sweep.yaml");
    const valueArb = fc.oneof(
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      { weight: 4, arbitrary: fc.constantFrom("65", "100", "-1", "$25", "2 h", "wait", "[1", "{a: 1}", "") },
    );
    const varyArb = fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(
            fc.constantFrom("companies[B].agent.tokensPerSecond", "market.arpu", "companies[0].task.reviewTime", "companies[Q].x", "name", "sweep", "horizon", "companies[A].product.iterationPolicy"),
            fc.array(valueArb, { minLength: 1, maxLength: 3 }),
          )
          .map(([p, vs]) => `${p}=${vs.join(",")}`),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    );
    let loaded = 0;
    fc.assert(
      fc.property(fc.array(varyArb, { minLength: 1, maxLength: 2 }), (texts) => {
        try {
          const points = expandSweep(scenario, texts.map(parseVary));
          expect(points.length).toBeGreaterThan(0);
          loaded++;
        } catch (error) {
          if (!(error instanceof ScenarioError)) throw error;
          expect(error.message).not.toContain("\n");
        }
      }),
      { numRuns: 300, seed: 3 },
    );
    expect(loaded).toBeGreaterThan(0);
  });

  it("arbitrary text and arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => acceptable(() => loadScenario(writeTemp(text)))),
      { numRuns: 100, seed: 1 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => acceptable(() => compileScenario(value as Record<string, unknown>))),
      { numRuns: 200, seed: 2 },
    );
  });
});
