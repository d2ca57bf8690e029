/**
 * Located tree (after `extends`, `--set` and company inheritance) → validated `Scenario`.
 *
 *   tree ──walk the declaration (schema.ts)──▶ for each field: written value or default
 *        ──compileLeaf──▶ typed value (Quantity, number, …)   and   plain value → `resolved`
 *        ──cross-field checks (names unique, calendar start < end, sweep paths)──▶ Scenario
 *
 * The first problem found, in the order the file is written, is thrown as a `ScenarioError`
 * pointing at the node that holds it; `compileTreeErrors` instead carries on past each bad field
 * and lists them all (what `velocity validate` shows).
 */
import type * as z from "zod";
import { ScenarioError, type SourceLocation } from "./errors.ts";
import { fieldSpecs } from "./field.ts";
import { inheritCompanies } from "./inherit.ts";
import { compileLeaf } from "./leaf.ts";
import { describeValue, didYouMean, ideaMismatch, unknownKey, windowBelowRestart } from "./messages.ts";
import { objectSchema } from "./path.ts";
import { companySchema, MAX_COMPANIES, offeringSchema, scenarioFileSchema } from "./schema.ts";
import { compileSweep } from "./sweep-compile.ts";
import { fromPlain, toPlain, type MapNode, type TreeNode } from "./tree.ts";
import type { CompanyParams, Offering, PriceBasis, Scenario } from "./types.ts";

type Plain = Record<string, unknown>;

const join = (path: string, key: string): string => (path === "" ? key : `${path}.${key}`);

/** Where field-level problems go while listing every error (compileTreeErrors); null: throw the first. */
let sink: ScenarioError[] | null = null;

/** Throws `error`, or records it and carries on when every error is being listed. */
function problem(error: ScenarioError): void {
  if (sink === null) throw error;
  sink.push(error);
}

/** `expected a map of <what>` for a node that is not a map. */
function requireMap(node: TreeNode, path: string, what: string): MapNode {
  if (node.kind !== "map") {
    const got = node.kind === "scalar" ? node.value : toPlain(node);
    throw new ScenarioError(node.loc, path, `expected a map of ${what} (key: value lines), got ${describeValue(got)}`);
  }
  return node;
}

/** Refuses keys the shape does not declare, in the order they are written. */
function checkKeys(node: MapNode, shape: z.ZodRawShape, path: string): void {
  const allowed = Object.keys(shape);
  for (const [key, entry] of node.entries) {
    if (!allowed.includes(key)) {
      problem(new ScenarioError(entry.keyLoc, path, unknownKey(key, allowed)));
    }
  }
}

/**
 * Reads a map declared by `shape`: every declared field in declaration order, the written value or
 * its default. Returns the plain (resolved) map and the typed values.
 */
function readGroup(node: TreeNode, shape: z.ZodRawShape, path: string, what: string, skip: readonly string[] = []): { plain: Plain; typed: Plain } {
  const map = requireMap(node, path, what);
  checkKeys(map, shape, path);
  const plain: Plain = {};
  const typed: Plain = {};
  for (const [key, schema] of Object.entries(shape)) {
    if (skip.includes(key)) continue;
    const entry = map.entries.get(key);
    const spec = fieldSpecs.get(schema as z.ZodType);
    const fieldPath = join(path, key);
    if (spec !== undefined) {
      const value = entry === undefined ? spec.default : toPlain(entry.node);
      if (value === undefined) {
        if (spec.required === true) problem(new ScenarioError(map.loc, fieldPath, `expected a value (${key} is required), got nothing`));
        continue;
      }
      const compiled = compileLeaf(spec, value);
      if (!compiled.ok) {
        problem(new ScenarioError(entry?.node.loc ?? map.loc, fieldPath, compiled.detail));
        continue;
      }
      plain[key] = value;
      typed[key] = compiled.value;
      continue;
    }
    const inner = objectSchema(schema as z.ZodType);
    if (inner === undefined) continue;
    const child = entry?.node ?? ({ kind: "map", entries: new Map(), loc: map.loc } satisfies MapNode);
    const group = readGroup(child, inner.shape, fieldPath, key);
    plain[key] = group.plain;
    typed[key] = group.typed;
  }
  return { plain, typed };
}

/** Reads `charts:`: chart name → `{ title?, caption? }`, each a text. */
function readCharts(node: TreeNode): Record<string, { title?: string; caption?: string }> {
  const map = requireMap(node, "charts", "chart names");
  const out: Record<string, { title?: string; caption?: string }> = {};
  for (const [name, entry] of map.entries) {
    const path = `charts.${name}`;
    const chart = requireMap(entry.node, path, "title and caption");
    checkKeys(chart, { title: true, caption: true } as unknown as z.ZodRawShape, path);
    const words: { title?: string; caption?: string } = {};
    for (const [key, field] of chart.entries) {
      const value = toPlain(field.node);
      if (typeof value !== "string") throw new ScenarioError(field.node.loc, `${path}.${key}`, `expected text, got ${describeValue(value)}`);
      words[key as "title" | "caption"] = value;
    }
    out[name] = words;
  }
  return out;
}

/** A compiled offering with "left out" made explicit: no tier, no limits, no context window, long-context prices = normal ones. */
function completeOffering(typed: Plain): Offering {
  const o = typed as Partial<Record<keyof Offering, unknown>>;
  return {
    ...(typed as object),
    longContextAbove: (o.longContextAbove as number | undefined) ?? Infinity,
    longContextPricePerMInput: (o.longContextPricePerMInput as number | undefined) ?? (o.pricePerMInput as number),
    longContextPricePerMCachedInput: (o.longContextPricePerMCachedInput as number | undefined) ?? (o.pricePerMCachedInput as number),
    longContextPricePerMOutput: (o.longContextPricePerMOutput as number | undefined) ?? (o.pricePerMOutput as number),
    tokensPerMinute: (o.tokensPerMinute as number | undefined) ?? Infinity,
    maxSessions: (o.maxSessions as number | undefined) ?? Infinity,
    contextWindow: (o.contextWindow as number | undefined) ?? Infinity,
  } as Offering;
}

/** The `models:` catalogue: each offering read with the reference model's defaults. */
function readModels(node: TreeNode | undefined): { plain: Plain | undefined; typed: Record<string, Plain> } {
  const typed: Record<string, Plain> = {};
  if (node === undefined) return { plain: undefined, typed };
  const map = requireMap(node, "models", "offerings (name: { tokensPerSecond: …, … })");
  const plain: Plain = {};
  for (const [name, entry] of map.entries) {
    const group = readGroup(entry.node, offeringSchema.shape, `models[${name}]`, "offering fields");
    plain[name] = group.plain;
    typed[name] = group.typed;
  }
  return { plain, typed };
}

/**
 * The offerings of a catalogue file (a tree with `models:` and no name or companies, such as
 * scenarios/models.yaml), validated; `null` when the tree is not a catalogue.
 * @throws ScenarioError for a bad offering.
 */
export function compileCatalogue(root: TreeNode): Record<string, Offering> | null {
  if (root.kind !== "map" || !root.entries.has("models") || root.entries.has("companies") || root.entries.has("name")) return null;
  const { typed } = readModels(root.entries.get("models")?.node);
  return Object.fromEntries(Object.entries(typed).map(([name, o]) => [name, completeOffering(o)]));
}

/** Reads one company (inheritance already resolved); its agent starts from the offering it names. */
function readCompany(node: TreeNode, path: string, models: Readonly<Record<string, Plain>>): { plain: Plain; typed: CompanyParams } {
  const { plain, typed } = readGroup(node, companySchema.shape, path, "company fields", ["extends"]);
  const calendar = (typed.team as Plain).calendar as Plain;
  if ((calendar.end as number) <= (calendar.start as number)) {
    const calNode = findNode(node, ["team", "calendar", "end"]) ?? findNode(node, ["team", "calendar"]) ?? node;
    throw new ScenarioError(calNode.loc, `${path}.team.calendar.end`, `expected the end of the working day after its start (${String((plain.team as Plain & { calendar: Plain }).calendar.start)}), got ${describeValue((plain.team as Plain & { calendar: Plain }).calendar.end)}`);
  }
  const own = typed.agent as Plain;
  const model = own.model as string | undefined;
  let base: Plain;
  if (model === undefined) base = readGroup({ kind: "map", entries: new Map(), loc: node.loc }, offeringSchema.shape, `${path}.agent`, "offering fields").typed;
  else {
    const found = models[model];
    if (found === undefined) {
      const names = Object.keys(models);
      const at = findNode(node, ["agent", "model"]) ?? node;
      throw new ScenarioError(at.loc, `${path}.agent.model`, `expected the name of an offering in models (${names.join(", ") || "none: extend models.yaml or add a models: section"}), got ${describeValue(model)}${didYouMean(model, names)}`);
    }
    base = found;
  }
  const response = typed.response as Plain;
  const switchTo = response.model as string | undefined;
  let offering: Offering | undefined;
  if (switchTo !== undefined) {
    const found = models[switchTo];
    if (found === undefined) {
      const names = Object.keys(models);
      const at = findNode(node, ["response", "model"]) ?? node;
      throw new ScenarioError(at.loc, `${path}.response.model`, `expected the name of an offering in models (${names.join(", ") || "none: extend models.yaml or add a models: section"}), got ${describeValue(switchTo)}${didYouMean(switchTo, names)}`);
    }
    offering = completeOffering(found);
  }
  const { start, end, workdays } = calendar as { start: number; end: number; workdays: number[] };
  const team = typed.team as Plain;
  const { agent: priced, price } = pricedAgent(completeOffering({ ...base, ...own }), base, own, model);
  // A window must hold the context a compaction restarts at (the agent's own and a response's).
  const task = typed.task as { baseContext: number; summaryTokens: number };
  for (const [window, field] of [[priced.contextWindow, "agent"], [offering?.contextWindow ?? Infinity, "response"]] as const) {
    if (window > task.baseContext + task.summaryTokens) continue;
    const at = findNode(node, [field, "contextWindow"]) ?? findNode(node, [field, "model"]) ?? findNode(node, ["task", "baseContext"]) ?? findNode(node, ["task", "summaryTokens"]) ?? node;
    throw new ScenarioError(at.loc, field === "agent" ? `${path}.agent.contextWindow` : `${path}.response.model`, windowBelowRestart(window, task.baseContext, task.summaryTokens, field === "agent" ? undefined : switchTo));
  }
  const params = {
    ...typed,
    response: { ...response, ...(offering === undefined ? {} : { offering }) },
    agent: { ...priced, sessions: own.sessions, price, ...(model === undefined ? {} : { model }) },
    team: { ...team, calendar: { workdays, startHour: start, endHour: end } },
  } as unknown as CompanyParams;
  return { plain, typed: params };
}

/** The fit values an idea's companies must agree on (the idea's draws come from its first company). */
const IDEA_FIELDS = ["fitChance", "learningNeeded", "evidencePerLearning"] as const;

/**
 * Refuses a company whose fit values differ from the first company pursuing the same idea: the
 * idea's fit is one draw per run, so a second value would be silently ignored.
 */
function checkSharedIdeas(items: readonly TreeNode[], companies: readonly Plain[]): void {
  const firstOf = new Map<string, number>();
  companies.forEach((c, i) => {
    const takeoff = c.takeoff as Plain;
    const idea = takeoff.idea as string | undefined;
    const first = firstOf.get(idea ?? "");
    if (first === undefined) {
      firstOf.set(idea ?? "", i);
      return;
    }
    const theirs = companies[first].takeoff as Plain;
    for (const field of IDEA_FIELDS) {
      if (JSON.stringify(takeoff[field]) === JSON.stringify(theirs[field])) continue;
      const at = findNode(items[i], ["takeoff", field]) ?? findNode(items[i], ["takeoff"]) ?? items[i];
      problem(new ScenarioError(at.loc, `companies[${i}].takeoff.${field}`, ideaMismatch(c.name as string, companies[first].name as string, idea, takeoff[field], theirs[field])));
    }
  });
}

/** The token price fields a price curve scales. */
const PRICE_FIELDS = ["pricePerMInput", "pricePerMCachedInput", "pricePerMOutput", "longContextPricePerMInput", "longContextPricePerMCachedInput", "longContextPricePerMOutput"] as const;

/**
 * The agent's prices and where they come from. With `priceSpeedExponent` e every token price is
 * scaled by (tokens/s ÷ the offering's tokens/s)^e, both read at their means; without it the
 * offering's (or written) prices stay at any speed, and a speed the offering is not sold at with
 * its list price kept is marked a guess.
 */
function pricedAgent(agent: Offering, base: Plain, own: Plain, model: string | undefined): { agent: Offering; price: PriceBasis } {
  const tokensPerSecond = agent.tokensPerSecond.mean;
  const offeringTokensPerSecond = (base.tokensPerSecond as Offering["tokensPerSecond"]).mean;
  const exponent = own.priceSpeedExponent as number | undefined;
  const written = PRICE_FIELDS.some((f) => own[f] !== undefined);
  const guessed = agent.priceSource === "guess";
  // The offering's range goes with its prices: a price the scenario writes drops it (unless it writes
  // its own range), a curve scales it like every price.
  const ranged = written && own.pricePerMOutputRange === undefined ? undefined : agent.pricePerMOutputRange;
  const rangeAt = (multiplier: number) => (ranged === undefined ? {} : { range: { low: ranged.low * multiplier, high: ranged.high * multiplier } });
  const common = { ...(model === undefined ? {} : { model }), tokensPerSecond, offeringTokensPerSecond };
  if (exponent !== undefined) {
    const multiplier = (tokensPerSecond / offeringTokensPerSecond) ** exponent;
    const scaled = { ...agent } as Record<string, unknown>;
    for (const f of PRICE_FIELDS) scaled[f] = agent[f] * multiplier;
    const price: PriceBasis = { how: "curve", ...common, outputPerM: agent.pricePerMOutput * multiplier, multiplier, exponent, guess: guessed, ...rangeAt(multiplier) };
    return { agent: scaled as unknown as Offering, price };
  }
  const held = !written && own.tokensPerSecond !== undefined && tokensPerSecond !== offeringTokensPerSecond;
  const how: PriceBasis["how"] = written ? "written" : held ? "held" : model === undefined ? "default" : "list";
  // A price the scenario writes is its own claim (a guess only where it says priceSource: guess).
  const guess = written ? own.priceSource === "guess" : guessed || held;
  return { agent, price: { how, ...common, outputPerM: agent.pricePerMOutput, multiplier: 1, guess, ...rangeAt(1) } };
}

/** The node at a key path inside maps, if present. */
function findNode(node: TreeNode, keys: readonly string[]): TreeNode | undefined {
  let at: TreeNode | undefined = node;
  for (const key of keys) at = at?.kind === "map" ? at.entries.get(key)?.node : undefined;
  return at;
}

/**
 * Validates and compiles a located tree whose `extends` (file and company) are already resolved.
 * @throws ScenarioError at the first problem.
 */
export function compileTree(root: TreeNode, file: string): Scenario {
  const map = requireMap(root, "", "scenario fields");
  const topShape = scenarioFileSchema.shape;
  if (map.entries.has("models") && !map.entries.has("companies") && !map.entries.has("name")) {
    throw new ScenarioError(map.loc, "", "expected a scenario (a name and companies), got a catalogue of offerings only (a scenario uses it with extends: models.yaml)");
  }
  const ext = map.entries.get("extends");
  if (ext !== undefined) throw new ScenarioError(ext.keyLoc, "extends", "expected a resolved scenario here (extends is applied when a file is loaded)");
  const { plain, typed } = readGroup(map, topShape, "", "scenario fields", ["extends", "models", "companies", "sweep", "charts"]);
  const models = readModels(map.entries.get("models")?.node);
  // The declared order of the top level puts companies and sweep after market; keep it in `resolved`.
  const companiesEntry = map.entries.get("companies");
  if (companiesEntry === undefined) throw new ScenarioError(map.loc, "companies", "expected a list of companies (at least one), got nothing");
  const companiesNode = companiesEntry.node;
  if (companiesNode.kind !== "seq") throw new ScenarioError(companiesNode.loc, "companies", `expected a list of companies, got ${describeValue(toPlain(companiesNode))}`);
  if (companiesNode.items.length === 0) throw new ScenarioError(companiesNode.loc, "companies", "expected at least one company, got an empty list");
  if (companiesNode.items.length > MAX_COMPANIES) {
    throw new ScenarioError(companiesNode.loc, "companies", `expected at most ${MAX_COMPANIES} companies, got ${companiesNode.items.length}`);
  }
  const companies: CompanyParams[] = [];
  const plainCompanies: Plain[] = [];
  const seen = new Map<string, number>();
  companiesNode.items.forEach((item, i) => {
    const path = `companies[${i}]`;
    const company = readCompany(item, path, models.typed);
    const first = seen.get(company.typed.name);
    if (first !== undefined) {
      throw new ScenarioError(findNode(item, ["name"])?.loc ?? item.loc, `${path}.name`, `expected a unique company name, got ${describeValue(company.typed.name)} (also companies[${first}])`);
    }
    seen.set(company.typed.name, i);
    companies.push(company.typed);
    plainCompanies.push(company.plain);
  });
  checkSharedIdeas(companiesNode.items, plainCompanies);
  const names = companies.map((c) => c.name);
  const sweepEntry = map.entries.get("sweep");
  const sweep = sweepEntry === undefined ? undefined : compileSweep(sweepEntry.node, names, "sweep", Object.keys(models.typed));

  const chartsEntry = map.entries.get("charts");
  const charts = chartsEntry === undefined ? undefined : readCharts(chartsEntry.node);

  const target = typed.target as number;
  const milestones = [...new Set([...(typed.milestones as number[]), target])].sort((a, b) => a - b);
  const resolved: Plain = {};
  for (const key of Object.keys(topShape)) {
    if (key === "companies") resolved.companies = plainCompanies;
    else if (key === "models") {
      if (models.plain !== undefined) resolved.models = models.plain;
    }
    else if (key === "sweep") {
      if (sweepEntry !== undefined) resolved.sweep = toPlain(sweepEntry.node);
    } else if (key === "charts") {
      if (charts !== undefined) resolved.charts = charts;
    } else if (key in plain) resolved[key] = plain[key];
  }
  const scenario: Scenario = {
    name: typed.name as string,
    description: (typed.description as string | undefined) ?? "",
    ...(typed.kind !== undefined ? { kind: typed.kind as Scenario["kind"] } : {}),
    file,
    seed: typed.seed as number,
    runs: typed.runs as number,
    horizon: typed.horizon as number,
    target,
    milestones,
    market: typed.market as unknown as Scenario["market"],
    economics: typed.economics as unknown as Scenario["economics"],
    models: Object.fromEntries(Object.entries(models.typed).map(([name, o]) => [name, completeOffering(o)])),
    companies,
    sweep: sweep?.axes ?? [],
    ...(sweep !== undefined && sweep.points.length > 0 ? { sweepPoints: sweep.points } : {}),
    ...(charts !== undefined ? { charts } : {}),
    resolved,
  };
  return scenario;
}

/**
 * Every problem of a located tree, in the order the file is written (empty when it compiles).
 * A problem in the file's structure (a group that is not a map, no companies) ends the list.
 */
export function compileTreeErrors(root: TreeNode, file: string): ScenarioError[] {
  const found: ScenarioError[] = [];
  sink = found;
  try {
    compileTree(root, file);
  } catch (error) {
    if (error instanceof ScenarioError) found.push(error);
    // A field left out after an error can upset later cross-field checks; what was found stands.
    else if (found.length === 0) throw error;
  } finally {
    sink = null;
  }
  return onePerPlace(found).sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * One error per place in a file: a company that extends another inherits its bad value, and the
 * same file:line:col would otherwise be listed once per company. The first stands, worded as
 * `run` and the explorer report it (the companies that inherit the value are not listed).
 */
function onePerPlace(found: readonly ScenarioError[]): ScenarioError[] {
  const seen = new Set<string>();
  return found.filter((e) => {
    const place = e.line > 0 ? `${e.file}:${e.line}:${e.column}:${e.detail}` : e.message;
    return !seen.has(place) && seen.add(place);
  });
}

/**
 * Compiles the plain resolved tree of a scenario (`scenario.resolved`), e.g. inside a worker or from
 * a manifest. Gives a scenario identical to the one loaded from the file. `file` names the source
 * in messages and in `scenario.file`.
 * @throws ScenarioError when the tree is not a valid resolved scenario.
 */
export function compileScenario(resolved: Record<string, unknown>, file = "<inline>"): Scenario {
  const where: SourceLocation = { file, line: 0, column: 0 };
  if (resolved === null || typeof resolved !== "object" || Array.isArray(resolved)) {
    throw new ScenarioError(where, "", `expected a resolved scenario (a map), got ${describeValue(resolved)}`);
  }
  return compileTree(inheritCompanies(fromPlain(resolved, where)), file);
}
