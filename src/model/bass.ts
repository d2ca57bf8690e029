/**
 * Bass diffusion with competition, as pure arithmetic (the market applies noise and churn).
 *
 *   dN_i/dt = (p_i + q_i · N_i / M) · (M − Σ_j N_j) · a_i      (per week)
 *
 * for every company i that has taken off; the others adopt nobody.
 */

/** The parameters of one company in the diffusion. Rates are per week. */
export interface BassCompany {
  /** Innovation coefficient p, per week. */
  p: number;
  /** Imitation coefficient q, per week. */
  q: number;
  /** Attractiveness a (1 at takeoff, growing with later releases). */
  a: number;
  /** Whether it has taken off (only those adopt). */
  active: boolean;
}

/**
 * Adoption rates per week, written into `out` (one per company; 0 for inactive ones).
 * `customers[i]` is N_i; `potential` is M.
 */
export function bassRates(companies: readonly BassCompany[], customers: ArrayLike<number>, potential: number, out: number[]): void {
  let total = 0;
  for (let i = 0; i < companies.length; i++) total += customers[i];
  const remaining = Math.max(0, potential - total);
  for (let i = 0; i < companies.length; i++) {
    const c = companies[i];
    out[i] = c.active ? (c.p + (c.q * customers[i]) / potential) * remaining * c.a : 0;
  }
}

/**
 * Expected new adopters of each company over `dtWeeks`, by one Heun (predictor–corrector) step
 * of the ODE: the plain Euler step is biased by a few per cent at a daily step when q is large,
 * Heun's error per step is of third order, so the mean path follows the continuous model.
 * `scratch` arrays avoid allocation in the daily tick; results go into `out`.
 */
export function bassStepMeans(
  companies: readonly BassCompany[],
  customers: ArrayLike<number>,
  potential: number,
  dtWeeks: number,
  out: number[],
  scratch: { rate0: number[]; rate1: number[]; predicted: number[] },
): void {
  const { rate0, rate1, predicted } = scratch;
  bassRates(companies, customers, potential, rate0);
  for (let i = 0; i < companies.length; i++) predicted[i] = customers[i] + rate0[i] * dtWeeks;
  bassRates(companies, predicted, potential, rate1);
  for (let i = 0; i < companies.length; i++) out[i] = Math.max(0, 0.5 * (rate0[i] + rate1[i]) * dtWeeks);
}

/**
 * The closed form for one company alone with N(0) = 0 and a = 1: customers after `tWeeks`,
 * `M (1 − e^{−(p+q)t}) / (1 + (q/p) e^{−(p+q)t})`. Used to check the simulation.
 */
export function bassClosedForm(p: number, q: number, potential: number, tWeeks: number): number {
  const e = Math.exp(-(p + q) * tWeeks);
  return (potential * (1 - e)) / (1 + (q / p) * e);
}
