/**
 * `loadScenario`: a scenario file on disk → validated `Scenario`. The pipeline itself lives in
 * load-from.ts (shared with the browser explorer, which reads files from memory).
 */
import type { ScenarioError } from "./errors.ts";
import { loadCatalogueFrom, loadScenarioFrom, scenarioErrorsFrom, type LoadOptions } from "./load-from.ts";
import { nodeScenarioFiles } from "./node-files.ts";
import type { Offering, Scenario } from "./types.ts";

export { MAX_EXTENDS_DEPTH, type LoadOptions } from "./load-from.ts";

/**
 * Reads a scenario file: YAML, `extends` overlays, `--set` overrides, company inheritance,
 * validation. Values are converted to model units (hours, USD).
 * @param file path of the YAML file; messages name it as given.
 * @throws ScenarioError (userFacing) for anything wrong with the file, its chain or the overrides,
 *   with the message `file:line:col: path: expected …, got … (hint)`.
 */
export function loadScenario(file: string, options: LoadOptions = {}): Scenario {
  return loadScenarioFrom(nodeScenarioFiles, file, options);
}

/**
 * Reads a catalogue file (only a `models:` section, like scenarios/models.yaml, which scenarios
 * extend): its offerings by name, validated, or `null` when the file is a scenario.
 * @throws ScenarioError for anything wrong with the file or its offerings.
 */
export function loadCatalogue(file: string): Record<string, Offering> | null {
  return loadCatalogueFrom(nodeScenarioFiles, file);
}

/**
 * Every problem of a scenario file on disk, for `velocity validate` (see `scenarioErrorsFrom`).
 * Empty when the file is valid.
 */
export function scenarioErrors(file: string, options: LoadOptions = {}): ScenarioError[] {
  return scenarioErrorsFrom(nodeScenarioFiles, file, options);
}

/**
 * Loads a scenario whose own text is `text` (not yet on disk) as if it were the file `file`; its
 * `extends` chain is read from disk. Checks a file before it is written (a calibrated overlay).
 * @throws ScenarioError as {@link loadScenario}.
 */
export function loadScenarioText(file: string, text: string): Scenario {
  const files = { ...nodeScenarioFiles, read: (f: string) => (f === file ? text : nodeScenarioFiles.read(f)) };
  return loadScenarioFrom(files, file);
}
