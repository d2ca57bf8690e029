/**
 * Which companies a change to one company's value reaches. A company that `extends` another
 * inherits every value it does not write itself (inherit.ts), so writing `companies[A].x` in the
 * file reaches A and every company that extends A, directly or through others, without writing x
 * on the way. `--set` is placed in the tree before inheritance and so follows that rule by
 * construction; a sweep (`sweep:` or `--vary`) is applied to the resolved scenario, after
 * inheritance, and uses this record to reach the same companies.
 */
import { companyName } from "./overlay.ts";
import { companyIndex, parsePath } from "./path.ts";
import type { TreeNode } from "./tree.ts";
import type { Lineage } from "./types.ts";

export type { Lineage };

/** Every key path under a map node (`agent`, `agent.model`, …), depth first. */
function keyPaths(node: TreeNode, prefix: string, out: string[]): void {
  if (node.kind !== "map") return;
  for (const [key, entry] of node.entries) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    out.push(path);
    keyPaths(entry.node, path, out);
  }
}

/**
 * The lineage of a scenario tree before company inheritance (after `--set`, so a value set on a
 * company is its own), or undefined when no company extends another.
 */
export function lineageOf(root: TreeNode): Lineage | undefined {
  const companies = root.kind === "map" ? root.entries.get("companies")?.node : undefined;
  if (companies?.kind !== "seq") return undefined;
  const lineage: Record<string, { extends?: string; writes: string[] }> = {};
  let extending = false;
  for (const item of companies.items) {
    const name = companyName(item);
    if (name === undefined || item.kind !== "map") continue;
    const ext = item.entries.get("extends")?.node;
    const parent = ext?.kind === "scalar" && typeof ext.value === "string" ? ext.value : undefined;
    const writes: string[] = [];
    keyPaths(item, "", writes);
    lineage[name] = parent === undefined ? { writes } : { extends: parent, writes };
    extending ||= parent !== undefined;
  }
  return extending ? lineage : undefined;
}

/**
 * The companies a value written at `companies[<company>].<field>` reaches, `company` first, then
 * the others in scenario order: those whose chain of `extends` leads to `company` with no company
 * on the way (itself included) writing `field`.
 * @param names the scenario's companies, in order.
 */
export function companiesReached(lineage: Lineage | undefined, names: readonly string[], company: string, field: string): string[] {
  if (lineage === undefined) return [company];
  const reaches = (other: string): boolean => {
    const seen = new Set<string>();
    for (let at: string | undefined = other; at !== undefined && !seen.has(at); at = lineage[at]?.extends) {
      if (at === company) return true;
      seen.add(at);
      if (lineage[at]?.writes.includes(field)) return false;
    }
    return false;
  };
  return [company, ...names.filter((n) => n !== company && reaches(n))];
}

/**
 * The companies a change at `path` (a `--set` or `--vary` path, `companies[A].agent.sessions`)
 * reaches in `scenario`, or undefined when the path names no company (the market, the horizon) or
 * no company of the scenario.
 */
export function changeReaches(scenario: { readonly lineage?: Lineage; readonly companies: readonly { readonly name: string }[] }, path: string): string[] | undefined {
  const parsed = parsePath(path);
  if (!parsed.ok) return undefined;
  const at = parsed.value.findIndex((s) => "company" in s);
  const segment = parsed.value[at];
  if (at < 0 || !("company" in segment)) return undefined;
  const names = scenario.companies.map((c) => c.name);
  const name = names[companyIndex(segment.company, names)];
  if (name === undefined) return undefined;
  const field = parsed.value
    .slice(at + 1)
    .map((s) => ("key" in s ? s.key : s.company))
    .join(".");
  return companiesReached(scenario.lineage, names, name, field);
}
