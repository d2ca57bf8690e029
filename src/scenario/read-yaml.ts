/**
 * YAML text → located tree. Uses the `yaml` package (YAML 1.2 core schema, so `09:00` stays a
 * string) and refuses what a scenario never needs and an attacker might use: files over 1 MiB,
 * explicit tags, many aliases (the "billion laughs"), duplicate keys, non-scalar keys and keys that
 * reach `Object.prototype` (`__proto__`, `constructor`, `prototype`).
 */
import { Alias, isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { ScenarioError, type SourceLocation } from "./errors.ts";
import { FORBIDDEN_KEYS, describeValue } from "./messages.ts";
import type { MapEntry, TreeNode } from "./tree.ts";
import { MAX_NESTING, tooDeep } from "./nesting.ts";

/** Largest scenario file read, bytes. */
export const MAX_FILE_BYTES = 1024 * 1024;
/** Most aliases (`*name`) one document may use. */
export const MAX_ALIASES = 100;
/** Most nodes a document may expand to once aliases are followed. */
export const MAX_NODES = 100_000;

/**
 * Parses YAML text into a located tree. `file` names the source in messages (`"--set"` for a
 * command-line value, whose positions are then not reported).
 * @throws ScenarioError for syntax errors (with the yaml package's line and column), tags,
 *   too many aliases, duplicate or forbidden keys.
 */
export function parseYamlText(text: string, file: string, path = ""): TreeNode {
  if (text.length > MAX_FILE_BYTES) throw new ScenarioError({ file, line: 0, column: 0 }, path, "text longer than 1 MiB");
  const deep = tooDeep(text);
  if (deep !== undefined) {
    const where = file === "--set" || file === "--vary" ? { file, line: 0, column: 0 } : { file, ...deep };
    throw new ScenarioError(where, path, `expected at most ${MAX_NESTING} levels of nesting (lists and maps inside each other), got more`);
  }
  const lines = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, merge: false, strict: true, version: "1.2" });
  } catch (error) {
    throw new ScenarioError({ file, line: 0, column: 0 }, path, `not readable as YAML (${(error as Error).message})`);
  }
  const at = (offset: number | undefined): SourceLocation => {
    if (file === "--set" || file === "--vary") return { file, line: 0, column: 0, path };
    if (offset === undefined) return { file, line: 0, column: 0 };
    const pos = lines.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const problem = doc.errors[0];
  if (problem !== undefined) {
    const first = problem.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    const lineText = text.split("\n")[(at(problem.pos[0]).line || 1) - 1] ?? "";
    // A path such as companies[B].x inside a { } flow map reads as a list: the usual slip.
    const hint = /\{[^}]*\w\[[^\]]*\]/.test(lineText) ? ' (inside { }, quote paths that contain [ ]: "companies[B].agent.tokensPerSecond": 1000)' : "";
    throw new ScenarioError(at(problem.pos[0]), path, `YAML syntax error: ${first}${hint}`);
  }
  const budget = { aliases: 0, nodes: 0 };
  // `here` is the path of the node being read, for messages (`companies[0].agent`).
  const convert = (node: Node | null | undefined, fallback: number, stack: readonly Node[], here: string): TreeNode => {
    if (++budget.nodes > MAX_NODES) throw new ScenarioError(at(node?.range?.[0] ?? fallback), here, `document expands to more than ${MAX_NODES} values (too many aliases)`);
    if (node === null || node === undefined) return { kind: "scalar", value: null, loc: at(fallback) };
    const loc = at(node.range?.[0] ?? fallback);
    if (isAlias(node)) {
      if (++budget.aliases > MAX_ALIASES) throw new ScenarioError(loc, here, `expected at most ${MAX_ALIASES} aliases (*name) in one document, got more`);
      const target = (node as Alias).resolve(doc);
      if (target === undefined || stack.includes(target)) throw new ScenarioError(loc, here, `expected an alias to name an earlier anchor, got *${(node as Alias).source}`);
      return convert(target, node.range?.[0] ?? fallback, [...stack, target], here);
    }
    if (node.tag !== undefined) {
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, "!!");
      throw new ScenarioError(loc, here, `expected a plain value, got the tag ${tag} (tags are not allowed in scenarios)`);
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null) return { kind: "scalar", value: v, loc };
      return { kind: "scalar", value: String(v), loc };
    }
    if (isSeq(node)) return { kind: "seq", items: node.items.map((item, i) => convert(item as Node | null, node.range?.[0] ?? fallback, stack, `${here}[${i}]`)), loc };
    if (isMap(node)) {
      const entries = new Map<string, MapEntry>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyLoc = at(keyNode?.range?.[0] ?? node.range?.[0]);
        if (!isScalar(keyNode) || keyNode.tag !== undefined) throw new ScenarioError(keyLoc, here, "expected a plain key (a name), got a map, list or tagged value used as a key");
        const key = String(keyNode.value);
        if (FORBIDDEN_KEYS.has(key)) throw new ScenarioError(keyLoc, here, `expected a parameter name, got the reserved key ${describeValue(key)}`);
        entries.set(key, { keyLoc, node: convert(pair.value as Node | null, keyNode.range?.[1] ?? fallback, stack, here === "" ? key : `${here}.${key}`) });
      }
      return { kind: "map", entries, loc };
    }
    throw new ScenarioError(loc, here, "expected a plain YAML value");
  };
  return convert(doc.contents as Node | null, 0, [], path);
}
