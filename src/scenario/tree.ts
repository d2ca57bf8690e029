/**
 * The located tree: a YAML document as plain values that remember where each one was written
 * (file, line, column). Overlays, company inheritance and `--set` move nodes around; because every
 * node carries its own location, an error found later still points at the line that wrote the value.
 */
import type { SourceLocation } from "./errors.ts";

/** A string, number, boolean or null as written. */
export interface ScalarNode {
  readonly kind: "scalar";
  readonly value: string | number | boolean | null;
  readonly loc: SourceLocation;
}

/** One key of a map with where the key itself was written (for unknown-key errors). */
export interface MapEntry {
  readonly keyLoc: SourceLocation;
  readonly node: TreeNode;
}

/** A mapping; entries keep the order they were written in. */
export interface MapNode {
  readonly kind: "map";
  readonly entries: Map<string, MapEntry>;
  readonly loc: SourceLocation;
}

/** A sequence. */
export interface SeqNode {
  readonly kind: "seq";
  readonly items: readonly TreeNode[];
  readonly loc: SourceLocation;
}

/** Any node of the located tree. */
export type TreeNode = ScalarNode | MapNode | SeqNode;

/** The plain JSON value of a node (maps become objects with the same key order). */
export function toPlain(node: TreeNode): unknown {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(toPlain);
    case "map": {
      const out: Record<string, unknown> = {};
      for (const [key, entry] of node.entries) out[key] = toPlain(entry.node);
      return out;
    }
  }
}

/**
 * A located tree from a plain value, every node at `loc` (for `--set` values and for compiling a
 * resolved tree). Objects that are not plain data are kept as their string form.
 */
export function fromPlain(value: unknown, loc: SourceLocation): TreeNode {
  if (Array.isArray(value)) return { kind: "seq", items: value.map((v) => fromPlain(v, loc)), loc };
  if (value !== null && typeof value === "object") {
    const entries = new Map<string, MapEntry>();
    for (const [key, v] of Object.entries(value)) entries.set(key, { keyLoc: loc, node: fromPlain(v, loc) });
    return { kind: "map", entries, loc };
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null) {
    return { kind: "scalar", value, loc };
  }
  return { kind: "scalar", value: String(value), loc };
}

/** A map node from entries (keeps the given order). */
export function mapNode(entries: Map<string, MapEntry>, loc: SourceLocation): MapNode {
  return { kind: "map", entries, loc };
}

/** The child at `key` of a map node, if the node is a map and has it. */
export function child(node: TreeNode | undefined, key: string): TreeNode | undefined {
  return node?.kind === "map" ? node.entries.get(key)?.node : undefined;
}
