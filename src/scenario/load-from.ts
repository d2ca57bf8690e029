/**
 * `loadScenarioFrom`: the pipeline from a file name to a validated scenario, reading files through
 * a `ScenarioFiles` (the disk for the CLI, memory for the browser explorer):
 *
 *   read file ─▶ YAML → located tree ─▶ overlay on its `extends` chain (each base read the same way)
 *     ─▶ `--set` overrides ─▶ lineage (who extends whom, lineage.ts) ─▶ company inheritance
 *     ─▶ validate and compile (compile.ts) ─▶ Scenario
 */
import { compileCatalogue, compileTree, compileTreeErrors } from "./compile.ts";
import { ScenarioError, type SourceLocation } from "./errors.ts";
import { inheritCompanies } from "./inherit.ts";
import { lineageOf } from "./lineage.ts";
import { describeValue } from "./messages.ts";
import { mergeMaps } from "./overlay.ts";
import { parseYamlText } from "./read-yaml.ts";
import { UnreadableScenarioFile, type ScenarioFiles } from "./scenario-files.ts";
import { scenarioFileSchema } from "./schema.ts";
import { applySets } from "./set.ts";
import type { MapEntry, TreeNode } from "./tree.ts";
import type { Offering, Scenario } from "./types.ts";

/** Longest `extends` chain followed. */
export const MAX_EXTENDS_DEPTH = 16;

/** Options of `loadScenario`. */
export interface LoadOptions {
  /** `path=value` overrides, applied in order, validated as if written in the file. */
  readonly set?: readonly string[];
}

/**
 * Reads and parses one scenario file. `shown` names it in messages; `from` is the `extends` that
 * asked for it, where "cannot read" is reported.
 * @throws ScenarioError when the file cannot be read, is too large or is not acceptable YAML.
 */
export function readScenarioFile(files: ScenarioFiles, file: string, shown: string = file, from?: { loc: SourceLocation; path: string }): TreeNode {
  let text: string;
  try {
    text = files.read(file);
  } catch (error) {
    if (!(error instanceof UnreadableScenarioFile)) throw error;
    if (error.atFile) throw new ScenarioError({ file: shown, line: 0, column: 0 }, "", error.detail);
    const detail = `cannot read ${JSON.stringify(shown)}: ${error.detail}`;
    if (from !== undefined) throw new ScenarioError(from.loc, from.path, detail);
    throw new ScenarioError({ file: shown, line: 0, column: 0 }, "", detail);
  }
  return parseYamlText(text, shown);
}

/**
 * One file overlaid on its `extends` chain, `extends` removed. `shown` is the name used in messages
 * (relative paths stay relative to the first file's folder).
 */
function readChain(files: ScenarioFiles, file: string, shown: string, chain: readonly string[], from?: { loc: SourceLocation; path: string }): TreeNode {
  const tree = readScenarioFile(files, file, shown, from);
  if (tree.kind !== "map") return tree;
  const ext = tree.entries.get("extends");
  if (ext === undefined) return tree;
  const target = ext.node;
  if (target.kind !== "scalar" || typeof target.value !== "string" || target.value.trim() === "") {
    throw new ScenarioError(target.loc, "extends", `expected the path of another scenario file, got ${describeValue(target.kind === "scalar" ? target.value : "a map or list")}`);
  }
  if (!/\.ya?ml$/i.test(target.value.trim())) {
    throw new ScenarioError(target.loc, "extends", `expected the path of another scenario file ending in .yaml or .yml, got ${describeValue(target.value)}`);
  }
  const baseFile = files.resolve(file, target.value);
  const baseShown = files.shownName(shown, target.value);
  const here = files.canonical(file);
  const there = files.canonical(baseFile);
  if (there === here || chain.includes(there)) {
    const names = [...chain, here, there].map((p) => p.split("/").pop());
    throw new ScenarioError(target.loc, "extends", `expected files to extend without a cycle, got ${names.join(" → ")}`);
  }
  if (chain.length + 1 >= MAX_EXTENDS_DEPTH) throw new ScenarioError(target.loc, "extends", `expected at most ${MAX_EXTENDS_DEPTH} files in an extends chain`);
  const base = readChain(files, baseFile, baseShown, [...chain, here], { loc: target.loc, path: "extends" });
  // A base that is not a mapping is not a scenario; say so without quoting what it holds.
  if (base.kind !== "map") throw new ScenarioError(target.loc, "extends", `expected ${JSON.stringify(baseShown)} to hold a scenario (a map of key: value lines), got ${base.kind === "seq" ? "a list" : "a single value"}`);
  const own = new Map<string, MapEntry>(tree.entries);
  own.delete("extends");
  return mergeMaps(base, { kind: "map", entries: own, loc: tree.loc }, scenarioFileSchema.shape);
}

/**
 * Reads a scenario file through `files`: YAML, `extends` overlays, `--set` overrides, company
 * inheritance, validation. Values are converted to model units (hours, USD).
 * @param file name of the YAML file; messages name it as given.
 * @throws ScenarioError (userFacing) for anything wrong with the file, its chain or the overrides,
 *   with the message `file:line:col: path: expected …, got … (hint)`.
 */
export function loadScenarioFrom(files: ScenarioFiles, file: string, options: LoadOptions = {}): Scenario {
  let tree = readChain(files, file, file, []);
  tree = applySets(tree, options.set ?? []);
  const lineage = lineageOf(tree);
  tree = inheritCompanies(tree);
  const scenario = compileTree(tree, file);
  return lineage === undefined ? scenario : { ...scenario, lineage };
}

/**
 * Every problem of a scenario file, for `velocity validate`: the problems of its fields all listed,
 * in file order (a problem reading the file, its `extends` chain or the overrides is the only one).
 * Empty when the file is valid.
 */
export function scenarioErrorsFrom(files: ScenarioFiles, file: string, options: LoadOptions = {}): ScenarioError[] {
  let tree: TreeNode;
  try {
    tree = inheritCompanies(applySets(readChain(files, file, file, []), options.set ?? []));
  } catch (error) {
    if (error instanceof ScenarioError) return [error];
    throw error;
  }
  return compileTreeErrors(tree, file);
}

/**
 * Reads a catalogue file through `files` (only a `models:` section, like scenarios/models.yaml,
 * which scenarios extend): its offerings by name, validated, or `null` when the file is a scenario.
 * @throws ScenarioError for anything wrong with the file or its offerings.
 */
export function loadCatalogueFrom(files: ScenarioFiles, file: string): Record<string, Offering> | null {
  return compileCatalogue(readChain(files, file, file, []));
}
