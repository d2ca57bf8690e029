/**
 * The first sections of every page that shows a result, as HTML, in the one order the terminal and
 * summary.md use too: the verdict, what the scenario assumes, the findings (then the tables). Shared
 * by report.html and the explorer, so the two cannot drift apart.
 */
import type { Summary } from "../montecarlo/types.ts";
import { assumptionLines } from "./assumptions-text.ts";
import { escapeHtml } from "./html-escape.ts";
import { findings } from "./summary-tables.ts";
import { headlineVerdicts } from "./verdict-text.ts";

/** The verdict sentences, each a bold paragraph (nothing when there is no verdict). */
export function verdictHtml(summary: Summary): string {
  return headlineVerdicts(summary)
    .map((v) => `<p class="verdict"><strong>${escapeHtml(v)}</strong></p>\n`)
    .join("");
}

/** What the scenario assumes, before any finding: its kind, then each assumption outside public ranges. */
export function assumptionsHtml(summary: Summary): string {
  const [kind, heading, ...assumed] = assumptionLines(summary);
  if (kind === undefined) return "";
  const list = assumed.length ? `\n<p>${escapeHtml(heading)}</p>\n<ul class="assumptions">\n${assumed.map((a) => `<li>${escapeHtml(a)}</li>`).join("\n")}\n</ul>` : "";
  return `<div class="assumed">\n<p><strong>${escapeHtml(kind)}</strong></p>${list}\n</div>`;
}

/** The findings in words, as a list (nothing when there is nothing to compare). */
export function findingsHtml(summary: Summary): string {
  const said = findings(summary);
  return said.length ? `<ul class="findings">\n${said.map((f) => `<li>${escapeHtml(f)}</li>`).join("\n")}\n</ul>` : "";
}
