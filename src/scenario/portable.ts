/**
 * The scenario layer without Node's file system or crypto: what the browser explorer bundles.
 * Same loader, same validation, same messages as `loadScenario`; files come from a `ScenarioFiles`.
 */
export { loadScenarioFrom, type LoadOptions } from "./load-from.ts";
export { memoryScenarioFiles, UnreadableScenarioFile, type ScenarioFiles } from "./scenario-files.ts";
export { expandSweep } from "./sweep.ts";
export { compileScenario } from "./compile.ts";
export { ScenarioError, type SourceLocation } from "./errors.ts";
export { fieldAt, parsePath, companyIndex, pathCompany } from "./path.ts";
export { outsidePublicRanges, type OutsideRange } from "./public-ranges.ts";
export type { FieldSpec } from "./field.ts";
export type { PriceBasis, Scenario, SweepPoint } from "./types.ts";
