/**
 * `--set path=value`: one override from the command line, parsed as a YAML value and placed in the
 * tree before company inheritance, so it is validated (and inherited) exactly as if it had been
 * written in the file. Its errors read `--set companies[B].agent.tokensPerSecond: expected …`.
 */
import { ScenarioError, type SourceLocation } from "./errors.ts";
import { describeValue, unknownCompany } from "./messages.ts";
import { companyName } from "./overlay.ts";
import { companyIndex, fieldAt, parsePath, type PathSegment } from "./path.ts";
import { parseYamlText } from "./read-yaml.ts";
import { toPlain, type MapEntry, type MapNode, type TreeNode } from "./tree.ts";
import { compileLeaf } from "./leaf.ts";

/** Splits `path=value` at the first `=`. */
function split(assignment: string): { path: string; value: string } {
  const at = assignment.indexOf("=");
  if (at <= 0) throw new ScenarioError({ file: "--set", line: 0, column: 0 }, "", `expected path=value, got ${describeValue(assignment)}`);
  return { path: assignment.slice(0, at).trim(), value: assignment.slice(at + 1) };
}

/**
 * Applies `--set` assignments in order (a later one wins) to a merged scenario tree.
 * @throws ScenarioError for a malformed assignment, a path that names no parameter or company, or a
 *   value that is not valid YAML. (The value itself is checked when the tree is compiled.)
 */
export function applySets(root: TreeNode, assignments: readonly string[]): TreeNode {
  let tree = root;
  for (const assignment of assignments) {
    const { path, value } = split(assignment);
    const where: SourceLocation = { file: "--set", line: 0, column: 0, path };
    const parsed = parsePath(path);
    if (!parsed.ok) throw new ScenarioError(where, path, parsed.detail);
    const field = fieldAt(parsed.value);
    if (!field.ok) throw new ScenarioError(where, path, field.detail);
    if (parsed.value.some((s) => "key" in s && s.key === "extends")) throw new ScenarioError(where, path, "expected a parameter, got extends (write it in the file)");
    const node = parseYamlText(value, "--set", path);
    // The value the file wrote must be valid too: `--runs 20` silently replacing `runs: -5` would
    // hide a broken file until someone runs it without the flag.
    const written = getIn(tree, parsed.value);
    if (written !== undefined && written.loc.line > 0) {
      const checked = compileLeaf(field.value, toPlain(written));
      if (!checked.ok) throw new ScenarioError(written.loc, path, `${checked.detail} (the command line replaces it for this run only: fix the file)`);
    }
    tree = setIn(tree, parsed.value, node, where);
  }
  return tree;
}

/** The node at `segments`, if the tree has one (companies by name or index). */
function getIn(node: TreeNode, segments: readonly PathSegment[]): TreeNode | undefined {
  let at: TreeNode | undefined = node;
  for (const s of segments) {
    if (at === undefined) return undefined;
    if ("company" in s) {
      if (at.kind !== "seq") return undefined;
      const items: readonly TreeNode[] = at.items;
      at = items[companyIndex(s.company, items.map(companyName))];
    } else {
      at = at.kind === "map" ? at.entries.get(s.key)?.node : undefined;
    }
  }
  return at;
}

/** A copy of `node` with `value` at `segments`, creating missing maps along the way. */
function setIn(node: TreeNode, segments: readonly PathSegment[], value: TreeNode, where: SourceLocation): TreeNode {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if ("company" in head) {
    if (node.kind !== "seq") throw new ScenarioError(where, where.path ?? "", "expected the scenario to have a list of companies");
    const names = node.items.map(companyName);
    const i = companyIndex(head.company, names);
    if (i < 0) {
      const known = names.filter((n): n is string => n !== undefined);
      throw new ScenarioError(where, where.path ?? "", unknownCompany(head.company, known));
    }
    const items = [...node.items];
    items[i] = setIn(items[i], rest, value, where);
    return { kind: "seq", items, loc: node.loc };
  }
  const base: MapNode = node.kind === "map" ? node : { kind: "map", entries: new Map<string, MapEntry>(), loc: where };
  if (head.key === "companies" && base.entries.get("companies")?.node.kind !== "seq") {
    throw new ScenarioError(where, where.path ?? "", "expected the scenario to have a list of companies");
  }
  const entries = new Map(base.entries);
  const previous = entries.get(head.key);
  const child: TreeNode = previous?.node ?? { kind: "map", entries: new Map(), loc: where };
  entries.set(head.key, { keyLoc: previous?.keyLoc ?? where, node: setIn(child, rest, value, where) });
  return { kind: "map", entries, loc: base.loc };
}
