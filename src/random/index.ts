/** Seeded random streams and distribution samplers: `(params) => (rng) => number`. */
export type { Rng, Sampler } from "./rng.ts";
export { stream } from "./stream.ts";
export { constant } from "./constant.ts";
export { uniform, uniformMean, type UniformParams } from "./uniform.ts";
export { normal, normalMean, normalQuantile, standardNormal, type NormalParams } from "./normal.ts";
export {
  lognormal,
  lognormalMean,
  lognormalFromInterval,
  lognormalFromIntervalMean,
  type LognormalParams,
  type LognormalIntervalParams,
} from "./lognormal.ts";
export { triangular, triangularMean, type RangeModeParams } from "./triangular.ts";
export { pert, pertMean } from "./pert.ts";
export { beta, betaMean, type BetaParams } from "./beta.ts";
export { gamma } from "./gamma.ts";
export { exponential, exponentialMean, type ExponentialParams } from "./exponential.ts";
export { poisson, poissonDraw, poissonMean, type PoissonParams } from "./poisson.ts";
export { choice, choiceMean, type ChoiceParams } from "./choice.ts";
