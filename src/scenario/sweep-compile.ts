/**
 * The `sweep:` section → axes and named points, every path checked to name a parameter (and an
 * existing company) and every value checked like the field it sets:
 *
 * ```yaml
 * sweep:
 *   companies[B].agent.tokensPerSecond: [65, 200, 1000]             # a list
 *   market.arpu: { from: $300, to: $1200, steps: 4, scale: log }      # a range
 *   points:                                                           # named points
 *     - { label: fast mode, set: { companies[0].agent.tokensPerSecond: 162, companies[0].agent.pricePerMOutput: $150 } }
 * ```
 */
import type { Compiled } from "./distribution.ts";
import { ScenarioError, type SourceLocation } from "./errors.ts";
import type { FieldSpec } from "./field.ts";
import { nameProblem } from "./name.ts";
import { compileLeaf } from "./leaf.ts";
import { describeValue, didYouMean, unknownCompany, unknownKey } from "./messages.ts";
import { companyIndex, fieldAt, parsePath, type PathSegment } from "./path.ts";
import { toPlain, type TreeNode } from "./tree.ts";
import type { SweepAxis, SweepNamedPoint } from "./types.ts";
import { parseScalar } from "./units.ts";
import { MAX_RANGE_STEPS, roundDistinct } from "./vary-range.ts";

export { MAX_RANGE_STEPS };

/** Most points one sweep may expand to. */
export const MAX_SWEEP_POINTS = 10_000;

const bad = (detail: string): { ok: false; detail: string } => ({ ok: false, detail });

/**
 * Checks that `pathText` names a sweepable parameter of this scenario (companies by name or index
 * among `companyNames`). Never throws.
 */
export function checkParameterPath(pathText: string, companyNames: readonly string[]): Compiled<{ segments: PathSegment[]; spec: FieldSpec }> {
  const parsed = parsePath(pathText);
  if (!parsed.ok) return parsed;
  const field = fieldAt(parsed.value);
  if (!field.ok) return field;
  if (field.value.kind === "text" && field.value.sweepable !== true) return bad(`expected a parameter path, got ${describeValue(pathText)} (names and descriptions cannot be swept)`);
  for (const s of parsed.value) {
    if ("company" in s && companyIndex(s.company, companyNames) < 0) {
      return bad(unknownCompany(s.company, companyNames));
    }
  }
  return { ok: true, value: { segments: parsed.value, spec: field.value } };
}

/**
 * Checks one value for the field `spec` describes; a value for an agent's `model` must also name
 * an offering of the catalogue (`modelNames`, when given).
 */
export function checkValue(spec: FieldSpec, value: unknown, path = "", modelNames?: readonly string[]): Compiled<unknown> {
  const compiled = compileLeaf(spec, value);
  if (compiled.ok && modelNames !== undefined && path.endsWith(".agent.model") && !modelNames.includes(String(compiled.value))) {
    return bad(`expected the name of an offering in models (${modelNames.join(", ") || "none"}), got ${describeValue(value)}${didYouMean(String(value), modelNames)}`);
  }
  return compiled;
}

/** `{ from, to, steps, scale }` → the values, in model units (durations as `"<hours> h"`). */
function expandRange(node: TreeNode, spec: FieldSpec, path: string): (number | string)[] {
  const where = (key: string): SourceLocation => (node.kind === "map" ? (node.entries.get(key)?.node.loc ?? node.loc) : node.loc);
  if (node.kind !== "map") throw new ScenarioError(node.loc, path, `expected a list of values or { from, to, steps, scale }, got ${describeValue(toPlain(node))}`);
  for (const [key, entry] of node.entries) {
    if (!["from", "to", "steps", "scale"].includes(key)) throw new ScenarioError(entry.keyLoc, path, unknownKey(key, ["from", "to", "steps", "scale"]));
  }
  const raw = toPlain(node) as Record<string, unknown>;
  const unit = spec.unit ?? "ratio";
  const from = parseScalar(unit, raw.from);
  if (!from.ok) throw new ScenarioError(where("from"), `${path}.from`, `expected ${from.detail}, got ${describeValue(raw.from)}`);
  const to = parseScalar(unit, raw.to);
  if (!to.ok) throw new ScenarioError(where("to"), `${path}.to`, `expected ${to.detail}, got ${describeValue(raw.to)}`);
  const steps = raw.steps;
  if (typeof steps !== "number" || !Number.isInteger(steps) || steps < 2 || steps > MAX_RANGE_STEPS) {
    throw new ScenarioError(where("steps"), `${path}.steps`, `expected a whole number of steps from 2 to ${MAX_RANGE_STEPS}, got ${describeValue(steps)}`);
  }
  const scale = raw.scale ?? "linear";
  if (scale !== "linear" && scale !== "log") throw new ScenarioError(where("scale"), `${path}.scale`, `expected linear or log, got ${describeValue(scale)}`);
  if (scale === "log" && (from.value <= 0 || to.value <= 0)) {
    throw new ScenarioError(where("from"), path, `expected from and to > 0 for a log scale, got ${describeValue(raw.from)} and ${describeValue(raw.to)}`);
  }
  // Durations keep their unit (hours), since a bare number is not a duration.
  const xs = Array.from({ length: steps }, (_, i) => {
    const t = i / (steps - 1);
    return scale === "log" ? Math.exp(Math.log(from.value) + t * (Math.log(to.value) - Math.log(from.value))) : from.value + t * (to.value - from.value);
  });
  // Three significant figures (vary-range.ts): the value run is the value every label prints.
  return roundDistinct(xs).map((x) => (unit === "integer" ? Math.round(x) : unit === "duration" ? `${x} h` : x));
}

/**
 * Compiles the `sweep:` node. `companyNames` are the scenario's companies, in order.
 * @throws ScenarioError for a path that names no parameter, a bad value, a bad range or point.
 */
export function compileSweep(node: TreeNode, companyNames: readonly string[], path: string, modelNames?: readonly string[]): { axes: SweepAxis[]; points: SweepNamedPoint[] } {
  if (node.kind !== "map") throw new ScenarioError(node.loc, path, `expected a map of parameter paths to values, got ${describeValue(toPlain(node))}`);
  const axes: SweepAxis[] = [];
  let points: SweepNamedPoint[] = [];
  let size = 1;
  for (const [key, entry] of node.entries) {
    if (key === "points") {
      points = compilePoints(entry.node, companyNames, `${path}.points`, modelNames);
      size *= points.length;
      continue;
    }
    const axisPath = `${path}.${key}`;
    const checked = checkParameterPath(key, companyNames);
    if (!checked.ok) throw new ScenarioError(entry.keyLoc, axisPath, checked.detail);
    const spec = checked.value.spec;
    let values: (number | string)[];
    if (entry.node.kind === "seq") {
      if (entry.node.items.length === 0) throw new ScenarioError(entry.node.loc, axisPath, "expected at least one value, got an empty list");
      values = entry.node.items.map((item, i) => {
        const value = toPlain(item);
        if (typeof value !== "number" && typeof value !== "string") {
          throw new ScenarioError(item.loc, `${axisPath}[${i}]`, `expected a number or text (use sweep points for distributions), got ${describeValue(value)}`);
        }
        const ok = checkValue(spec, value, key, modelNames);
        if (!ok.ok) throw new ScenarioError(item.loc, `${axisPath}[${i}]`, ok.detail);
        return value;
      });
    } else {
      values = expandRange(entry.node, spec, axisPath);
      values.forEach((value) => {
        const ok = checkValue(spec, value);
        if (!ok.ok) throw new ScenarioError(entry.node.loc, axisPath, ok.detail);
      });
    }
    size *= values.length;
    if (size > MAX_SWEEP_POINTS) throw new ScenarioError(entry.keyLoc, axisPath, `expected at most ${MAX_SWEEP_POINTS} sweep points in all, got ${size} or more`);
    axes.push({ path: key, values });
  }
  if (size > MAX_SWEEP_POINTS) throw new ScenarioError(node.loc, path, `expected at most ${MAX_SWEEP_POINTS} sweep points in all, got ${size}`);
  return { axes, points };
}

function compilePoints(node: TreeNode, companyNames: readonly string[], path: string, modelNames?: readonly string[]): SweepNamedPoint[] {
  if (node.kind !== "seq" || node.items.length === 0) {
    throw new ScenarioError(node.loc, path, `expected a non-empty list of { label, set } points, got ${describeValue(toPlain(node))}`);
  }
  const labels = new Set<string>();
  return node.items.map((item, i) => {
    const here = `${path}[${i}]`;
    if (item.kind !== "map") throw new ScenarioError(item.loc, here, `expected a point { label, set }, got ${describeValue(toPlain(item))}`);
    for (const [key, entry] of item.entries) {
      if (key !== "label" && key !== "set") throw new ScenarioError(entry.keyLoc, here, unknownKey(key, ["label", "set"]));
    }
    const labelNode = item.entries.get("label")?.node;
    const label = labelNode?.kind === "scalar" ? labelNode.value : undefined;
    if (typeof label !== "string" || label.trim() === "") {
      throw new ScenarioError(labelNode?.loc ?? item.loc, `${here}.label`, `expected a label (text), got ${describeValue(labelNode === undefined ? undefined : toPlain(labelNode))}`);
    }
    const problem = nameProblem(label);
    if (problem !== undefined) throw new ScenarioError(labelNode?.loc ?? item.loc, `${here}.label`, problem);
    if (labels.has(label)) throw new ScenarioError(labelNode?.loc ?? item.loc, `${here}.label`, `expected a unique label, got ${describeValue(label)} twice`);
    labels.add(label);
    const setNode = item.entries.get("set")?.node;
    if (setNode === undefined || setNode.kind !== "map" || setNode.entries.size === 0) {
      throw new ScenarioError(setNode?.loc ?? item.loc, `${here}.set`, `expected a map of parameter paths to values, got ${describeValue(setNode === undefined ? undefined : toPlain(setNode))}`);
    }
    const set: Record<string, unknown> = {};
    for (const [key, entry] of setNode.entries) {
      const checked = checkParameterPath(key, companyNames);
      if (!checked.ok) throw new ScenarioError(entry.keyLoc, `${here}.set.${key}`, checked.detail);
      const value = toPlain(entry.node);
      const ok = checkValue(checked.value.spec, value, key, modelNames);
      if (!ok.ok) throw new ScenarioError(entry.node.loc, `${here}.set.${key}`, ok.detail);
      set[key] = value;
    }
    return { label: label.trim(), set };
  });
}
