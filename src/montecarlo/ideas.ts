/**
 * Fit exists vs who finds it first. Rivals pursuing one idea share whether it has fit (one draw per
 * run, see src/model/draws.ts), so the race splits in two questions the summary keeps apart:
 *
 *   does the idea have fit at all?           → share of runs with fit (the same for its companies)
 *   where it does, who gets there first?     → per company, share of those runs it took off first
 *                                              and reached the target first (a tie credits no one)
 */
import type { RunTable } from "./run-table.ts";
import type { IdeaSummary } from "./types.ts";
import { wilson } from "./wilson.ts";

/**
 * One summary per idea, in the order of the first company pursuing it.
 * @param ideaOf each company's idea key in table order (`takeoff.idea`, "" for the market's one).
 */
export function ideaSummaries(table: RunTable, ideaOf: readonly string[]): IdeaSummary[] {
  const keys = [...new Set(ideaOf)];
  return keys.map((key) => {
    const members = ideaOf.flatMap((k, i) => (k === key ? [i] : []));
    // Shared draws: the first company's fit column is the idea's.
    const fit = table.scalar(members[0], "fit");
    const withFit: number[] = [];
    for (let r = 0; r < table.runs; r++) if (fit[r] === 1) withFit.push(r);
    const firstBy = (column: "takeoff" | "target") => {
      const wins = members.map(() => 0);
      const hours = members.map((i) => table.scalar(i, column));
      let nobody = 0;
      for (const r of withFit) {
        let best = -1;
        let tie = false;
        hours.forEach((h, m) => {
          if (Number.isNaN(h[r])) return;
          if (best < 0 || h[r] < hours[best][r]) (best = m), (tie = false);
          else if (h[r] === hours[best][r]) tie = true;
        });
        if (best < 0) nobody++;
        else if (!tie) wins[best]++;
      }
      return { wins: wins.map((w) => wilson(w, withFit.length)), nobody: wilson(nobody, withFit.length) };
    };
    const takeoff = firstBy("takeoff");
    const target = firstBy("target");
    return {
      idea: key,
      companies: members.map((i) => table.layout.companies[i]),
      hadFit: wilson(withFit.length, table.runs),
      runsWithFit: withFit.length,
      firstToTakeoff: takeoff.wins,
      noTakeoff: takeoff.nobody,
      firstToTarget: target.wins,
      noTarget: target.nobody,
    };
  });
}
