/**
 * Sweep expansion: a scenario with `sweep:` axes and/or named points → one `SweepPoint` per
 * combination, each a complete scenario compiled from `scenario.resolved` with the values applied.
 *
 * - Axes form a grid (product of their values), first axis slowest; `--vary` axes come last
 *   (and replace a file axis with the same path).
 * - Named points: one point each; with axes too, every named point is combined with every grid
 *   point (named point slowest), the grid values applied after the point's `set`.
 * - A value set on a company reaches the companies that inherit it, as in the file and with
 *   `--set`: sweeping `companies[A].x` changes A and every company that extends A without writing
 *   x itself (lineage.ts; the values are applied to the resolved scenario, after inheritance).
 * - A fit field set on one company (`takeoff.fitChance`, `learningNeeded`, `evidencePerLearning`) is
 *   its idea's: every company pursuing the same idea gets it.
 * - A point that sets a company's `agent.model` runs that offering as catalogued (its speed, list
 *   prices and quality): the company's own offering overrides are dropped, then the point's values applied.
 * - Nothing swept: one point labelled `base`, the scenario itself.
 */
import { compileScenario } from "./compile.ts";
import { ScenarioError, type SourceLocation } from "./errors.ts";
import { flowText, describeValue } from "./messages.ts";
import { OFFERING_FIELDS } from "./offering.ts";
import { companyIndex, type PathSegment } from "./path.ts";
import { parseYamlText } from "./read-yaml.ts";
import { checkParameterPath, checkValue, MAX_SWEEP_POINTS } from "./sweep-compile.ts";
import { varyRange } from "./vary-range.ts";
import { companiesReached, type Lineage } from "./lineage.ts";
import { toPlain } from "./tree.ts";
import type { FieldSpec } from "./field.ts";
import type { Quantity, Scenario, SweepAxis, SweepPoint } from "./types.ts";

/**
 * `--vary path=v1,v2,...` → a sweep axis. Each value is read as YAML (`65` a number, `$25` text);
 * commas separate values, so write amounts without thousands separators. `[v1, v2]` is accepted
 * too, and ranges: `65..3000 log 6`, `65..3000 lin 4`, `1..10 step 1` (vary-range.ts).
 * @throws ScenarioError (`--vary path: …`) for a missing `=`, a bad path or an empty value list.
 */
export function parseVary(text: string): SweepAxis {
  const at = text.indexOf("=");
  const where: SourceLocation = { file: "--vary", line: 0, column: 0, path: at > 0 ? text.slice(0, at).trim() : text };
  if (at <= 0) throw new ScenarioError(where, "", `expected path=v1,v2,..., got ${describeValue(text)}`);
  const path = text.slice(0, at).trim();
  let list = text.slice(at + 1).trim();
  const range = varyRange(list);
  if (typeof range === "string") throw new ScenarioError(where, path, range);
  if (range !== undefined) return { path, values: range };
  // `[65, 200]` reads as the list it looks like (it was a YAML "flow sequence" error).
  if (/^\[.*\]$/s.test(list) && !/[[\]{}]/.test(list.slice(1, -1))) list = list.slice(1, -1);
  const parts = list.split(",").map((v) => v.trim());
  if (parts.some((p) => p === "")) throw new ScenarioError(where, path, `expected comma-separated values, got ${describeValue(text.slice(at + 1))}`);
  const values = parts.map((p) => {
    const value = toPlain(parseYamlText(p, "--vary", path));
    if (typeof value !== "number" && typeof value !== "string") throw new ScenarioError(where, path, `expected a number or text, got ${describeValue(value)}`);
    return value;
  });
  return { path, values };
}

type Plain = Record<string, unknown>;

/** Writes `value` at `segments` in a plain resolved tree (mutates it). */
function setPlain(root: Plain, segments: readonly PathSegment[], value: unknown): void {
  let node: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const last = i === segments.length - 1;
    if ("company" in s) {
      const list = node as Plain[];
      node = list[companyIndex(s.company, list.map((c) => c.name as string))];
      continue;
    }
    const map = node as Plain;
    if (last) {
      map[s.key] = value;
      return;
    }
    if (map[s.key] === undefined || map[s.key] === null || typeof map[s.key] !== "object") map[s.key] = {};
    node = map[s.key];
  }
}

/** The fit fields an idea's companies share (see compile.ts: they must agree). */
const IDEA_FIELDS = new Set(["fitChance", "learningNeeded", "evidencePerLearning"]);

/**
 * The same path for each company a value written on `segments`' company reaches (itself and the
 * companies that inherit the value from it); `segments` itself when it names no company.
 */
function reachedPaths(root: Plain, segments: readonly PathSegment[], lineage: Lineage | undefined): PathSegment[][] {
  const at = segments.findIndex((s) => "company" in s);
  const company = segments[at];
  if (at < 0 || !("company" in company)) return [[...segments]];
  const names = (root.companies as Plain[]).map((c) => c.name as string);
  const name = names[companyIndex(company.company, names)];
  const field = segments
    .slice(at + 1)
    .map((s) => ("key" in s ? s.key : s.company))
    .join(".");
  return companiesReached(lineage, names, name, field).map((n) => [...segments.slice(0, at), { company: n }, ...segments.slice(at + 1)]);
}

/**
 * Writes a swept value on every company it reaches (reachedPaths); a fit field of one company
 * (`companies[A].takeoff.fitChance`) is the idea's, so it is written for every company pursuing the
 * same idea (same `takeoff.idea`, or none).
 */
function setSwept(root: Plain, segments: readonly PathSegment[], value: unknown, lineage: Lineage | undefined): void {
  for (const reached of reachedPaths(root, segments, lineage)) setPlain(root, reached, value);
  // companies[X].takeoff.<field>: [{ key: companies }, { company: X }, { key: takeoff }, { key: field }]
  const [, company, group, field] = segments;
  if (segments.length !== 4 || !("company" in company) || !("key" in group) || group.key !== "takeoff" || !("key" in field) || !IDEA_FIELDS.has(field.key)) return;
  const list = root.companies as Plain[];
  const idea = (c: Plain) => ((c.takeoff as Plain | undefined)?.idea as string | undefined) ?? "";
  const own = list[companyIndex(company.company, list.map((c) => c.name as string))];
  for (const other of list) if (other !== own && idea(other) === idea(own)) setPlain(root, [segments[0], { company: other.name as string }, group, field], value);
}

/**
 * `scenario` with `assignments` (`path=value`, as `--set` writes them) applied to its resolved tree
 * as a sweep applies its values: each reaches the companies that inherit it (lineage.ts), so the
 * result is the scenario that loading its file with those `--set`s too would give. Its sweep is
 * kept. Used where only the resolved tree is at hand (`velocity reprice` on a saved folder).
 * @throws ScenarioError (`--set path: …`) for a malformed assignment, a path that names no
 *   parameter or company, or a value that does not fit the field.
 */
export function setResolved(scenario: Scenario, assignments: readonly string[]): Scenario {
  const names = scenario.companies.map((c) => c.name);
  const resolved = structuredClone(scenario.resolved) as Plain;
  const lineage = scenario.lineage === undefined ? undefined : (structuredClone(scenario.lineage) as Record<string, { extends?: string; writes: string[] }>);
  for (const assignment of assignments) {
    const at = assignment.indexOf("=");
    const path = at > 0 ? assignment.slice(0, at).trim() : assignment;
    const where: SourceLocation = { file: "--set", line: 0, column: 0, path };
    if (at <= 0) throw new ScenarioError(where, "", `expected path=value, got ${describeValue(assignment)}`);
    const checked = checkParameterPath(path, names);
    if (!checked.ok) throw new ScenarioError(where, path, checked.detail);
    const value = toPlain(parseYamlText(assignment.slice(at + 1), "--set", path));
    const ok = checkValue(checked.value.spec, value, path, Object.keys(scenario.models));
    if (!ok.ok) throw new ScenarioError(where, path, ok.detail);
    setSwept(resolved, checked.value.segments, value, lineage);
    // The company now writes the value itself, as `--set` in the file's tree would make it.
    const company = checked.value.segments.find((seg) => "company" in seg);
    if (lineage !== undefined && company !== undefined && "company" in company) {
      const name = names[companyIndex(company.company, names)];
      const field = path.slice(path.indexOf("]") + 2);
      if (!lineage[name].writes.includes(field)) lineage[name].writes.push(field);
    }
  }
  const compiled = compileScenario(resolved, scenario.file);
  return lineage === undefined ? compiled : { ...compiled, lineage };
}

/**
 * Removes the offering fields (speed, prices, quality, limits) a company's agent writes, so the
 * offering its `model` names supplies them; `modelSegments` is the path of that `agent.model`.
 */
function dropOfferingOverrides(root: Plain, modelSegments: readonly PathSegment[]): void {
  const company = modelSegments.find((s) => "company" in s);
  if (company === undefined || !("company" in company)) return;
  const list = root.companies as Plain[];
  const agent = list[companyIndex(company.company, list.map((c) => c.name as string))]?.agent as Plain | undefined;
  if (agent === undefined) return;
  for (const field of OFFERING_FIELDS) delete agent[field];
}

/** The text of a swept value in a label: numbers as is, text as written, maps in flow style. */
function valueText(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : flowText(value);
}

/**
 * Label names of axes: the last path segment, after the company it belongs to when the path names
 * one (`B.tokensPerSecond`, so "A vs A @ B.tokensPerSecond=65" says whose speed moved), or the
 * whole path where two axes would share a name.
 */
function axisNames(axes: readonly SweepAxis[], names: readonly string[]): string[] {
  const short = axes.map((a) => {
    const leaf = a.path.split(".").pop() ?? a.path;
    const ref = /^companies\[([^\]]+)\]\./.exec(a.path)?.[1];
    const company = ref === undefined ? undefined : names[companyIndex(ref, names)];
    return company === undefined ? leaf : `${company}.${leaf}`;
  });
  return short.map((name, i) => (short.filter((n) => n === name).length > 1 ? axes[i].path : name));
}

/**
 * All points of the scenario's sweep (plus `extraAxes`, e.g. from `--vary`), in grid order.
 * @throws ScenarioError (`--vary path: …`) when an extra axis names no parameter or has a bad value;
 *   a file's own sweep was checked when it was loaded.
 */
export function expandSweep(scenario: Scenario, extraAxes: readonly SweepAxis[] = []): SweepPoint[] {
  const names = scenario.companies.map((c) => c.name);
  const seen = new Map<string, string>();
  for (const axis of extraAxes) {
    const where: SourceLocation = { file: "--vary", line: 0, column: 0, path: axis.path };
    const checked = checkParameterPath(axis.path, names);
    if (!checked.ok) throw new ScenarioError(where, axis.path, checked.detail);
    // companies[B] and companies[1] are the same axis: compare by company index.
    const key = checked.value.segments.map((s) => ("company" in s ? `[${companyIndex(String(s.company), names)}]` : `.${s.key}`)).join("");
    const other = seen.get(key);
    if (other !== undefined) throw new ScenarioError(where, axis.path, `expected each parameter to be varied once, got it twice (also --vary ${other}=…); list all its values in one --vary`);
    seen.set(key, axis.path);
    if (axis.values.length === 0) throw new ScenarioError(where, axis.path, "expected at least one value, got none");
    for (const value of axis.values) {
      const ok = checkValue(checked.value.spec, value, axis.path, Object.keys(scenario.models));
      if (!ok.ok) throw new ScenarioError(where, axis.path, ok.detail);
    }
  }
  const axes = [...scenario.sweep.filter((a) => !extraAxes.some((e) => e.path === a.path)), ...extraAxes];
  const named = scenario.sweepPoints ?? [];
  if (axes.length === 0 && named.length === 0) return [{ index: 0, label: "base", params: {}, numericParams: {}, scenario }];

  const size = axes.reduce((n, a) => n * a.values.length, Math.max(1, named.length));
  if (size > MAX_SWEEP_POINTS) throw new ScenarioError({ file: "--vary", line: 0, column: 0 }, "", `expected at most ${MAX_SWEEP_POINTS} sweep points, got ${size}`);

  const checkedPath = (path: string): { segments: PathSegment[]; spec: FieldSpec } => {
    const checked = checkParameterPath(path, names);
    if (!checked.ok) throw new ScenarioError({ file: scenario.file, line: 0, column: 0 }, path, checked.detail);
    return checked.value;
  };
  const segmentsOf = (path: string): PathSegment[] => checkedPath(path).segments;
  /** A swept value in model units, when it is a single number. */
  const numeric = (path: string, value: unknown): number | undefined => {
    const compiled = checkValue(checkedPath(path).spec, value);
    if (!compiled.ok) return undefined;
    const v = compiled.value;
    if (typeof v === "number") return v;
    if (v !== null && typeof v === "object" && "constant" in v) return (v as Quantity).constant;
    return undefined;
  };
  const axisSegments = axes.map((a) => segmentsOf(a.path));
  const labels = axisNames(axes, names);
  const groups = named.length > 0 ? named : [undefined];
  const gridSize = axes.reduce((n, a) => n * a.values.length, 1);
  const points: SweepPoint[] = [];
  for (const group of groups) {
    for (let g = 0; g < gridSize; g++) {
      const resolved = structuredClone(scenario.resolved) as Plain;
      delete resolved.sweep;
      const params: Record<string, number | string> = {};
      const numericParams: Record<string, number> = {};
      const parts: string[] = [];
      // A point that names an offering runs it as catalogued, at its list prices: the company's
      // own speed, price and quality overrides are dropped first (values the point sets win).
      const modelPaths = [...Object.keys(group?.set ?? {}), ...axes.map((a) => a.path)].filter((path) => path.endsWith(".agent.model"));
      for (const path of modelPaths) for (const reached of reachedPaths(resolved, segmentsOf(path), scenario.lineage)) dropOfferingOverrides(resolved, reached);
      if (group !== undefined) {
        for (const [path, value] of Object.entries(group.set)) {
          setSwept(resolved, segmentsOf(path), value, scenario.lineage);
          params[path] = typeof value === "number" || typeof value === "string" ? value : flowText(value);
          const n = numeric(path, value);
          if (n !== undefined) numericParams[path] = n;
        }
        parts.push(group.label);
      }
      // Mixed radix: the last axis varies fastest.
      let rest = g;
      const picks = axes.map(() => 0);
      for (let a = axes.length - 1; a >= 0; a--) {
        picks[a] = rest % axes[a].values.length;
        rest = Math.floor(rest / axes[a].values.length);
      }
      axes.forEach((axis, a) => {
        const value = axis.values[picks[a]];
        setSwept(resolved, axisSegments[a], value, scenario.lineage);
        params[axis.path] = value;
        const n = numeric(axis.path, value);
        if (n !== undefined) numericParams[axis.path] = n;
        parts.push(`${labels[a]}=${valueText(value)}`);
      });
      points.push({ index: points.length, label: parts.join(", "), params, numericParams, scenario: compileScenario(resolved, scenario.file) });
    }
  }
  return points;
}
