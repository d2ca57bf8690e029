import seedrandom from "seedrandom";
import type { Rng } from "./rng.ts";

/**
 * An independent random stream named by a seed and a path of names, e.g.
 * `stream(42, 17, "Company B", "review")` for replication 17's review times of company B.
 *
 * The seed and names are joined unambiguously (as JSON) and hashed into the generator's whole
 * state, so a stream depends only on its own name: adding a company or a stream never shifts the
 * draws of another (the basis of common random numbers across sweep points).
 *
 * Generator: seedrandom's `tychei` (Neves & Araujo's Tyche-i, a ChaCha-style quarter round, 128-bit
 * state, passes BigCrush). Measured on this machine in one run (shared, noisy) against seedrandom's
 * others, per exponential draw / per stream creation: tychei 23 ns / 1.2 µs, xor4096 26 ns / 4.8 µs,
 * xorwow 26 ns / 1.7 µs (fails LinearComp), alea 31 ns / 4.0 µs, default ARC4 78 ns / 15 µs. The model
 * creates a few dozen streams per replication, so cheap creation matters as much as the draw.
 *
 * @param seed the scenario's seed (any finite number)
 * @param names the stream's path: run index, company name, mechanism…
 * @throws RangeError when the seed is not a finite number
 */
export function stream(seed: number, ...names: (string | number)[]): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  return seedrandom.tychei(JSON.stringify([seed, ...names]));
}
