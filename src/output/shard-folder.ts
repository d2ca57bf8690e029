/**
 * A shard's folder: its manifest (with `shard`), the layout of its rows and the rows themselves,
 * raw, one file per sweep point. Reading one back checks everything that shapes results, so a
 * damaged, edited or foreign shard is refused instead of merged:
 *
 *   manifest fields and types → `resolved` re-hashed against `hash` → `resolved` compiles to the
 *   manifest's name, seed and runs → `--vary` gives the recorded points and axes → the run range is
 *   the shard plan's → layouts are consistent and name the scenario's companies → each rows file
 *   has exactly the bytes of its run range → values are finite where a run always has them.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { BREAKDOWN_CATEGORIES } from "../model/index.ts";
import { BILL_WIDTH, inputsOffset, LEVER_METRICS, RunTable, SCALAR_COLUMNS, shardRange, type RowLayout } from "../montecarlo/index.ts";
import { canonicalJson, compileScenario, expandSweep, parseVary, scenarioHash, type Scenario, type SweepPoint } from "../scenario/index.ts";
import { writeFileAtomic } from "./atomic-write.ts";
import { BoundedReadError, readBounded } from "./read-bounded.ts";
import { MAX_SUMMARY_BYTES } from "./read-bounded.ts";
import type { Manifest, Timing } from "./manifest.ts";
import { manifestJson, stableJson } from "./stable-json.ts";

/** Shards that cannot be merged (a user mistake: wrong folders, missing parts, damaged files). */
export class MergeError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "MergeError";
  }
}

/** A shard folder read back and checked. */
export interface CheckedShard {
  dir: string;
  manifest: Manifest & { shard: NonNullable<Manifest["shard"]> };
  tables: RunTable[];
  scenario: Scenario;
  points: SweepPoint[];
}

const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");

/**
 * Writes a shard's folder into `dir` (the temporary folder of an output-folder transaction); the
 * manifest's `shard.digests` gets the sha256 of every rows file and of layout.json.
 */
export function writeShardFolder(dir: string, manifest: Manifest, tables: readonly RunTable[], timing: Timing): void {
  const digests: Record<string, string> = {};
  tables.forEach((table, p) => {
    const bytes = new Uint8Array(table.rows.buffer, table.rows.byteOffset, table.rows.byteLength);
    digests[`rows-${p}.f64`] = sha256(bytes);
    writeFileAtomic(join(dir, `rows-${p}.f64`), bytes);
  });
  const layout = stableJson(tables.map((t) => t.layout));
  digests["layout.json"] = sha256(layout);
  writeFileAtomic(join(dir, "layout.json"), layout);
  writeFileAtomic(join(dir, "timing.json"), stableJson(timing));
  const shard = manifest.shard === undefined ? undefined : { ...manifest.shard, digests };
  writeFileAtomic(join(dir, "manifest.json"), manifestJson({ ...manifest, shard }));
}

/** Scalar columns every run has a finite value for (the others are NaN when a milestone was not reached). */
const ALWAYS_FINITE = ["releases", "learnings", "tokenSpend", "teamSpend", "revenue", "arrAtHorizon"] as const;

const isWhole = (x: unknown, min: number): x is number => typeof x === "number" && Number.isSafeInteger(x) && x >= min;
const isText = (x: unknown): x is string => typeof x === "string";
const isTextList = (x: unknown): x is string[] => Array.isArray(x) && x.every(isText);

/**
 * A shard file's bytes: only a regular file, at most `maxBytes` (a FIFO or a link to /dev/zero is
 * refused at once, not read forever).
 */
function readShardFile(dir: string, file: string, maxBytes: number, fail: (field: string, problem: string) => never): Buffer {
  try {
    return readBounded(join(dir, file), maxBytes);
  } catch (error) {
    if (!(error instanceof BoundedReadError)) throw error;
    if (error.reason === "missing") return fail(file, file === "manifest.json" ? "missing, so not a shard folder (write shards with velocity run --shard k/N --out DIR)" : "missing");
    return fail(file, error.problem);
  }
}

function readJson(dir: string, file: string, fail: (field: string, problem: string) => never): unknown {
  const text = readShardFile(dir, file, MAX_SUMMARY_BYTES, fail).toString("utf8");
  try {
    return JSON.parse(text);
  } catch {
    return fail(file, "not valid JSON (damaged? run the shard again)");
  }
}

/** A manifest's lineage: per company, whom it extends (text, optional) and what it writes (paths). */
function isLineage(value: unknown): boolean {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  return Object.values(value).every((c: unknown) => {
    if (c === null || typeof c !== "object") return false;
    const { extends: parent, writes } = c as Record<string, unknown>;
    return (parent === undefined || isText(parent)) && isTextList(writes);
  });
}

/** The manifest's fields, each of the type `velocity run --shard` writes. */
function checkManifestFields(value: unknown, fail: (field: string, problem: string) => never): CheckedShard["manifest"] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return fail("manifest.json", "not a JSON object");
  const m = value as Record<string, unknown>;
  const expect = (key: string, ok: boolean, what: string) => {
    if (!ok) fail(`manifest.json ${key}`, `expected ${what}, got ${JSON.stringify(m[key]) ?? "nothing"}`);
  };
  for (const key of ["scenario", "file", "hash", "version", "node", "command"]) expect(key, isText(m[key]), "text");
  expect("seed", isWhole(m.seed, 0), "a whole number ≥ 0");
  expect("runs", isWhole(m.runs, 1), "a whole number ≥ 1");
  expect("points", isWhole(m.points, 1), "a whole number ≥ 1");
  expect("resolved", m.resolved !== null && typeof m.resolved === "object" && !Array.isArray(m.resolved), "the resolved scenario (a JSON object)");
  expect("sweepAxes", isTextList(m.sweepAxes), "a list of paths");
  expect("vary", isTextList(m.vary), "a list of --vary values");
  expect("set", m.set === undefined || isTextList(m.set), "a list of --set values");
  expect("lineage", m.lineage === undefined || isLineage(m.lineage), "{ <company>: { extends?, writes: [paths] } }");
  const shard = m.shard as Record<string, unknown> | undefined;
  if (shard === undefined) fail("manifest.json shard", "missing: a full output folder, not a shard (it was written without --shard)");
  const s = shard as Record<string, unknown>;
  const ok = shard !== null && typeof shard === "object" && isWhole(s.count, 1) && isWhole(s.index, 1) && s.index <= s.count && isWhole(s.start, 0) && isWhole(s.end, 0);
  expect("shard", ok, "{ index, count, start, end } with 1 ≤ index ≤ count");
  const digests = s.digests as Record<string, unknown> | undefined;
  if (digests === null || typeof digests !== "object" || !Object.values(digests).every(isText)) fail("manifest.json shard.digests", "missing or damaged (written by an older velocity? run the shard again)");
  return m as unknown as CheckedShard["manifest"];
}

/** A layout whose offsets and widths add up and whose companies are the scenario's. */
export function checkLayout(layout: RowLayout, companies: readonly string[]): string | undefined {
  if (layout === null || typeof layout !== "object") return "not a layout";
  if (canonicalJson(layout.companies) !== canonicalJson(companies)) return `companies ${JSON.stringify(layout.companies)} are not the scenario's ${JSON.stringify(companies)}`;
  if (!isWhole(layout.milestones, 0) || !isWhole(layout.weeks, 1) || !Array.isArray(layout.inputs) || layout.inputs.length !== companies.length || !layout.inputs.every(isTextList)) return "damaged (milestones, weeks or inputs)";
  let width = 0;
  for (let c = 0; c < companies.length; c++) {
    const expected = SCALAR_COLUMNS.length + layout.milestones + layout.weeks + 2 * BREAKDOWN_CATEGORIES.length + layout.inputs[c].length + BILL_WIDTH;
    if (layout.companyWidth?.[c] !== expected || layout.companyOffset?.[c] !== width) return "damaged (company widths or offsets do not add up)";
    width += expected;
  }
  const levers = layout.levers ?? [];
  if (!isTextList(levers) || !isWhole(layout.leverRuns ?? 0, 0)) return "damaged (levers)";
  // Lever outcomes follow the companies' columns: per lever, company and metric.
  width += levers.length * companies.length * LEVER_METRICS.length;
  if (layout.width !== width || layout.companyWidth.length !== companies.length || layout.companyOffset.length !== companies.length) return "damaged (row width does not add up)";
  return undefined;
}

/** The first value of `rows` that a run cannot hold: ±Infinity anywhere, NaN where a run always has a number. */
export function checkRows(rows: Float64Array, layout: RowLayout): string | undefined {
  const runs = rows.length / layout.width;
  for (let r = 0; r < runs; r++) {
    for (let c = 0; c < layout.companies.length; c++) {
      const at = r * layout.width + layout.companyOffset[c];
      for (let k = 0; k < layout.companyWidth[c]; k++) {
        if (rows[at + k] === Infinity || rows[at + k] === -Infinity) return `run ${r} of the file, company ${layout.companies[c]}: an infinite value`;
      }
      for (const column of ALWAYS_FINITE) {
        if (!Number.isFinite(rows[at + SCALAR_COLUMNS.indexOf(column)])) return `run ${r} of the file, company ${layout.companies[c]}: ${column} is not a number`;
      }
      const arrAt = at + SCALAR_COLUMNS.length + layout.milestones;
      for (let w = 0; w < layout.weeks; w++) if (!Number.isFinite(rows[arrAt + w])) return `run ${r} of the file, company ${layout.companies[c]}: ARR at week ${w} is not a number`;
      const inputsAt = at + inputsOffset(layout, c);
      for (let k = 0; k < layout.inputs[c].length; k++) if (!Number.isFinite(rows[inputsAt + k])) return `run ${r} of the file, company ${layout.companies[c]}: input ${layout.inputs[c][k]} is not a number`;
    }
  }
  return undefined;
}

/**
 * Reads a shard folder and checks it on its own (its manifest, hash, plan, layout and rows).
 * Whether shards belong together is checked by `mergeShards`.
 * @throws MergeError naming the folder and the field: `merge: part-2 (shard 2/3): rows-0.f64: …`
 */
export function readShardFolder(dir: string): CheckedShard {
  let label = dir;
  const fail = (field: string, problem: string): never => {
    throw new MergeError(`merge: ${label}: ${field}: ${problem}`);
  };
  const manifest = checkManifestFields(readJson(dir, "manifest.json", fail), fail);
  label = `${dir} (shard ${manifest.shard.index}/${manifest.shard.count})`;
  if (scenarioHash({ resolved: manifest.resolved }) !== manifest.hash) fail("manifest.json resolved", "does not match the manifest's hash (the file was edited; run the shard again)");
  let scenario: Scenario;
  let points: SweepPoint[];
  try {
    const compiled = compileScenario(manifest.resolved, manifest.file);
    // Inheritance is done in `resolved`: the lineage beside it says whom a swept value reaches.
    scenario = manifest.lineage === undefined ? compiled : { ...compiled, lineage: manifest.lineage };
    points = expandSweep(scenario, manifest.vary.map(parseVary));
  } catch (error) {
    return fail("manifest.json resolved", `not a valid scenario (${(error as Error).message})`);
  }
  if (scenario.name !== manifest.scenario) fail("manifest.json scenario", `is ${JSON.stringify(manifest.scenario)} but the resolved scenario is named ${JSON.stringify(scenario.name)}`);
  if (scenario.seed !== manifest.seed) fail("manifest.json seed", `is ${manifest.seed} but the resolved scenario's seed is ${scenario.seed}`);
  if (scenario.runs !== manifest.runs) fail("manifest.json runs", `is ${manifest.runs} but the resolved scenario's runs is ${scenario.runs}`);
  if (points.length !== manifest.points) fail("manifest.json points", `is ${manifest.points} but the scenario and --vary give ${points.length}`);
  const axes = Object.keys(points[0]?.params ?? {});
  if (canonicalJson(axes) !== canonicalJson(manifest.sweepAxes)) fail("manifest.json sweepAxes", `is ${JSON.stringify(manifest.sweepAxes)} but the scenario and --vary give ${JSON.stringify(axes)}`);
  const { start, end } = shardRange(manifest.runs, manifest.shard);
  if (manifest.shard.start !== start || manifest.shard.end !== end) {
    fail("manifest.json shard", `holds runs ${manifest.shard.start}–${manifest.shard.end} but shard ${manifest.shard.index}/${manifest.shard.count} of ${manifest.runs} runs is ${start}–${end}`);
  }
  const digests = manifest.shard.digests ?? {};
  const checkDigest = (file: string, data: string | Uint8Array) => {
    if (digests[file] !== sha256(data)) fail(file, "its sha256 is not the one the manifest recorded (damaged or edited since the shard was written; run the shard again)");
  };
  const layoutText = readShardFile(dir, "layout.json", MAX_SUMMARY_BYTES, fail).toString("utf8");
  checkDigest("layout.json", layoutText);
  const layouts = readJson(dir, "layout.json", fail);
  if (!Array.isArray(layouts) || layouts.length !== points.length) fail("layout.json", `expected one layout per sweep point (${points.length})`);
  const companies = scenario.companies.map((c) => c.name);
  const tables = (layouts as RowLayout[]).map((layout, p) => {
    const problem = checkLayout(layout, companies);
    if (problem !== undefined) fail(`layout.json [${p}]`, problem);
    const expected = (end - start) * layout.width * 8;
    const wrongSize = (size: number) => fail(`rows-${p}.f64`, `holds ${size} bytes but runs ${start}–${end} take exactly ${expected} (cut short, padded or from another run)`);
    let bytes: Buffer;
    try {
      bytes = readBounded(join(dir, `rows-${p}.f64`), expected);
    } catch (error) {
      if (!(error instanceof BoundedReadError)) throw error;
      if (error.reason === "too-large") return wrongSize(error.size ?? expected + 1);
      return fail(`rows-${p}.f64`, error.reason === "missing" ? "missing" : error.problem);
    }
    if (bytes.byteLength !== expected) wrongSize(bytes.byteLength);
    const rows = new Float64Array(bytes.byteLength / 8);
    new Uint8Array(rows.buffer).set(bytes);
    const bad = checkRows(rows, layout);
    if (bad !== undefined) fail(`rows-${p}.f64`, bad);
    checkDigest(`rows-${p}.f64`, bytes);
    return new RunTable(layout, rows);
  });
  return { dir, manifest, tables, scenario, points };
}
