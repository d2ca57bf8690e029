/**
 * The words of `velocity replay`: per session and in total, hours recorded, replayed and saved,
 * the share saved, and the token bill at the recorded offerings' prices and at the new one's;
 * then what a replay cannot know. Numbers and file names only.
 */
import { formatHours, formatShare, formatUsd, MISSING } from "../format/index.ts";
import type { ReplayedSession, ReplayOffering } from "../sessions/index.ts";
import { cell, renderTerminal, wrapText, type Table } from "./table-model.ts";

/** A recorded model and the catalogue entry it was taken as. */
export interface RecordedAsText {
  model: string;
  offering: string;
  how: "named" | "family" | "reference" | "given";
}

/** A duration in hours, in seconds under a minute (a call saves seconds, not "0 min"). */
export function spanText(h: number): string {
  const a = Math.abs(h);
  const text = a * 60 < 1 ? `${Math.round(a * 3600)} s` : formatHours(a);
  return h < 0 && text !== "0 s" ? `-${text}` : text;
}

function row(name: string, s: ReplayedSession) {
  return [
    cell(name),
    cell(String(s.modelCalls)),
    cell(spanText(s.recordedHours)),
    cell(spanText(s.replayedHours)),
    cell(spanText(s.savedHours)),
    cell(s.shareSaved === null ? MISSING : formatShare(s.shareSaved)),
    cell(formatUsd(s.recordedCostUsd)),
    cell(formatUsd(s.replayedCostUsd)),
  ];
}

/** The table: one row per session, then the total. */
export function replayTable(sessions: readonly (ReplayedSession & { name: string })[], total: ReplayedSession, offering: ReplayOffering): Table {
  return {
    title: `Recorded sessions replayed on ${offering.name} — model calls re-timed, tools and person time as recorded`,
    headings: ["session", "model calls", "recorded", "replayed", "saved", "share saved", "tokens as recorded", `tokens on ${offering.name}`],
    rows: [...sessions.map((s) => row(s.name, s)), row("total", total)],
  };
}

/** How each recorded model was priced and timed. */
export function recordedAsLines(recordedAs: readonly RecordedAsText[]): string[] {
  const how = { named: "its catalogue entry", family: "not in the catalogue: the entry of its family", reference: "not in the catalogue: the reference model", given: "as --recorded-model says" };
  return recordedAs.map((r) => `${r.model} taken as ${r.offering} (${how[r.how]})`);
}

/** The offering's figures the replay used. */
export function offeringLine(o: ReplayOffering): string {
  return `${o.name}: decode ${Number(o.tokensPerSecond.toPrecision(3))} tok/s, prefill ${Number(o.prefillTokensPerSecond.toPrecision(3))} tok/s, first token ${o.timeToFirstTokenSeconds.toFixed(1)} s (catalogue mean), $${o.pricePerMOutput}/M output`;
}

/** How many calls end within the attention span, as recorded and replayed. */
export function attentionLine(total: ReplayedSession, offering: ReplayOffering): string {
  const pct = (n: number) => (total.ownCalls > 0 ? `${Math.round((100 * n) / total.ownCalls)}%` : MISSING);
  return `Calls that, with the tools they started, end within the 10 s attention span: ${pct(total.withinAttentionRecorded)} as recorded, ${pct(total.withinAttentionReplayed)} on ${offering.name} (of ${total.ownCalls} calls; subagents' left out).`;
}

/** The terminal text of `replay`. */
export function replayText(sessions: readonly (ReplayedSession & { name: string })[], total: ReplayedSession, offering: ReplayOffering, recordedAs: readonly RecordedAsText[], limits: readonly string[], width = 100): string {
  const lines = [renderTerminal(replayTable(sessions, total, offering), width), "", offeringLine(offering), ...recordedAsLines(recordedAs), wrapText(attentionLine(total, offering), width), "", ...limits.map((l) => wrapText(l, width))];
  return `${lines.join("\n")}\n`;
}

/** What each field of `replay --json` holds (docs/outputs.md). */
export const REPLAY_FIELDS: Readonly<Record<string, string>> = {
  offering: "The offering replayed on, as the replay used it: `name`, `tokensPerSecond`, `prefillTokensPerSecond`, `timeToFirstTokenSeconds` (the catalogue's mean), prices per million tokens (`pricePerMInput`, `pricePerMCachedInput`, `pricePerMOutput`) and the long-context tier (`longContextAbove`, null for none, and its prices).",
  recordedAs: "For each model the replies name: the catalogue entry its calls were timed and priced on (`offering`) and `how` it was found (`named`: its own entry; `family`: the entry of its family; `reference`: opus-4.6; `given`: `--recorded-model`).",
  sessions: "One entry per session, in the order read, with the fields below.",
  "sessions[].file": "The session, named as in `calibrate`.",
  "sessions[].modelCalls": "Model calls re-timed.",
  "sessions[].recordedHours": "Wall-clock hours as recorded.",
  "sessions[].replayedHours": "Wall-clock hours with every call re-timed: `recordedHours − savedHours`.",
  "sessions[].savedHours": "Hours saved (negative: the offering is slower). The session's own calls' savings add up; of subagents that ran at the same time, only the largest saving counts.",
  "sessions[].shareSaved": "`savedHours ÷ recordedHours`; null for an empty span.",
  "sessions[].callHoursRecorded": "Summed call time as recorded (subagents' included; overlapping calls each count).",
  "sessions[].callHoursReplayed": "Summed call time as replayed.",
  "sessions[].recordedCostUsd": "The session's tokens at the recorded offerings' prices (cache writes at the input price: the catalogue has no cache-write price).",
  "sessions[].replayedCostUsd": "The same tokens at the new offering's prices.",
  "sessions[].ownCalls": "The session's own model calls (not its subagents'), counted for attention.",
  "sessions[].withinAttentionRecorded": "Own calls that, with the tools their reply started (until the next own call), ended within 10 s, the attention span (Nielsen; the model's default `attentionSpan`): a person watching would have waited rather than switched to other work.",
  "sessions[].withinAttentionReplayed": "The same with each call replayed on the new offering.",
  total: "The same fields summed over sessions (`shareSaved` from the sums).",
  limits: "What a replay cannot know, in words (printed with every replay).",
};
