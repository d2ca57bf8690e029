/**
 * Writing one parameter into scenario YAML text, as a person would edit it: only the value's own
 * characters change (or one block of lines is added), so comments, alignment and order stay as
 * written. A company-scoped path (`companies[B].agent.sessions`) edits that company's entry in this
 * file, adding the key — or an entry `- name: B` when B comes from the `extends` base — which is
 * where `--set` puts a value too (before company inheritance), so the edited file means what
 * `--set` would.
 */
import { isMap, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type YAMLMap, type YAMLSeq } from "yaml";
import { companyIndex, parsePath } from "../scenario/portable.ts";

/** A value that cannot be written into the text. */
export class YamlEditError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "YamlEditError";
  }
}

/** `value` as YAML on one line: plain when that reads back the same, else quoted; maps and lists in flow style. */
export function inlineYaml(value: unknown, quoted = false): string {
  if (typeof value === "string") {
    const plain = stringify(value).trimEnd();
    return quoted || plain.startsWith('"') || plain.startsWith("'") || plain.includes("\n") ? JSON.stringify(value) : plain;
  }
  if (value !== null && typeof value === "object") return stringify(value, { collectionStyle: "flow", lineWidth: 0 }).trimEnd();
  return String(value);
}

/** Start of the line holding `offset`, and the column of `offset` in it. */
function columnAt(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

/** Offset just after the end of the line holding `offset` (before its newline). */
function lineEnd(text: string, offset: number): number {
  const at = text.indexOf("\n", offset);
  return at < 0 ? text.length : at;
}

/** Block lines for `keys: value` nested under each other, each level indented by `step`. */
function nestedLines(keys: readonly string[], value: unknown, indent: number, step: number): string[] {
  const lines: string[] = [];
  keys.forEach((key, i) => {
    const pad = " ".repeat(indent + i * step);
    lines.push(i === keys.length - 1 ? `${pad}${key}: ${inlineYaml(value)}` : `${pad}${key}:`);
  });
  return lines;
}

/** Inserts `lines` after the last line of block collection `node` (or at the end of the text). */
function appendLines(text: string, node: Node, lines: readonly string[]): string {
  const end = node.range ? node.range[1] : text.length;
  // range[1] of a block collection ends after its last value; stop at that line's end.
  const at = lineEnd(text, Math.max(0, end - 1));
  const before = text.slice(0, at);
  return `${before}${before.endsWith("\n") || before === "" ? "" : "\n"}${lines.join("\n")}${text.slice(at)}`;
}

/** Inserts `key: value` (nested as `{ … }` for deeper keys) before the closing brace of flow map `map`. */
function appendToFlowMap(text: string, map: YAMLMap, keys: readonly string[], value: unknown): string {
  if (!map.range) throw new YamlEditError(`${keys.join(".")}: cannot find the { } map in the text`);
  const close = text.lastIndexOf("}", map.range[1] - 1);
  const nested = keys.slice(1).reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
  const before = text.slice(0, close).trimEnd();
  const separator = map.items.length > 0 ? ", " : " ";
  return `${before}${separator}${keys[0]}: ${inlineYaml(nested)} ${text.slice(close)}`;
}

/**
 * `text` with `[start, end)` replaced by `replacement`; a comment later on the line stays in its
 * column (the spaces before it grow or shrink, at least one kept), so aligned comments stay aligned.
 */
function replaceKeepingComment(text: string, start: number, end: number, replacement: string): string {
  const gap = /^( +)#/.exec(text.slice(end));
  if (gap === null) return `${text.slice(0, start)}${replacement}${text.slice(end)}`;
  const spaces = Math.max(1, gap[1].length + (end - start) - replacement.length);
  return `${text.slice(0, start)}${replacement}${" ".repeat(spaces)}${text.slice(end + gap[1].length)}`;
}

/** Column of the first key of a block map, or of the first `-` of a block list. */
function childColumn(text: string, node: YAMLMap | YAMLSeq): number | undefined {
  const first = node.items[0] as { key?: Node; range?: [number, number, number] } | Node | undefined;
  if (first === undefined) return undefined;
  const start = isMap(node) ? (first as { key?: Node }).key?.range?.[0] : (first as Node).range?.[0];
  if (start === undefined) return undefined;
  const col = columnAt(text, start);
  // For a list, the item starts after "- ".
  return isSeq(node) ? text.lastIndexOf("-", start) - (text.lastIndexOf("\n", start - 1) + 1) : col;
}

/**
 * `text` with the parameter at `path` set to `value` (a plain YAML value: number, text, map, list).
 * @throws YamlEditError when the text is not YAML, or the place to write is in a flow map or list.
 */
export function setYamlValue(text: string, path: string, value: unknown): string {
  const parsed = parsePath(path);
  if (!parsed.ok) throw new YamlEditError(`${path}: ${parsed.detail}`);
  const doc: Document = parseDocument(text, { version: "1.2", keepSourceTokens: false });
  if (doc.errors.length > 0) throw new YamlEditError(`fix the YAML error first (${doc.errors[0].message.split("\n")[0]})`);
  if (!isMap(doc.contents)) throw new YamlEditError("expected the scenario to be a map of fields");
  let node: YAMLMap | YAMLSeq = doc.contents;
  const segments = parsed.value;
  const step = 2;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const last = i === segments.length - 1;
    const flow = (node as { flow?: boolean }).flow === true;
    if ("company" in s) {
      const list = node as YAMLSeq;
      const names = list.items.map((item) => (isMap(item) ? (item.get("name") as string | undefined) : undefined));
      const at = companyIndex(s.company, names);
      if (at >= 0) {
        node = list.items[at] as YAMLMap;
        continue;
      }
      if (flow) throw new YamlEditError(`${path}: write it by hand (the companies list is in flow style)`);
      const dash = childColumn(text, list) ?? 2;
      const keys = segments.slice(i + 1).map((k) => ("key" in k ? k.key : k.company));
      const inner = nestedLines(keys, value, dash + 2, step);
      return appendLines(text, list, [`${" ".repeat(dash)}- name: ${inlineYaml(s.company)}`, ...inner]);
    }
    const map = node as YAMLMap;
    const child = map.get(s.key, true) as Node | undefined;
    if (child === undefined) {
      if (segments.slice(i).some((k) => "company" in k)) throw new YamlEditError(`${path}: add the companies list by hand first`);
      const keys = segments.slice(i).map((k) => ("key" in k ? k.key : k.company));
      if (flow) return appendToFlowMap(text, map, keys, value);
      const indent = childColumn(text, map) ?? 0;
      return appendLines(text, map, nestedLines(keys, value, indent, step));
    }
    if (last) {
      if (!child.range) throw new YamlEditError(`${path}: cannot find the value in the text`);
      if ((isMap(child) || isSeq(child)) && !(child as { flow?: boolean }).flow) {
        // A block map or list becomes one line: replace from the key's colon to the block's end.
        const start = text.lastIndexOf(":", child.range[0]) + 1;
        const end = lineEnd(text, Math.max(start, child.range[1] - 1));
        return `${text.slice(0, start)} ${inlineYaml(value)}${text.slice(end)}`;
      }
      const quoted = isScalar(child) && (child.type === "QUOTE_DOUBLE" || child.type === "QUOTE_SINGLE") && typeof value === "string";
      return replaceKeepingComment(text, child.range[0], child.range[1], inlineYaml(value, quoted));
    }
    if (!isMap(child) && !isSeq(child)) throw new YamlEditError(`${path}: ${s.key} is a single value here, not a group`);
    node = child;
  }
  throw new YamlEditError(`${path}: expected a parameter path`);
}
