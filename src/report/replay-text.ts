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

/** The terminal text of `replay`. */
export function replayText(sessions: readonly (ReplayedSession & { name: string })[], total: ReplayedSession, offering: ReplayOffering, recordedAs: readonly RecordedAsText[], limits: readonly string[], width = 100): string {
  const lines = [renderTerminal(replayTable(sessions, total, offering), width), "", offeringLine(offering), ...recordedAsLines(recordedAs), "", ...limits.map((l) => wrapText(l, width))];
  return `${lines.join("\n")}\n`;
}
