/** Canonical JSON and the scenario hash used by manifests and shard-merge checks. */
import { createHash } from "node:crypto";
import type { Scenario } from "./types.ts";

/** JSON with object keys sorted at every level, no spaces: equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** sha256 (hex) of the canonical JSON of `scenario.resolved`. */
export function scenarioHash(scenario: Pick<Scenario, "resolved">): string {
  return createHash("sha256").update(canonicalJson(scenario.resolved)).digest("hex");
}
