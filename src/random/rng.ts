/** A source of uniform numbers in [0, 1). Always passed in explicitly; nothing uses `Math.random`. */
export type Rng = () => number;

/** Draws one value from a random source: what every distribution factory returns. */
export type Sampler = (rng: Rng) => number;
