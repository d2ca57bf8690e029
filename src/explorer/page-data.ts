/** What explore.html carries for its script: the scenario as given, the files it may extend, the version. */
export interface ExplorerData {
  /** The scenario file as named on the command line (`scenarios/seed-article.yaml`). */
  file: string;
  /** Its text. */
  text: string;
  /** Every file the page may read through `extends`, by the name the loader asks for (the scenario itself included). */
  files: Record<string, string>;
  /** velocity-sim's version, written into summaries as `velocity run` writes it. */
  version: string;
  /** Runs and seed the page starts with (the scenario's own unless given on the command line). */
  runs: number;
  seed: number;
}

/** Element ids shared by the HTML builder and the page script. */
export const PAGE_IDS = { data: "explorer-data", worker: "explorer-worker" } as const;

/** `scenarios/seed-article.yaml` → `scenarios/seed-article-edited.yaml`: where the edited file is meant to be saved. */
export function editedFileName(file: string): string {
  return /\.ya?ml$/i.test(file) ? file.replace(/(\.ya?ml)$/i, "-edited$1") : `${file}-edited.yaml`;
}
