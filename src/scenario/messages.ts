/**
 * User-facing wording of the scenario layer, in one place: how a bad value is shown, "expected …,
 * got …" sentences and "did you mean" suggestions.
 */

/** A value as the user would recognise it: strings quoted, maps and lists in short flow style. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null (an empty value)";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length === 0 ? "an empty list" : `a list (${flowText(value, 40)})`;
  if (typeof value === "object") return Object.keys(value).length === 0 ? "an empty map" : `a map (${flowText(value, 40)})`;
  return String(value);
}

/** Short YAML-flow text of a plain value, e.g. `{ beta: [7, 3] }`; cut at `max` characters. */
export function flowText(value: unknown, max = Infinity): string {
  const text = flow(value);
  return text.length > max ? `${text.slice(0, Math.max(0, max - 3))}...` : text;
}

function flow(value: unknown): string {
  if (typeof value === "string") return /^[\w$.%:+-]+( [\w$.%:+-]+)*$/.test(value) && value.trim() === value ? value : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${k}: ${flow(v)}`);
    return `{ ${entries.join(", ")} }`;
  }
  return String(value);
}

/** `expected <what>, got <value>` with an optional `(hint)`. */
export function expected(what: string, got: unknown, hint?: string): string {
  return `expected ${what}, got ${describeValue(got)}${hint === undefined ? "" : ` (${hint})`}`;
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      const cost = a[i - 1].toLowerCase() === b[j - 1].toLowerCase() ? 0 : 1;
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + cost);
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** The closest candidate within a distance that scales with the word's length, if any. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Short words are close to everything: a one- or two-letter name gets no guess.
  const allowed = word.length <= 2 ? 0 : Math.max(2, Math.floor(word.length / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** `did you mean "x"?` or the list of allowed names when nothing is close. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const near = closest(word, candidates);
  if (near !== undefined) return `did you mean "${near}"?`;
  return `allowed: ${candidates.join(", ")}`;
}

/** Keys refused everywhere: they would reach `Object.prototype` in careless code downstream. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

/** ` (did you mean "x"?)` when a candidate is close, else nothing. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const near = closest(word, candidates);
  return near === undefined ? "" : ` (did you mean "${near}"?)`;
}

/** A key the map does not declare: `unknown key "x" (did you mean "y"?)`, or the allowed keys. */
export function unknownKey(key: string, allowed: readonly string[]): string {
  const renamed = Object.hasOwn(RENAMED, key) ? RENAMED[key] : undefined;
  if (renamed !== undefined && allowed.some((name) => renamed.includes(name))) return `unknown key ${describeValue(key)} (${renamed})`;
  return `unknown key ${describeValue(key)} (${suggestion(key, allowed)})`;
}

/** Fields of older scenario files and what replaced them, for the hint of an unknown key. */
const RENAMED: Readonly<Record<string, string>> = {
  v1Chance: "replaced: fit is a bounded search now, use fitChance and learningNeeded",
  liftPerLearning: "replaced: learning is evidence now, use evidencePerLearning and learningNeeded",
  earlyAdopterArrPerRelease: "replaced: early adopters are customers of the market now, use earlyAdopterRate (customers per week)",
  attractivenessPerRelease: "replaced: attractiveness saturates now, use attractivenessCap and attractivenessRate",
};

/** A company reference (`companies[X]`) that names none of `names`. */
export function unknownCompany(ref: string, names: readonly string[]): string {
  return `expected a company name or index (${names.join(", ") || "none"}), got ${describeValue(ref)}${/^\d+$/.test(ref) ? "" : didYouMean(ref, names)}`;
}

/**
 * A company that pursues the same idea as an earlier one but declares other fit values: the idea's
 * fit is one draw per run, so the two cannot differ.
 */
export function ideaMismatch(company: string, first: string, idea: string | undefined, got: unknown, want: unknown): string {
  const which = idea === undefined ? "the market's one idea (neither names a takeoff.idea)" : `idea ${JSON.stringify(idea)}`;
  return `expected ${describeValue(want)} like ${first}, which pursues ${which} too, got ${describeValue(got)} (an idea's fit is one draw per run shared by its companies: write the same value, or give ${company} its own takeoff.idea)`;
}

/**
 * A context window no task can work in: a compaction restarts the context at the task's
 * `baseContext` + `summaryTokens`, which must fit in the window or every turn would compact.
 */
export function windowBelowRestart(window: number, base: number, summary: number, offering?: string): string {
  const what = offering === undefined ? "a context window" : "an offering whose context window is";
  const got = offering === undefined ? String(window) : `${JSON.stringify(offering)} with ${window}`;
  return `expected ${what} above task.baseContext + task.summaryTokens (${base} + ${summary} = ${base + summary} tokens, where a compaction restarts the context), got ${got} (raise the window or lower the task's context sizes)`;
}
