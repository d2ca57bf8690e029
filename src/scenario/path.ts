/**
 * Parameter paths such as `companies[B].agent.tokensPerSecond`, `market.arpu` or `horizon`: parsing,
 * checking that a path names a declared field, and finding a company by name or index.
 */
import * as z from "zod";
import type { Compiled } from "./distribution.ts";
import { fieldSpecs, type FieldSpec } from "./field.ts";
import { describeValue, FORBIDDEN_KEYS, suggestion } from "./messages.ts";
import { companySchema, offeringSchema, scenarioFileSchema } from "./schema.ts";

/** One step of a path: a key of a map, or a company chosen by name or index. */
export type PathSegment = { readonly key: string } | { readonly company: string };

const bad = (detail: string): { ok: false; detail: string } => ({ ok: false, detail });

/** Splits `companies[B].agent.tokensPerSecond` into segments. Never throws. */
export function parsePath(text: string): Compiled<PathSegment[]> {
  const segments: PathSegment[] = [];
  const re = /^(companies|models)\[([^\]]+)\]|^([A-Za-z_$][\w$]*)/;
  let rest = text.trim();
  if (rest === "") return bad(`expected a parameter path such as companies[B].agent.tokensPerSecond, got ${describeValue(text)}`);
  for (;;) {
    const m = re.exec(rest);
    if (m === null) return bad(`expected a parameter path such as companies[B].agent.tokensPerSecond, got ${describeValue(text)}`);
    const key = m[1] ?? m[3];
    if (FORBIDDEN_KEYS.has(key) || (m[2] !== undefined && FORBIDDEN_KEYS.has(m[2].trim()))) return bad(`expected a parameter path, got ${describeValue(text)} (reserved name)`);
    if (m[1] === "companies") segments.push({ key: "companies" }, { company: m[2].trim() });
    // An offering's name may hold dots (opus-4.6): it is a key, written in brackets.
    else if (m[1] === "models") segments.push({ key: "models" }, { key: m[2].trim() });
    else segments.push({ key });
    rest = rest.slice(m[0].length);
    if (rest === "") return { ok: true, value: segments };
    if (!rest.startsWith(".")) return bad(`expected a parameter path such as companies[B].agent.tokensPerSecond, got ${describeValue(text)}`);
    rest = rest.slice(1);
  }
}

/** The path written back as text, `companies[B].agent.tokensPerSecond`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = "";
  for (const s of segments) {
    if ("company" in s) out += `[${s.company}]`;
    else if (out === "models") out += `[${s.key}]`;
    else out += out === "" ? s.key : `.${s.key}`;
  }
  return out;
}

/** The object schema inside optional wrappers, if it is one. */
export function objectSchema(schema: z.ZodType): z.ZodObject | undefined {
  let s: z.ZodType = schema;
  while (s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s instanceof z.ZodObject ? s : undefined;
}

/**
 * The declared field a path names, or why it names none ("did you mean"). `companies` must be
 * followed by `[name or index]`; group paths (`companies[B].agent`) name no single parameter.
 */
export function fieldAt(segments: readonly PathSegment[]): Compiled<FieldSpec> {
  let shape: z.ZodRawShape = scenarioFileSchema.shape;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const where = formatPath(segments.slice(0, i + 1));
    if ("company" in s) return bad(`expected a key before [${s.company}]`);
    if (s.key === "companies") {
      const next = segments[i + 1];
      if (next === undefined || !("company" in next)) return bad(`expected companies[<name or index>] in the path, got ${describeValue(where)}`);
      shape = companySchema.shape;
      i++;
      if (i === segments.length - 1) return bad(`expected a parameter of the company after ${formatPath(segments.slice(0, i + 1))}, such as .agent.tokensPerSecond`);
      continue;
    }
    if (s.key === "models" && shape === scenarioFileSchema.shape) {
      const next = segments[i + 1];
      if (next === undefined || !("key" in next)) return bad(`expected models[<offering name>] in the path, got ${describeValue(where)}`);
      shape = offeringSchema.shape;
      i++;
      if (i === segments.length - 1) return bad(`expected a field of the offering after ${formatPath(segments.slice(0, i + 1))}, such as .tokensPerSecond`);
      continue;
    }
    const keys = Object.keys(shape).filter((k) => k !== "sweep" && k !== "extends");
    if (!Object.hasOwn(shape, s.key)) return bad(`${describeValue(where)} names no parameter (${suggestion(s.key, keys)})`);
    const schema = shape[s.key] as z.ZodType;
    const spec = fieldSpecs.get(schema);
    if (spec !== undefined) {
      if (i !== segments.length - 1) return bad(`${describeValue(where)} is a single value and has no ${describeValue(formatPath(segments.slice(i + 1)))}`);
      return { ok: true, value: spec };
    }
    const inner = objectSchema(schema);
    if (inner === undefined || s.key === "sweep") return bad(`${describeValue(where)} is not a parameter`);
    if (i === segments.length - 1) return bad(`${describeValue(where)} is a group; name one of its parameters (${Object.keys(inner.shape).join(", ")})`);
    shape = inner.shape;
  }
  return bad("expected a parameter path");
}

/** Every declared leaf with its path pattern (`companies[*].agent.tokensPerSecond`), in declaration order. */
export function allFields(): { path: string; spec: FieldSpec }[] {
  const out: { path: string; spec: FieldSpec }[] = [];
  const walk = (shape: z.ZodRawShape, prefix: string): void => {
    for (const [key, schema] of Object.entries(shape)) {
      const path = prefix === "" ? key : `${prefix}.${key}`;
      const spec = fieldSpecs.get(schema as z.ZodType);
      if (spec !== undefined) {
        out.push({ path, spec });
        continue;
      }
      if (key === "companies") {
        walk(companySchema.shape, "companies[*]");
        continue;
      }
      if (key === "models") {
        walk(offeringSchema.shape, "models[*]");
        continue;
      }
      const inner = objectSchema(schema as z.ZodType);
      if (inner !== undefined && key !== "sweep") walk(inner.shape, path);
    }
  };
  walk(scenarioFileSchema.shape, "");
  return out;
}

/**
 * Index of the company `ref` names among `names`: a name first, else a 0-based index.
 * Returns -1 when none matches.
 */
export function companyIndex(ref: string, names: readonly (string | undefined)[]): number {
  const byName = names.indexOf(ref);
  if (byName >= 0) return byName;
  if (/^\d+$/.test(ref)) {
    const i = Number(ref);
    if (i < names.length) return i;
  }
  return -1;
}

/**
 * Index of the company a parameter path names (`companies[B].agent.tokensPerSecond` → B's index),
 * null for a path outside the companies (`market.arpu`), -1 for an unknown company or a bad path.
 */
export function pathCompany(text: string, names: readonly string[]): number | null {
  const parsed = parsePath(text);
  if (!parsed.ok) return -1;
  const segment = parsed.value.find((s) => "company" in s);
  return segment === undefined ? null : companyIndex((segment as { company: string }).company, names);
}
