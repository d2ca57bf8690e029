/**
 * One entry per value the companies share. An idea's draws and the practice every company shares
 * (autonomy, refocus and review levels) are one draw per run given to each company, so summary.json
 * ranks the same column once per company, with the same value of information to the last bit. A
 * table, chart or sentence that lists them should list the value once, named for all who share it,
 * or the ranking reads as several assumptions where there is one.
 */
import type { AssumptionValueOfInformation } from "./verdict-types.ts";

/** An assumption as shown: the first company's entry, and every company that shares its draws. */
export interface SharedAssumption extends AssumptionValueOfInformation {
  /** The companies whose column holds exactly these draws (one name when not shared; none for a market field). */
  companies: string[];
  /** The path without its company (`task.autonomy`), or the whole path for a market field. */
  field: string;
}

const COMPANY_PATH = /^companies\[([^\]]+)\]\.(.+)$/;

/**
 * `perAssumption` in its order with the entries of one shared value merged: the same field, the
 * same value of information, standard error and tenths (identical only when the draws are).
 */
export function sharedOnce(perAssumption: readonly AssumptionValueOfInformation[]): SharedAssumption[] {
  const byKey = new Map<string, SharedAssumption>();
  for (const a of perAssumption) {
    const m = COMPANY_PATH.exec(a.path);
    if (m === null) {
      byKey.set(a.path, { ...a, companies: [], field: a.path });
      continue;
    }
    const key = [m[2], a.evppiUsd, a.standardError, a.lowTenthGainUsd, a.highTenthGainUsd].join("|");
    const seen = byKey.get(key);
    if (seen !== undefined) seen.companies.push(m[1]);
    else byKey.set(key, { ...a, companies: [m[1]], field: m[2] });
  }
  return [...byKey.values()];
}

/**
 * Whether an assumption's value of information stands out: more than two standard errors above
 * zero, and at least a dollar (a rounding residue of $4e-9 with a smaller error is not a finding).
 */
export function standsOut(a: Pick<AssumptionValueOfInformation, "evppiUsd" | "standardError">): boolean {
  return a.evppiUsd > 2 * a.standardError && a.evppiUsd >= 1;
}

/** `companies[A].task.autonomy (shared by A, B)`: a runs.csv column, and who else holds its draws. */
export function sharedPath(a: SharedAssumption): string {
  return a.companies.length > 1 ? `${a.path} (shared by ${a.companies.join(", ")})` : a.path;
}
