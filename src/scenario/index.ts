/**
 * The scenario layer: YAML scenario files → validated, typed `Scenario` (units, distributions,
 * overlays, `--set`, sweeps), with one-line `ScenarioError`s that point at file, line and column.
 */
export { loadCatalogue, loadScenario, loadScenarioText, scenarioErrors, MAX_EXTENDS_DEPTH, type LoadOptions } from "./load.ts";
export { loadScenarioFrom, loadCatalogueFrom } from "./load-from.ts";
export { memoryScenarioFiles, UnreadableScenarioFile, type ScenarioFiles } from "./scenario-files.ts";
export { compileScenario } from "./compile.ts";
export { expandSweep, parseVary, setResolved } from "./sweep.ts";
export { pathCompany } from "./path.ts";
export { companiesReached, changeReaches, type Lineage } from "./lineage.ts";
export { outsidePublicRanges, PUBLIC_RANGES, type OutsideRange, type PublicRange } from "./public-ranges.ts";
export { quantityFromNumber } from "./distribution.ts";
export { scenarioHash, canonicalJson } from "./hash.ts";
export { ScenarioError, type SourceLocation } from "./errors.ts";
export { scenarioJsonSchema } from "./json-schema.ts";
export type {
  Calendar,
  CompanyParams,
  DrawKind,
  MarketParams,
  EconomicsParams,
  Offering,
  PriceBasis,
  Quantity,
  Sampler,
  Scenario,
  SweepAxis,
  SweepNamedPoint,
  SweepPoint,
} from "./types.ts";
export { MAX_COMPANIES, MAX_HORIZON_HOURS, MAX_MILESTONES, MAX_RUNS, MAX_USD } from "./schema.ts";
export { MAX_SWEEP_POINTS } from "./sweep-compile.ts";
export { MAX_NAME_LENGTH, nameProblem } from "./name.ts";
