/**
 * Overlaying one located tree on another, knowing the format: groups (`market`, `agent`,
 * `calendar`, …) merge key by key, companies merge by name (a new name is appended), offerings of
 * `models` merge by name and then field by field, and every
 * other value — a number, a distribution, a list, the `sweep` — is replaced whole, so an overlay
 * never mixes two distributions into one.
 */
import type * as z from "zod";
import { fieldSpecs } from "./field.ts";
import { objectSchema } from "./path.ts";
import { companySchema, offeringSchema } from "./schema.ts";
import type { MapEntry, MapNode, SeqNode, TreeNode } from "./tree.ts";

/** The company name written in a company node, if it is a map with a text `name`. */
export function companyName(node: TreeNode): string | undefined {
  if (node.kind !== "map") return undefined;
  const name = node.entries.get("name")?.node;
  return name?.kind === "scalar" && typeof name.value === "string" ? name.value : undefined;
}

/**
 * `overlay` on top of `base` for a map declared by `shape`. Keys keep the base's order; new keys
 * follow in the overlay's order. Nodes are shared, not copied (trees are never mutated after merging
 * except by `--set`, which builds new maps on its path).
 */
export function mergeMaps(base: TreeNode, overlay: TreeNode, shape: z.ZodRawShape): TreeNode {
  if (base.kind !== "map" || overlay.kind !== "map") return overlay;
  const entries = new Map<string, MapEntry>(base.entries);
  for (const [key, entry] of overlay.entries) {
    const previous = entries.get(key);
    if (previous === undefined || !Object.hasOwn(shape, key)) {
      entries.set(key, entry);
      continue;
    }
    const schema = shape[key] as z.ZodType;
    if (key === "companies") {
      entries.set(key, { keyLoc: entry.keyLoc, node: mergeCompanies(previous.node, entry.node) });
      continue;
    }
    if (key === "models") {
      entries.set(key, { keyLoc: entry.keyLoc, node: mergeModels(previous.node, entry.node) });
      continue;
    }
    const inner = objectSchema(schema);
    const isGroup = fieldSpecs.get(schema) === undefined && inner !== undefined && key !== "sweep";
    entries.set(key, isGroup ? { keyLoc: entry.keyLoc, node: mergeMaps(previous.node, entry.node, inner.shape) } : entry);
  }
  const merged: MapNode = { kind: "map", entries, loc: overlay.loc };
  return merged;
}

/** Offerings of an overlay merged into the base's by name, field by field; new ones are added. */
function mergeModels(base: TreeNode, overlay: TreeNode): TreeNode {
  if (base.kind !== "map" || overlay.kind !== "map") return overlay;
  const entries = new Map<string, MapEntry>(base.entries);
  for (const [name, entry] of overlay.entries) {
    const previous = entries.get(name);
    entries.set(name, previous === undefined ? entry : { keyLoc: entry.keyLoc, node: mergeMaps(previous.node, entry.node, offeringSchema.shape) });
  }
  const merged: MapNode = { kind: "map", entries, loc: overlay.loc };
  return merged;
}

/** Companies of an overlay merged into the base's by name; unnamed or new ones are appended. */
function mergeCompanies(base: TreeNode, overlay: TreeNode): TreeNode {
  if (base.kind !== "seq" || overlay.kind !== "seq") return overlay;
  const items = [...base.items];
  for (const company of overlay.items) {
    const name = companyName(company);
    const at = name === undefined ? -1 : items.findIndex((c) => companyName(c) === name);
    if (at < 0) items.push(company);
    else items[at] = mergeMaps(items[at], company, companySchema.shape);
  }
  const merged: SeqNode = { kind: "seq", items, loc: overlay.loc };
  return merged;
}
