/**
 * A change of prices answered from saved runs. Price never feeds back into the timeline (no draw,
 * wait or decision reads it), so a run at other prices is the same run with its bill priced again:
 * each company's quantities (tokens at each price, session-hours; src/model/bill.ts) are priced at
 * the new prices with the model's own arithmetic, and token spend, the per-token discounted bill,
 * spend to the target and net value are written back; every other number of the row is kept.
 */
import { netValueOf, spendFromBills, type Prices } from "../model/index.ts";
import { RunTable, SCALAR_COLUMNS } from "./run-table.ts";

/** Saved runs that cannot be priced again (a company switched offering mid-run). */
export class RepriceError extends Error {
  readonly userFacing = true;
  constructor(message: string) {
    super(message);
    this.name = "RepriceError";
  }
}

/**
 * `table` with each company's bill priced at `prices[c]` (one entry per company of the layout).
 * @throws RepriceError when a company switched offering in some run: its second bill's quantities
 *   are not in the rows.
 */
export function repriceTable(table: RunTable, prices: readonly Prices[]): RunTable {
  const { layout } = table;
  const rows = table.rows.slice();
  const column = (name: (typeof SCALAR_COLUMNS)[number]) => SCALAR_COLUMNS.indexOf(name);
  for (let r = 0; r < table.runs; r++) {
    for (let c = 0; c < layout.companies.length; c++) {
      const bill = table.bill(c, r);
      if (bill.switched) throw new RepriceError(`reprice: company ${layout.companies[c]} switches offering mid-run (a response) in run ${r}, and only its first offering's bill is saved; run the scenario again instead`);
      const at = r * layout.width + layout.companyOffset[c];
      const reached = !Number.isNaN(rows[at + column("target")]);
      const spend = spendFromBills([{ prices: prices[c], counts: bill }], reached);
      rows[at + column("tokenSpend")] = spend.tokenSpend;
      rows[at + column("tokenBillDiscounted")] = spend.tokenBillDiscounted;
      rows[at + column("tokenSpendToTarget")] = spend.tokenSpendToTarget ?? Number.NaN;
      rows[at + column("netValue")] = netValueOf(bill.revenueDiscounted, spend.tokenSpendDiscounted, bill.teamSpendDiscounted);
    }
  }
  return new RunTable(layout, rows);
}

/** The fields a `velocity reprice --set` may change: an agent's or an offering's prices. */
// A price range changes no bill, only how the verdict ranks the price: saved runs answer it too.
export const REPRICE_FIELDS = ["pricePerMInput", "pricePerMCachedInput", "pricePerMOutput", "longContextPricePerMInput", "longContextPricePerMCachedInput", "longContextPricePerMOutput", "costPerSessionHour", "pricePerMOutputRange"] as const;

/**
 * Whether a `--set` path names a price (`companies[B].agent.pricePerMOutput`,
 * `models[opus-4.6].pricePerMInput`): the only change saved runs can answer without simulating.
 */
export function isPricePath(path: string): boolean {
  const m = /^(?:companies\[[^\]]+\]\.agent|models\[[^\]]+\])\.([A-Za-z]+)$/.exec(path.trim());
  return m !== null && (REPRICE_FIELDS as readonly string[]).includes(m[1]);
}

/** The one line for a `reprice --set` that is not a price. */
export function notAPriceMessage(path: string): string {
  return `reprice: --set ${path}: expected a price (companies[<name>].agent.<field> or models[<offering>].<field>, field one of ${REPRICE_FIELDS.join(", ")}), got a value that changes the runs themselves (re-run: velocity run <scenario> --set ...)`;
}
