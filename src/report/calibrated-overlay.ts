/**
 * The words of `velocity calibrate --out`: a scenario overlay that `extends` a base scenario and
 * sets one company's task values fitted from recorded sessions, each with a comment giving its
 * evidence (n, sessions, date range) and its fit. Numbers only: nothing from a log but counts.
 */
import type { CalibratedValue, CalibrationData } from "../sessions/index.ts";

/** What the overlay is written against. */
export interface OverlayContext {
  /** The base scenario as the overlay's `extends` names it (relative to the overlay's folder). */
  extendsPath: string;
  /** The base scenario's name, for the overlay's name. */
  baseName: string;
  company: string;
  version: string;
}

/** Three significant digits, as a plain number (`9.13`, `1230`, `0.0421`). */
function sig(x: number): string {
  return String(Number(x.toPrecision(3)));
}

/** Hours as a duration the scenario language reads: `12 s`, `4.2 min`, `1.5 h`. */
export function durationText(hours: number): string {
  if (hours * 60 < 1) return `${sig(hours * 3600)} s`;
  if (hours < 1) return `${sig(hours * 60)} min`;
  return `${sig(hours)} h`;
}

/** The value as the overlay writes it (empty for a kept value). */
export function valueText(v: CalibratedValue): string {
  if (v.how === "share") return sig(v.value);
  if (v.how === "kept") return "";
  const f = (x: number) => (v.unit === "hours" ? `"${durationText(x * v.scale)}"` : sig(x * v.scale));
  return `{ lognormal: { median: ${f(v.fit.median)}, p90: ${f(v.fit.p90)} } }`;
}

function evidenceText(v: CalibratedValue, data: CalibrationData): string {
  const range = data.start !== null && data.end !== null ? `${data.start.slice(0, 10)} to ${data.end.slice(0, 10)}` : "no dates";
  const sessions = `${data.sessions} session${data.sessions === 1 ? "" : "s"}, ${range}`;
  if (v.how === "kept" && v.outside !== undefined) return `kept from the base: the fit to ${v.n} observations of ${v.evidence} (${v.outside}) lies outside the field's range; ${sessions}`;
  if (v.how === "kept") return `kept from the base: ${v.n} observation${v.n === 1 ? "" : "s"} (fewer than 5) of ${v.evidence}; ${sessions}`;
  if (v.how === "share") return `n=${v.n} ${v.of}, ${sessions}: ${v.evidence}`;
  const f = v.fit;
  const left = f.nonPositive > 0 ? `, ${f.nonPositive} zero value${f.nonPositive === 1 ? "" : "s"} left out` : "";
  return `n=${f.n} stretches${left}, ${sessions}: ${v.evidence}; lognormal MLE μ=${f.mu.toFixed(2)} σ=${f.sigma.toFixed(2)}, KS D=${f.ksD.toFixed(2)} (5% critical ${f.ksCritical.toFixed(2)})`;
}

/** The overlay's YAML text. */
export function calibratedOverlay(values: readonly CalibratedValue[], data: CalibrationData, context: OverlayContext): string {
  const range = data.start !== null && data.end !== null ? `${data.start.slice(0, 10)} to ${data.end.slice(0, 10)}` : "no dates";
  const lines = [
    `# Calibrated by velocity calibrate (velocity-sim ${context.version}) from ${data.sessions} recorded session${data.sessions === 1 ? "" : "s"}, ${range}:`,
    "# numbers read from the logs, never their text. docs/model.md (\"Calibrating from recorded sessions\")",
    "# maps the recorded structure onto the model: a person prompt's stretch is one task, a model call one",
    `# turn. Company ${context.company}'s task values below replace the base's (a company that extends`,
    `# ${context.company} inherits them); everything else is the base's.`,
    "# Review time, feedback and the market are not in the logs and stay as the base has them.",
    `extends: ${JSON.stringify(context.extendsPath)}`,
    `name: ${context.baseName}-calibrated`,
    `description: ${JSON.stringify(`${context.baseName} with ${context.company}'s task calibrated from ${data.sessions} recorded session${data.sessions === 1 ? "" : "s"} (${range})`)}`,
    "companies:",
    `  - name: ${JSON.stringify(context.company)}`,
  ];
  if (values.some((v) => v.how !== "kept")) lines.push("    task:");
  else lines.push("    # task: every value kept from the base (too few observations)");
  for (const v of values) {
    if (v.how === "kept") lines.push(`      # ${v.field}: ${evidenceText(v, data)}`);
    else lines.push(`      ${v.field}: ${valueText(v)} # ${evidenceText(v, data)}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The terminal's lines about a written overlay: where it is and which values it set or kept. */
export function overlaySummary(file: string, company: string, values: readonly CalibratedValue[]): string {
  const set = values.filter((v) => v.how !== "kept").map((v) => v.field);
  const few = values.flatMap((v) => (v.how === "kept" && v.outside === undefined ? [`${v.field} (${v.n} observation${v.n === 1 ? "" : "s"})`] : []));
  const outside = values.flatMap((v) => (v.how === "kept" && v.outside !== undefined ? [v.field] : []));
  const lines = [`wrote ${file}: company ${company}'s task${set.length > 0 ? ` sets ${set.join(", ")}` : " sets nothing"}`];
  if (few.length > 0) lines.push(`kept from the base, fewer than 5 observations: ${few.join(", ")}`);
  if (outside.length > 0) lines.push(`kept from the base, the fit outside the field's range: ${outside.join(", ")}`);
  lines.push(`check it: velocity validate ${file}; run it: velocity run ${file}`);
  return `${lines.join("\n")}\n`;
}
