/**
 * The explorer's controls, generated from a scenario and the scenario schema: the assumptions a
 * meeting argues about (per company: inference offering, tokens/s, sessions, engineers, review
 * time, feedback delay; for the scenario: market size and target). A candidate becomes a control
 * only when the schema declares it, so a field added to the schema later (an offering picked from a
 * `models:` catalogue, say) gets its control without touching this list's consumers.
 */
import { fieldAt, parsePath, type FieldSpec, type Scenario } from "../scenario/portable.ts";

/** One control: a parameter, its current value as written in YAML, and how to move it. */
export interface ExplorerControl {
  /** Parameter path, as `--set` takes it: `companies[B].agent.tokensPerSecond`. */
  path: string;
  /** Heading it is listed under: `Company B`, or `Market and target`. */
  group: string;
  /** Short label, e.g. `tokens/s`. */
  label: string;
  /** The schema's description of the field. */
  description: string;
  /** `scale`: a slider multiplies the value (units and distribution kept); `choice`: one of `choices`. */
  kind: "scale" | "choice";
  /** The value as YAML holds it (after `extends` and company inheritance): `1000`, `"45 min to 3 h"`, `{ pert: … }`. */
  value: unknown;
  /** The schema's unit kind (`duration`, `money`, `count`, `integer`, …). */
  unit?: string;
  /** Whole numbers only (sessions, engineers). */
  integer: boolean;
  /** Smallest allowed value of an integer field. */
  min: number;
  /** Allowed values of a `choice`. */
  choices?: string[];
  /** The scenario's sweep sets this parameter at every point (moving the control changes nothing it shows). */
  swept: boolean;
}

/** Company fields offered as controls, in screen order, with their labels. Ones the schema lacks are skipped. */
export const COMPANY_CONTROL_FIELDS: readonly (readonly [string, string])[] = [
  ["agent.model", "inference offering"],
  ["agent.offering", "inference offering"],
  ["model", "inference offering"],
  ["agent.tokensPerSecond", "tokens/s"],
  ["agent.sessions", "agent sessions"],
  ["team.engineers", "engineers"],
  ["task.reviewTime", "review time"],
  ["product.feedbackDelay", "feedback delay"],
];

/** Scenario-wide fields offered as controls. */
export const SCENARIO_CONTROL_FIELDS: readonly (readonly [string, string])[] = [
  ["market.potentialCustomers", "market size (customers)"],
  ["target", "target ARR"],
];

/** The value at a dotted key path inside a plain tree. */
function valueAt(tree: unknown, keys: readonly string[]): unknown {
  let at = tree;
  for (const key of keys) at = at !== null && typeof at === "object" ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

/**
 * An agent field a company leaves to its offering: the value in the `models:` catalogue entry its
 * `agent.model` names (so tokens/s shows the offering's speed until it is overridden).
 */
function offeringValue(resolved: Record<string, unknown>, company: Record<string, unknown>, keys: readonly string[]): unknown {
  if (keys.length !== 2 || keys[0] !== "agent") return undefined;
  const model = valueAt(company, ["agent", "model"]);
  return typeof model === "string" ? valueAt(resolved, ["models", model, keys[1]]) : undefined;
}

/** Names a `choice` control offers: an enum's words, or the keys of the scenario's catalogue of offerings. */
function choicesFor(spec: FieldSpec, resolved: Record<string, unknown>): string[] | undefined {
  if (spec.kind === "enum" && spec.values) return [...spec.values];
  if (spec.kind !== "text") return undefined;
  for (const key of ["models", "offerings", "catalogue"]) {
    const catalogue = resolved[key];
    if (catalogue !== null && typeof catalogue === "object" && !Array.isArray(catalogue)) return Object.keys(catalogue);
  }
  return undefined;
}

/** Paths a sweep sets, as written, with company indices also spelled by name. */
function sweptPaths(scenario: Scenario): Set<string> {
  const names = scenario.companies.map((c) => c.name);
  const written = [...scenario.sweep.map((axis) => axis.path), ...(scenario.sweepPoints ?? []).flatMap((point) => Object.keys(point.set))];
  return new Set(written.map((path) => path.replace(/^companies\[(\d+)\]/, (all, i: string) => (names[Number(i)] === undefined ? all : `companies[${names[Number(i)]}]`))));
}

function controlFor(path: string, group: string, label: string, value: unknown, resolved: Record<string, unknown>, swept: Set<string>): ExplorerControl | undefined {
  const segments = parsePath(path);
  if (!segments.ok) return undefined;
  const field = fieldAt(segments.value);
  if (!field.ok) return undefined;
  const spec = field.value;
  const choices = choicesFor(spec, resolved);
  const numeric = spec.kind === "quantity" || spec.kind === "number";
  if (choices === undefined && !numeric) return undefined;
  if (value === undefined && choices === undefined) return undefined;
  const integer = spec.unit === "integer";
  return {
    path,
    group,
    label,
    description: spec.description,
    kind: choices === undefined ? "scale" : "choice",
    value,
    ...(spec.unit === undefined ? {} : { unit: spec.unit }),
    integer,
    min: integer ? Math.max(spec.min ?? 0, spec.exclusiveMin ? 1 : 0) : 0,
    ...(choices === undefined ? {} : { choices }),
    swept: swept.has(path),
  };
}

/**
 * The controls for a scenario, grouped by company (in scenario order) then scenario-wide, each
 * holding its current value from `scenario.resolved`.
 */
export function explorerControls(scenario: Scenario): ExplorerControl[] {
  const resolved = scenario.resolved;
  const companies = (resolved.companies as Record<string, unknown>[] | undefined) ?? [];
  const out: ExplorerControl[] = [];
  const seen = new Set<string>();
  const swept = sweptPaths(scenario);
  for (const company of companies) {
    const name = String(company.name);
    for (const [field, label] of COMPANY_CONTROL_FIELDS) {
      const keys = field.split(".");
      const value = valueAt(company, keys) ?? offeringValue(resolved, company, keys);
      const control = controlFor(`companies[${name}].${field}`, `Company ${name}`, label, value, resolved, swept);
      // Two candidate spellings of the offering: keep the first the schema has.
      const key = `${name}:${label}`;
      if (control === undefined || seen.has(key)) continue;
      seen.add(key);
      out.push(control);
    }
  }
  for (const [field, label] of SCENARIO_CONTROL_FIELDS) {
    const control = controlFor(field, "Market and target", label, valueAt(resolved, field.split(".")), resolved, swept);
    if (control !== undefined) out.push(control);
  }
  return out;
}
