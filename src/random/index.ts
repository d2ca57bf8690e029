/** Seeded random streams and distribution samplers. (Filled in by the random-layer work.) */
/** A source of uniform numbers in [0, 1). Always passed in explicitly; nothing uses Math.random. */
export type Rng = () => number;
