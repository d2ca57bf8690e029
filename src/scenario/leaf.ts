/**
 * Reads one leaf value by its declared `FieldSpec`: quantities, fixed numbers, text, enums, clock
 * times, day lists and lists of amounts. Returns the typed value (model units) or the
 * "expected …, got …" text; never throws.
 */
import { compileNumber, compileQuantity, type Compiled } from "./distribution.ts";
import { DAY_NAMES, type FieldSpec } from "./field.ts";
import { MAX_MILESTONES, MAX_USD } from "./schema.ts";
import { describeValue, suggestion } from "./messages.ts";
import { nameProblem } from "./name.ts";
import { parseScalar, type UnitKind } from "./units.ts";

const bad = (detail: string): { ok: false; detail: string } => ({ ok: false, detail });

/** Full day names accepted besides the three-letter ones. */
const LONG_DAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/** Compiles a plain value against its field's declaration. */
export function compileLeaf(spec: FieldSpec, value: unknown): Compiled<unknown> {
  const unit: UnitKind = spec.unit ?? "ratio";
  switch (spec.kind) {
    case "quantity":
      return compileQuantity(value, { ...spec, unit });
    case "number":
      return compileNumber(value, { ...spec, unit });
    case "text":
      // Only a required text (a name) must say something; an optional one may be empty.
      if (typeof value !== "string" || (spec.required === true && value.trim() === "")) return bad(`expected text, got ${describeValue(value)}${value !== null && typeof value === "object" ? "" : " (quote it if it looks like a number)"}`);
      if (spec.name === true) {
        const problem = nameProblem(value.trim());
        if (problem !== undefined) return bad(problem);
      }
      return { ok: true, value: value.trim() };
    case "enum": {
      const values = spec.values ?? [];
      if (typeof value === "string" && values.includes(value)) return { ok: true, value };
      return bad(`expected one of ${values.join(", ")}, got ${describeValue(value)}${typeof value === "string" ? ` (${suggestion(value, values)})` : ""}`);
    }
    case "timeOfDay":
      return timeOfDay(value);
    case "workdays":
      return workdays(value);
    case "range": {
      // A lognormal's 90% interval, read as its two ends: the same checks as any "low to high".
      if (typeof value !== "string" || !/\sto\s/.test(value)) return bad(`expected "low to high" (a lognormal 90% interval, such as "$7 to $28"), got ${describeValue(value)}`);
      const checked = compileQuantity(value, { ...spec, unit });
      if (!checked.ok) return checked;
      const [low, high] = value.split(/\s+to\s+/).map((part) => parseScalar(unit, part.trim()));
      if (!low.ok || !high.ok) return bad(`expected "low to high" with a unit on each end, got ${describeValue(value)}`);
      return { ok: true, value: { low: low.value, high: high.value, text: value } };
    }
    case "moneyList": {
      if (!Array.isArray(value)) return bad(`expected a list of amounts such as [$1M, $10M], got ${describeValue(value)}`);
      if (value.length > MAX_MILESTONES) return bad(`expected at most ${MAX_MILESTONES} amounts, got ${value.length}`);
      const out: number[] = [];
      for (const item of value) {
        const x = compileNumber(item, { unit: "money", min: 0, exclusiveMin: true, max: MAX_USD });
        if (!x.ok) return bad(`${x.detail.replace(/^expected /, "expected each amount to be ")}`);
        out.push(x.value);
      }
      return { ok: true, value: out };
    }
  }
}

/** `"09:00"` → 9, `"17:30"` → 17.5; a number is hours after midnight. */
function timeOfDay(value: unknown): Compiled<number> {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 24) return { ok: true, value };
  if (typeof value === "string") {
    const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(value);
    if (m !== null) {
      const hours = Number(m[1]) + Number(m[2]) / 60;
      if (Number(m[2]) < 60 && hours <= 24) return { ok: true, value: hours };
    }
  }
  return bad(`expected a time of day "HH:MM" between 00:00 and 24:00, got ${describeValue(value)}`);
}

/** `[mon, tue]` → `[1, 2]`, sorted, each day once. */
function workdays(value: unknown): Compiled<number[]> {
  if (!Array.isArray(value) || value.length === 0) return bad(`expected a non-empty list of days such as [mon, tue, wed, thu, fri], got ${describeValue(value)}`);
  const days = new Set<number>();
  for (const item of value) {
    const name = typeof item === "string" ? item.trim().toLowerCase() : "";
    let day = (DAY_NAMES as readonly string[]).indexOf(name);
    if (day < 0) day = LONG_DAY_NAMES.indexOf(name);
    if (day < 0) return bad(`expected day names (${DAY_NAMES.join(", ")}), got ${describeValue(item)}${typeof item === "string" ? ` (${suggestion(name, DAY_NAMES)})` : ""}`);
    if (days.has(day)) return bad(`expected each day once, got ${describeValue(item)} twice`);
    days.add(day);
  }
  return { ok: true, value: [...days].sort((a, b) => a - b) };
}
