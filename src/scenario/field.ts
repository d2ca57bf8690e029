/**
 * How one field of a scenario is declared: a zod schema of what may be written (for the JSON Schema
 * and editors) plus a `FieldSpec` in the `fieldSpecs` registry (unit, draw kind, default, range,
 * meaning and source) that validation, compilation and the generated docs read. One call per field
 * in `schema.ts` declares all of it.
 */
import * as z from "zod";
import type { DrawKind } from "./types.ts";
import type { FieldRange } from "./range.ts";
import { DISTRIBUTION_NAMES } from "./distribution.ts";
import { KIND_EXAMPLES, SCALAR_PATTERNS, type UnitKind } from "./units.ts";
import { MAX_NAME_LENGTH } from "./name.ts";

/** How a leaf's value is read. */
export type LeafKind = "quantity" | "number" | "text" | "enum" | "timeOfDay" | "workdays" | "moneyList" | "range";

/** Everything declared about one leaf field. */
export interface FieldSpec extends FieldRange {
  readonly kind: LeafKind;
  /** Unit of numeric fields. */
  readonly unit?: UnitKind;
  /** Drawn once per run, at each occurrence, or `fixed` (a plain value, never a distribution). */
  readonly draw: DrawKind | "fixed";
  /** Value used when the field is left out, as it would be written in YAML; absent for required fields. */
  readonly default?: unknown;
  /** What the field means (one or two sentences). */
  readonly description: string;
  /** Where the default comes from: a public source, or "guess". */
  readonly source?: string;
  /** Allowed words of an `enum` field. */
  readonly values?: readonly string[];
  /** A field that must be present (after `extends` and company inheritance). */
  readonly required?: boolean;
  /** A required field that a file may leave to the file it extends (editors must not flag it). */
  readonly optionalInFile?: boolean;
  /** A text field that sweeps and `--vary` may set (a name that picks something, like `agent.model`). */
  readonly sweepable?: boolean;
  /** A text field that names something shown in tables and charts: one line, at most {@link MAX_NAME_LENGTH} characters. */
  readonly name?: boolean;
}

/** The registry that attaches a `FieldSpec` to each leaf schema. */
export const fieldSpecs = z.registry<FieldSpec>();

/** The day names a calendar accepts, Sunday first (index = day number). */
export const DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

const anchored = (pattern: string): RegExp => new RegExp(`^\\s*(?:${pattern})\\s*$`);

const cache = new Map<string, z.ZodType>();
/** One shared schema per name: the JSON Schema lists it once under `definitions` and refers to it. */
function shared(id: string, make: () => z.ZodType, description: string): z.ZodType {
  let schema = cache.get(id);
  if (schema === undefined) {
    schema = make().meta({ id, description });
    cache.set(id, schema);
  }
  return schema;
}

/** Text of a single value of `unit` (`4 h`, `$25`, `200k`). */
function scalarText(unit: UnitKind): z.ZodType {
  return shared(`${unit}Text`, () => z.string().regex(anchored(SCALAR_PATTERNS[unit])), `A ${unit} written as text: ${KIND_EXAMPLES[unit]}.`);
}

/** Text of a `"low to high"` range in `unit`. */
function intervalText(unit: UnitKind): z.ZodType {
  const one = SCALAR_PATTERNS[unit];
  return shared(
    `${unit}Range`,
    () => z.string().regex(anchored(`(?:${one})\\s+to\\s+(?:${one})`)),
    `"low to high" in ${unit} units: a lognormal with 5% of draws below low and 5% above high.`,
  );
}

/** The distribution maps, with parameters in `unit`. */
function distributions(unit: UnitKind): z.ZodType {
  return shared(`${unit}Distribution`, () => z.union(distributionSchemas(unit)), `A distribution with parameters in ${unit} units.`);
}

/** The distribution maps, with parameters in `unit`. */
function distributionSchemas(unit: UnitKind): z.ZodType[] {
  const v = z.union([bareNumber(unit), scalarText(unit)]);
  return DISTRIBUTION_NAMES.map((name) => {
    switch (name) {
      case "lognormal":
        return z.strictObject({ lognormal: z.strictObject({ median: v, p90: v }) });
      case "normal":
        return z.strictObject({ normal: z.strictObject({ mean: v, sd: v }) });
      case "triangular":
        return z.strictObject({ triangular: z.tuple([v, v, v]) });
      case "pert":
        return z.strictObject({ pert: z.tuple([v, v, v]) });
      case "uniform":
        return z.strictObject({ uniform: z.tuple([v, v]) });
      case "beta":
        return z.strictObject({ beta: z.tuple([z.number(), z.number()]) });
      case "choice":
        return z.strictObject({
          choice: z.union([z.array(v).min(1), z.strictObject({ values: z.array(v).min(1), weights: z.array(z.number()).optional() })]),
        });
    }
  });
}

/** A YAML number as a value of `unit`: any number, but for a duration only 0 (others need their unit). */
function bareNumber(unit: UnitKind): z.ZodType {
  return unit === "duration" ? z.literal(0) : z.number();
}

/** A plain number within the field's range (what an editor can check as you type). */
function plainNumber(spec: FieldRange, integer: boolean): z.ZodType {
  let n = integer ? z.number().int() : z.number();
  if (spec.min !== undefined) n = spec.exclusiveMin === true ? n.gt(spec.min) : n.min(spec.min);
  if (spec.max !== undefined && spec.max < Number.MAX_SAFE_INTEGER) n = n.max(spec.max);
  return n;
}

/** Registers `spec` on the schema (optional unless required) and puts meaning and default into the JSON Schema. */
function declare(schema: z.ZodType, spec: FieldSpec): z.ZodType {
  const meta: Record<string, unknown> = { description: docLine(spec) };
  if (spec.default !== undefined) meta.default = spec.default;
  const field = (spec.required === true && spec.optionalInFile !== true ? schema : schema.optional()).meta(meta);
  fieldSpecs.add(field, spec);
  return field;
}

/** The description written into the JSON Schema: meaning, unit, draw kind, range and source. */
export function docLine(spec: FieldSpec): string {
  const parts = [spec.description];
  if (spec.unit !== undefined) parts.push(`Unit: ${spec.unit}.`);
  if (spec.kind === "quantity") parts.push(spec.draw === "perRun" ? "Drawn once per run." : "Drawn at each occurrence.");
  if (spec.kind === "range") parts.push("A range, never drawn by the simulation.");
  if (spec.source !== undefined) parts.push(`Default from: ${spec.source}.`);
  return parts.join(" ");
}

type Common = Omit<FieldSpec, "kind" | "draw" | "unit">;

/** A field that may be a number or a distribution, drawn per run or per occurrence. */
export function quantity(unit: UnitKind, draw: DrawKind, spec: Common): z.ZodType {
  const input = z.union([unit === "duration" ? z.literal(0) : plainNumber(spec, false), scalarText(unit), intervalText(unit), distributions(unit)]);
  return declare(input, { ...spec, kind: "quantity", unit, draw });
}

/** A field that takes one plain value (never a distribution). */
export function fixed(unit: UnitKind, spec: Common): z.ZodType {
  const input = z.union([unit === "duration" ? z.literal(0) : plainNumber(spec, unit === "integer"), scalarText(unit)]);
  return declare(input, { ...spec, kind: "number", unit, draw: "fixed" });
}

/**
 * A `"low to high"` range that the simulation never draws (a lognormal 90% interval, read whole by
 * the answers: a guessed price ranked by its value of information). Compiles to `{ low, high }`.
 */
export function range(unit: UnitKind, spec: Common): z.ZodType {
  return declare(intervalText(unit), { ...spec, kind: "range", unit, draw: "fixed" });
}

/** A free text field. */
export function text(spec: Common): z.ZodType {
  return declare(z.string(), { ...spec, kind: "text", draw: "fixed" });
}

/** A name (of the scenario, of a company): text on one line of at most {@link MAX_NAME_LENGTH} characters. */
export function name(spec: Common): z.ZodType {
  return declare(z.string().max(MAX_NAME_LENGTH), { ...spec, kind: "text", draw: "fixed", name: true });
}

/** A field that takes one of a few words. */
export function oneOf(values: readonly [string, ...string[]], spec: Omit<Common, "values">): z.ZodType {
  return declare(z.enum(values), { ...spec, kind: "enum", draw: "fixed", values });
}

/** A clock time `"HH:MM"` (or hours after midnight as a number). */
export function timeOfDay(spec: Common): z.ZodType {
  return declare(z.union([z.string().regex(/^\d{1,2}:\d{2}$/), z.number().min(0).max(24)]), { ...spec, kind: "timeOfDay", draw: "fixed", unit: "duration" });
}

/** A list of day names. */
export function workdays(spec: Common): z.ZodType {
  return declare(z.array(z.enum(DAY_NAMES)), { ...spec, kind: "workdays", draw: "fixed" });
}

/** A list of amounts of money. */
export function moneyList(spec: Common): z.ZodType {
  return declare(z.array(z.union([z.number(), scalarText("money")])), { ...spec, kind: "moneyList", draw: "fixed", unit: "money" });
}

/** A group of fields (a YAML map); unknown keys are refused. */
export function group<T extends z.ZodRawShape>(description: string, shape: T) {
  return z.strictObject(shape).optional().meta({ description });
}
