/** The JSON Schema of scenario files (what `velocity schema` prints and editors check against). */
import * as z from "zod";
import { scenarioFileSchema } from "./schema.ts";

/**
 * The JSON Schema (draft-07, which yaml-language-server understands) generated from the one
 * declaration in `schema.ts`: each field's description says its meaning, unit, draw kind and the
 * source of its default.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioFileSchema, { target: "draft-7", io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
