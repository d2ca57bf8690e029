import { BREAKDOWN_CATEGORIES, PRICE_SLOTS, type BillCounts, type Breakdown, type RunResult } from "../model/index.ts";

/** Scalar outcomes stored per run and company, in this column order. Times in hours, money in USD; NaN = not reached / undefined. */
export const SCALAR_COLUMNS = [
  "v1",
  "takeoff",
  "target",
  "takeoffRelease",
  "releases",
  "fit",
  "learnings",
  "tokenSpend",
  "tokenBillDiscounted",
  "teamSpend",
  "tokenSpendToTarget",
  "teamSpendToTarget",
  "revenue",
  "netValue",
  "arrAtHorizon",
] as const;

/** One scalar outcome column. */
export type ScalarColumn = (typeof SCALAR_COLUMNS)[number];

const CATEGORY_COUNT = BREAKDOWN_CATEGORIES.length;

/**
 * Numbers of a company's bill at the end of its block: the first offering's quantities per price
 * slot (plain, discounted, at the target), whether it switched offering, and the discounted revenue
 * and team spend — what `velocity reprice` prices again.
 */
export const BILL_WIDTH = 3 * PRICE_SLOTS.length + 3;

/** A company's bill in one run, as its row holds it (see {@link BILL_WIDTH}). */
export interface RowBill extends BillCounts {
  /** Whether the company switched offering mid-run (then the counts are only the first offering's). */
  switched: boolean;
  revenueDiscounted: number;
  teamSpendDiscounted: number;
}

/**
 * Where each value of one run sits in a flat row of numbers. Runs travel between workers, shards
 * and the merge as rows of one `Float64Array` (compact, transferable, byte-stable), not as objects.
 */
export interface RowLayout {
  companies: string[];
  /** Milestone count per company. */
  milestones: number;
  /** Weekly ARR samples per company (horizon weeks + 1). */
  weeks: number;
  /** Per-run input names, per company, in the model's order. */
  inputs: string[][];
  /** Numbers per company block, and offsets of each company's block in a row. */
  companyWidth: number[];
  companyOffset: number[];
  /**
   * Levers re-simulated for the first `leverRuns` replications (see levers.ts). Their outcomes sit
   * after the company blocks: per lever, per company, the hours of v1, takeoff and target (NaN
   * when not reached, and for runs past `leverRuns`). Absent in rows written before levers.
   */
  levers?: string[];
  leverRuns?: number;
  /** Numbers per run. */
  width: number;
}

/** The outcomes a lever re-run keeps per company, in this order. */
export const LEVER_METRICS = ["v1", "takeoff", "target"] as const;

/** Offsets inside one company block. */
const MILESTONES_AT = SCALAR_COLUMNS.length;

/** The layout of a scenario's rows, read off its first run (every run of a scenario records the same inputs). */
export function layoutFor(first: RunResult, levers: readonly string[] = [], leverRuns = 0): RowLayout {
  const companies = first.companies.map((c) => c.name);
  const milestones = first.companies[0]?.milestones.length ?? 0;
  const weeks = first.companies[0]?.arrWeekly.length ?? 0;
  const inputs = first.companies.map((c) => Object.keys(c.inputs));
  const companyWidth = inputs.map((names) => SCALAR_COLUMNS.length + milestones + weeks + 2 * CATEGORY_COUNT + names.length + BILL_WIDTH);
  const companyOffset: number[] = [];
  let width = 0;
  for (const w of companyWidth) {
    companyOffset.push(width);
    width += w;
  }
  width += levers.length * companies.length * LEVER_METRICS.length;
  return { companies, milestones, weeks, inputs, companyWidth, companyOffset, levers: [...levers], leverRuns, width };
}

function nullable(x: number | null): number {
  return x === null ? Number.NaN : x;
}

function writeBreakdown(out: Float64Array, at: number, breakdown: Breakdown | null): void {
  for (let k = 0; k < CATEGORY_COUNT; k++) out[at + k] = breakdown ? breakdown[BREAKDOWN_CATEGORIES[k]] : Number.NaN;
}

/** Writes one run into `out` starting at `offset` (`layout.width` numbers). */
export function packRun(run: RunResult, layout: RowLayout, out: Float64Array, offset: number): void {
  run.companies.forEach((c, i) => {
    let at = offset + layout.companyOffset[i];
    const scalars: Record<ScalarColumn, number> = {
      v1: nullable(c.v1),
      takeoff: nullable(c.takeoff),
      target: nullable(c.target),
      takeoffRelease: nullable(c.takeoffRelease),
      releases: c.releases.length,
      fit: c.fit ? 1 : 0,
      learnings: c.learnings,
      tokenSpend: c.tokenSpend,
      tokenBillDiscounted: c.tokenBillDiscounted,
      teamSpend: c.teamSpend,
      tokenSpendToTarget: nullable(c.tokenSpendToTarget),
      teamSpendToTarget: nullable(c.teamSpendToTarget),
      revenue: c.revenue,
      netValue: c.netValue,
      arrAtHorizon: c.arrAtHorizon,
    };
    for (const name of SCALAR_COLUMNS) out[at++] = scalars[name];
    for (const m of c.milestones) out[at++] = nullable(m);
    for (const a of c.arrWeekly) out[at++] = a;
    writeBreakdown(out, at, c.breakdownToV1);
    at += CATEGORY_COUNT;
    writeBreakdown(out, at, c.breakdownToTakeoff);
    at += CATEGORY_COUNT;
    for (const name of layout.inputs[i]) out[at++] = c.inputs[name];
    const slots = PRICE_SLOTS.length;
    for (let k = 0; k < slots; k++) out[at++] = c.bill?.plain[k] ?? Number.NaN;
    for (let k = 0; k < slots; k++) out[at++] = c.bill?.discounted[k] ?? Number.NaN;
    for (let k = 0; k < slots; k++) out[at++] = c.bill?.atTarget?.[k] ?? Number.NaN;
    out[at++] = c.billsSwitched === undefined ? Number.NaN : c.billsSwitched ? 1 : 0;
    out[at++] = c.revenueDiscounted ?? Number.NaN;
    out[at++] = c.teamSpendDiscounted ?? Number.NaN;
  });
}

/** Where company `c`'s per-run inputs start inside its block (its bill follows them). */
export function inputsOffset(layout: RowLayout, c: number): number {
  return layout.companyWidth[c] - BILL_WIDTH - layout.inputs[c].length;
}

/** Where the lever section of a row starts. */
function leverStart(layout: RowLayout): number {
  const n = layout.companyOffset.length;
  return n === 0 ? 0 : layout.companyOffset[n - 1] + layout.companyWidth[n - 1];
}

/**
 * Writes the outcomes of lever `leverIndex` re-running one run into `out` (a row starting at
 * `offset`); `run` null fills NaN (a run past `leverRuns`).
 */
export function packLeverRun(run: RunResult | null, layout: RowLayout, leverIndex: number, out: Float64Array, offset: number): void {
  const count = layout.companies.length;
  packLeverOutcome(run, count, out, offset + leverStart(layout) + leverIndex * count * LEVER_METRICS.length);
}

/**
 * Writes the hours of v1, takeoff and target of each of `companies` companies of `run` (NaN for
 * each when `run` is null) from `out[at]` on: one lever's outcomes, in a row or a lever block.
 */
export function packLeverOutcome(run: RunResult | null, companies: number, out: Float64Array, at: number): void {
  for (let i = 0; i < companies; i++) {
    const c = run?.companies[i];
    out[at++] = c ? nullable(c.v1) : Number.NaN;
    out[at++] = c ? nullable(c.takeoff) : Number.NaN;
    out[at++] = c ? nullable(c.target) : Number.NaN;
  }
}

/** Read access to a block of packed runs: columns are gathered on demand into fresh arrays. */
export class RunTable {
  /** Runs held. */
  readonly runs: number;

  /** @param rows `runs × layout.width` numbers, run-major, runs in replication order. */
  constructor(
    readonly layout: RowLayout,
    readonly rows: Float64Array,
  ) {
    this.runs = rows.length / layout.width;
  }

  private gather(company: number, offset: number): Float64Array {
    const out = new Float64Array(this.runs);
    const { width } = this.layout;
    let at = this.layout.companyOffset[company] + offset;
    for (let r = 0; r < this.runs; r++, at += width) out[r] = this.rows[at];
    return out;
  }

  /** A scalar outcome of one company over all runs. */
  scalar(company: number, column: ScalarColumn): Float64Array {
    return this.gather(company, SCALAR_COLUMNS.indexOf(column));
  }

  /** When each run crossed milestone `m` (hours, NaN if not). */
  milestone(company: number, m: number): Float64Array {
    return this.gather(company, MILESTONES_AT + m);
  }

  /** ARR at week `w` over all runs. */
  arrAtWeek(company: number, w: number): Float64Array {
    return this.gather(company, MILESTONES_AT + this.layout.milestones + w);
  }

  /** Hours in breakdown category `k` to v1 (`which = 0`) or to takeoff (`1`), NaN when not reached. */
  breakdown(company: number, which: 0 | 1, k: number): Float64Array {
    return this.gather(company, MILESTONES_AT + this.layout.milestones + this.layout.weeks + which * CATEGORY_COUNT + k);
  }

  /**
   * Hours to `metric` of one company with lever `leverIndex` applied, over the runs that were
   * re-simulated (the first `layout.leverRuns`).
   */
  lever(leverIndex: number, company: number, metric: (typeof LEVER_METRICS)[number]): Float64Array {
    const { companies, width } = this.layout;
    const runs = Math.min(this.runs, this.layout.leverRuns ?? 0);
    const out = new Float64Array(runs);
    let at = leverStart(this.layout) + (leverIndex * companies.length + company) * LEVER_METRICS.length + LEVER_METRICS.indexOf(metric);
    for (let r = 0; r < runs; r++, at += width) out[r] = this.rows[at];
    return out;
  }

  /**
   * Writes a lever block's rows (see run-block.ts: per run, per lever of `levers`, per company,
   * v1, takeoff and target) into runs `from … from + runs − 1` of this table's lever columns.
   */
  setLevers(from: number, levers: readonly number[], rows: Float64Array, runs: number): void {
    const { companies, width } = this.layout;
    const per = companies.length * LEVER_METRICS.length;
    if (rows.length !== runs * levers.length * per) throw new RangeError(`setLevers: ${rows.length} numbers for ${runs} runs of ${levers.length} levers, expected ${runs * levers.length * per}`);
    const base = leverStart(this.layout);
    for (let r = 0; r < runs; r++) {
      for (let j = 0; j < levers.length; j++) {
        const to = (from + r) * width + base + levers[j] * per;
        this.rows.set(rows.subarray((r * levers.length + j) * per, (r * levers.length + j + 1) * per), to);
      }
    }
  }

  /** Sets lever `leverIndex`'s outcomes of runs `from` on to NaN (in place). */
  clearLever(leverIndex: number, from: number): void {
    const { companies, width } = this.layout;
    const per = companies.length * LEVER_METRICS.length;
    const at = leverStart(this.layout) + leverIndex * per;
    for (let r = from; r < this.runs; r++) this.rows.fill(Number.NaN, r * width + at, r * width + at + per);
  }

  /** Company `company`'s bill in run `run` (`run` counted from the table's first). */
  bill(company: number, run: number): RowBill {
    const slots = PRICE_SLOTS.length;
    const at = run * this.layout.width + this.layout.companyOffset[company] + this.layout.companyWidth[company] - BILL_WIDTH;
    const row = this.rows;
    const read = (from: number) => Array.from(row.subarray(at + from, at + from + slots));
    const atTarget = read(2 * slots);
    return {
      plain: read(0),
      discounted: read(slots),
      atTarget: atTarget.every(Number.isNaN) ? null : atTarget,
      switched: row[at + 3 * slots] !== 0,
      revenueDiscounted: row[at + 3 * slots + 1],
      teamSpendDiscounted: row[at + 3 * slots + 2],
    };
  }

  /** A per-run input of one company, by its position in `layout.inputs[company]`. */
  input(company: number, k: number): Float64Array {
    return this.gather(company, inputsOffset(this.layout, company) + k);
  }
}
