/**
 * What summary.md says about command-line changes: a run with `--set` answers a different question
 * from the scenario file's, so the values it changed come first, and the file's description (its
 * story, which the results may now contradict) is labelled as written before them. `--vary` axes
 * are listed too.
 */
import type { Summary } from "../montecarlo/index.ts";
import type { Manifest } from "../output/index.ts";
import { summaryMarkdown } from "./summary-tables.ts";

const code = (items: readonly string[]) => items.map((s) => `\`${s}\``).join(", ");

/**
 * summary.md's text with the `--set` and `--vary` values of `manifest` noted under its title.
 * Unchanged when there are none (or when the text does not start with the title and description).
 */
export function noteChanges(markdown: string, summary: Pick<Summary, "scenario" | "description">, manifest: Pick<Manifest, "set" | "vary">): string {
  const set = manifest.set ?? [];
  const vary = manifest.vary ?? [];
  const head = `# ${summary.scenario}\n\n${summary.description}\n\n`;
  if ((set.length === 0 && vary.length === 0) || !markdown.startsWith(head)) return markdown;
  const lines = [`# ${summary.scenario}`, ""];
  if (set.length > 0) {
    lines.push(`**Changed from the scenario file with --set:** ${code(set)}.`, "");
    if (summary.description !== "") lines.push(`The scenario file's description, written before these changes (the results below may contradict it): ${summary.description}`, "");
  } else lines.push(summary.description, "");
  if (vary.length > 0) lines.push(`**Swept with --vary:** ${code(vary)}.`, "");
  return `${lines.join("\n")}\n${markdown.slice(head.length)}`;
}

/** summary.md's whole text: the summary's tables, with the run's `--set` and `--vary` noted under its title. */
export function summaryMarkdownFile(summary: Summary, manifest: Pick<Manifest, "set" | "vary">): string {
  return noteChanges(summaryMarkdown(summary), summary, manifest);
}
