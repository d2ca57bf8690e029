/**
 * The live explorer: `explore.html`, a self-contained page that runs the Monte Carlo in Web Workers
 * with the CLI's own loader, simulation and summary, and redraws the charts as assumptions move.
 * Sits above the report layer (it inlines the report's libraries and reuses its command line).
 */
export { writeExplorePage, explorePageHtml, explorerBundles, scenarioFilesFor, ExplorerBuildError, type WriteExploreOptions, type ExplorerBundles } from "./explore-html.ts";
export { explorerControls, COMPANY_CONTROL_FIELDS, SCENARIO_CONTROL_FIELDS, type ExplorerControl } from "./controls.ts";
export { exploreRun, loadForExplorer, PARTIAL_SHARES, type LoadedScenario, type ExploreRunOptions } from "./explore-run.ts";
export { setYamlValue, inlineYaml, YamlEditError } from "./yaml-edit.ts";
export { scaleValue } from "./scale-value.ts";
export { editedFileName, type ExplorerData } from "./page-data.ts";
