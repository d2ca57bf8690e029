/**
 * `velocity replay` end to end:
 *
 *   find sessions → read each (streamed) → re-time its calls on the new offering, each recorded
 *   call on the catalogue entry of the model it names → per session and total → [--chart] draw
 *
 * The offering comes from the catalogue (scenarios/models.yaml): `--model ID` names an entry;
 * `--tokens-per-second N` is the recorded model's entry decoding at N (its prefill, first token
 * and prices kept).
 */
import { fileURLToPath } from "node:url";
import { loadCatalogue, type Offering } from "../scenario/index.ts";
import { findSessions, hasSession, readSessions, replaySession, replayTotal, SessionsError, type ReplayedSession, type ReplayOffering } from "../sessions/index.ts";
import { shownName } from "./calibrate.ts";

/** The bundled catalogue of offerings. */
export const BUNDLED_CATALOGUE = fileURLToPath(new URL("../../scenarios/models.yaml", import.meta.url));
/** The catalogue's reference model (docs/model.md): what a call on an unknown model is taken as. */
export const REFERENCE_MODEL = "opus-4.6";

/** What `replay` is asked: exactly one of `tokensPerSecond` and `model`. */
export interface ReplayOptions {
  paths: readonly string[];
  tokensPerSecond?: number;
  model?: string;
  /** Take every recorded call as this catalogue entry instead of matching the model it names. */
  recordedModel?: string;
  catalogue?: string;
}

/** How a recorded model was matched to the catalogue. */
export interface RecordedAs {
  model: string;
  offering: string;
  how: "named" | "family" | "reference" | "given";
}

/** What `replay` found. */
export interface ReplayResult {
  offering: ReplayOffering;
  recordedAs: RecordedAs[];
  sessions: (ReplayedSession & { name: string })[];
  total: ReplayedSession;
}

/** What a replay cannot know, printed with every replay. */
export const REPLAY_LIMITS = [
  "Tools and person time are kept as recorded: a faster agent may change what the person does (wait instead of leaving, ask more), which no log shows.",
  "Hours saved are an upper bound where a person was away during a call; subagents that ran at the same time save only the largest of their savings.",
  "Model time is re-timed from the catalogue's prefill, first-token and decode figures; what the catalogue does not explain in a recorded call (network, queueing, retries) is kept.",
];

/** `claude-opus-4-6` → `opus-4.6`; `claude-sonnet-4-5-20250929` → `sonnet-4.5`. */
export function catalogueName(model: string): string {
  return model
    .replace(/^claude-/, "")
    .replace(/-\d{8}$/, "")
    .replace(/(\d)-(\d)/g, "$1.$2");
}

/** One catalogue entry as the replay needs it (distributions at their mean). */
export function replayOffering(name: string, o: Offering, tokensPerSecond?: number): ReplayOffering {
  return {
    name,
    tokensPerSecond: tokensPerSecond ?? o.tokensPerSecond.mean,
    prefillTokensPerSecond: o.prefillTokensPerSecond.mean,
    timeToFirstTokenSeconds: o.timeToFirstToken.mean * 3600,
    pricePerMInput: o.pricePerMInput,
    pricePerMCachedInput: o.pricePerMCachedInput,
    pricePerMOutput: o.pricePerMOutput,
    longContextAbove: o.longContextAbove,
    longContextPricePerMInput: o.longContextPricePerMInput,
    longContextPricePerMCachedInput: o.longContextPricePerMCachedInput,
    longContextPricePerMOutput: o.longContextPricePerMOutput,
  };
}

function entry(catalogue: Record<string, Offering>, id: string, flag: string): Offering {
  const o = catalogue[id];
  if (o === undefined) throw new SessionsError(`${flag}: expected an offering of the catalogue (${Object.keys(catalogue).join(", ")}), got ${JSON.stringify(id)}`);
  return o;
}

/**
 * Re-times the sessions under `options.paths`.
 * @throws SessionsError for a path with no session, an unknown `--model`, or neither/both of
 *   `--model` and `--tokens-per-second`.
 */
export function runReplay(options: ReplayOptions): ReplayResult {
  if ((options.model === undefined) === (options.tokensPerSecond === undefined)) throw new SessionsError("replay: give exactly one of --tokens-per-second N and --model ID (an offering of scenarios/models.yaml)");
  const catalogue = loadCatalogue(options.catalogue ?? BUNDLED_CATALOGUE) ?? {};
  const names = Object.keys(catalogue);
  if (options.recordedModel !== undefined) entry(catalogue, options.recordedModel, "--recorded-model");
  const recordedAs = new Map<string, RecordedAs>();
  const matchOf = (model: string): RecordedAs => {
    let m = recordedAs.get(model);
    if (m === undefined) {
      const guess = catalogueName(model);
      const family = guess.split("-")[0];
      if (options.recordedModel !== undefined) m = { model, offering: options.recordedModel, how: "given" };
      else if (catalogue[guess] !== undefined) m = { model, offering: guess, how: "named" };
      else if (names.some((n) => n.startsWith(`${family}-`))) m = { model, offering: names.find((n) => n.startsWith(`${family}-`)) as string, how: "family" };
      else m = { model, offering: REFERENCE_MODEL in catalogue ? REFERENCE_MODEL : names[0], how: "reference" };
      recordedAs.set(model, m);
    }
    return m;
  };
  let offering: ReplayOffering | null = options.model !== undefined ? replayOffering(options.model, entry(catalogue, options.model, "--model")) : null;
  const sessions: ReplayResult["sessions"] = [];
  const sources = findSessions(options.paths);
  const perPath = new Map<string, number>(options.paths.map((p) => [p, 0]));
  for (const { source, session } of readSessions(sources)) {
    if (!hasSession(session)) continue;
    perPath.set(source.path, (perPath.get(source.path) ?? 0) + 1);
    const olds = session.models.map((m) => {
      const match = matchOf(m);
      return replayOffering(match.offering, catalogue[match.offering]);
    });
    if (offering === null) {
      // --tokens-per-second: the first recorded model's entry, decoding at N.
      const main = matchOf(session.models[0] ?? "unknown");
      offering = replayOffering(`${main.offering} at ${options.tokensPerSecond} tok/s`, catalogue[main.offering], options.tokensPerSecond);
    }
    const replayed = replaySession(session, (i) => olds[i], offering);
    sessions.push({ ...replayed, name: shownName(source, session.file) });
  }
  for (const [path, n] of perPath) {
    if (n === 0) throw new SessionsError(`${path}: no session found (expected Claude Code transcripts from ~/.claude/projects or a turns file, see docs/outputs.md)`);
  }
  return { offering: offering as ReplayOffering, recordedAs: [...recordedAs.values()], sessions, total: replayTotal(sessions) };
}
