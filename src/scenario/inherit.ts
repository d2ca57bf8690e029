/**
 * Company inheritance: `extends: A` makes a company start from company A's values (A's own
 * inheritance resolved first) and override some of them. Cycles and unknown names are refused.
 */
import { ScenarioError } from "./errors.ts";
import { describeValue, didYouMean } from "./messages.ts";
import { companyName, mergeMaps } from "./overlay.ts";
import { companySchema } from "./schema.ts";
import type { MapEntry, SeqNode, TreeNode } from "./tree.ts";

/**
 * The scenario tree with every company's `extends` resolved and removed.
 * @throws ScenarioError for an `extends` that is not text, names no company, or closes a cycle.
 */
export function inheritCompanies(root: TreeNode): TreeNode {
  if (root.kind !== "map") return root;
  const companiesEntry = root.entries.get("companies");
  const companies = companiesEntry?.node;
  if (companiesEntry === undefined || companies === undefined || companies.kind !== "seq") return root;
  const names = companies.items.map(companyName);
  const resolved = new Map<number, TreeNode>();

  const resolve = (i: number, chain: readonly number[]): TreeNode => {
    const done = resolved.get(i);
    if (done !== undefined) return done;
    const company = companies.items[i];
    const ext = company.kind === "map" ? company.entries.get("extends") : undefined;
    if (company.kind !== "map" || ext === undefined) {
      resolved.set(i, company);
      return company;
    }
    const path = `companies[${i}].extends`;
    const target = ext.node;
    if (target.kind !== "scalar" || typeof target.value !== "string") {
      throw new ScenarioError(target.loc, path, `expected the name of another company, got ${describeValue(target.kind === "scalar" ? target.value : "a map or list")}`);
    }
    const j = names.indexOf(target.value);
    if (j < 0) {
      const others = names.filter((n, k): n is string => n !== undefined && k !== i);
      throw new ScenarioError(target.loc, path, `expected the name of another company (${others.join(", ") || "none"}), got ${describeValue(target.value)}${didYouMean(target.value, others)}`);
    }
    if (j === i || chain.includes(j)) {
      const cycle = [...chain, i, j].slice([...chain, i].indexOf(j)).map((k) => names[k] ?? `#${k}`);
      throw new ScenarioError(target.loc, path, `expected companies to extend without a cycle, got ${cycle.join(" → ")}`);
    }
    const parent = resolve(j, [...chain, i]);
    const own = new Map<string, MapEntry>(company.entries);
    own.delete("extends");
    const inherited = new Map<string, MapEntry>(parent.kind === "map" ? parent.entries : []);
    inherited.delete("name");
    const merged = mergeMaps({ kind: "map", entries: inherited, loc: company.loc }, { kind: "map", entries: own, loc: company.loc }, companySchema.shape);
    resolved.set(i, merged);
    return merged;
  };

  const items = companies.items.map((_, i) => resolve(i, []));
  const seq: SeqNode = { kind: "seq", items, loc: companies.loc };
  const entries = new Map(root.entries);
  entries.set("companies", { keyLoc: companiesEntry.keyLoc, node: seq });
  return { kind: "map", entries, loc: root.loc };
}
