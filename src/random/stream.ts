import seedrandom from "seedrandom";
import type { Rng } from "./rng.ts";

/**
 * An independent random stream named by a seed and a path of names, e.g.
 * `stream(42, 17, "Company B", "review")` for replication 17's review times of company B.
 *
 * The seed and names are joined unambiguously (as the JSON text of `[seed, ...names]`) and hashed
 * into the generator's whole state, so a stream depends only on its own name: adding a company or
 * a stream never shifts the draws of another (the basis of common random numbers across sweep
 * points).
 *
 * Generator: Tyche-i (Neves & Araujo, a ChaCha-style quarter round, 128-bit state, passes
 * BigCrush), seeded exactly as seedrandom's `tychei(JSON.stringify([seed, ...names]))`: every
 * UTF-16 unit of the key is xor-ed into the state followed by one round, then 20 more rounds. The
 * draws are bit for bit those of seedrandom (a test compares them), but creation is cheaper:
 *
 * - the key is fed unit by unit as it is encoded (no JSON text, no array, no string built);
 * - seeding is sequential, so the state after a prefix of the key depends on that prefix alone.
 *   The states after the recent prefixes of keys are kept in a small tree, and a key resumes from
 *   its longest known prefix: streams of one run share `[seed,run,"Company B",` and only their
 *   last names are hashed. The cache changes no draw, only the time to compute it.
 *
 * `npm run bench -- stream` measures creation against the JSON-and-seedrandom way (bench/stream.bench.ts).
 *
 * @param seed the scenario's seed (any finite number)
 * @param names the stream's path: run index, company name, mechanism…
 * @throws RangeError when the seed is not a finite number
 */
export function stream(seed: number, ...names: (string | number)[]): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  let node = child(root, seed);
  const last = names.length - 1;
  for (let i = 0; i < last; i++) node = child(node, names[i]);
  // A key with a name JSON must escape (quotes, control characters, lone surrogates, a non-finite
  // number) is rare: seedrandom seeds it from the key's JSON text itself, the definition above.
  if (!node.plain || (last >= 0 && !isPlain(names[last]))) return seedrandom.tychei(JSON.stringify([seed, ...names]));
  S[0] = node.a;
  S[1] = node.b;
  S[2] = node.c;
  S[3] = node.d;
  if (last >= 0) {
    // The last name is rarely shared (a task's number, a field's path): hashed, not kept.
    mixCode(0x2c); // ,
    mixName(names[last]);
  }
  return finish();
}

/**
 * A key prefix already hashed: the state after `[seed` (a child of the root) or after one more
 * `,name`, and the prefixes that extend it. Each node keeps its last few children only, so the
 * cache stays small however many runs go by.
 */
class Prefix {
  readonly names: (string | number)[] = [];
  readonly children: Prefix[] = [];
  /** False when a name on the path needs JSON escaping: keys below it go to seedrandom. */
  plain = true;
  /** The child to replace when full (round robin: the oldest). */
  next = 0;
  constructor(
    readonly a: number,
    readonly b: number,
    readonly c: number,
    readonly d: number,
  ) {}
}

/** Children kept per prefix: a run's companies, its mechanisms, the releases in flight. */
const CHILDREN = 8;
/** The empty prefix: Tyche-i's initial state. */
const root = new Prefix(0, 0, 2654435769 | 0, 1367130551);
/** The working state (a, b, c, d) while a key is hashed. */
const S = new Int32Array(4);

/** The prefix `parent` extended by `name` (by the seed at the root), hashed on first use. */
function child(parent: Prefix, name: string | number): Prefix {
  const names = parent.names;
  for (let k = 0; k < names.length; k++) if (names[k] === name) return parent.children[k];
  S[0] = parent.a;
  S[1] = parent.b;
  S[2] = parent.c;
  S[3] = parent.d;
  // Below a name JSON must escape, keys go to seedrandom (see `stream`): the state is never used.
  const plain = parent.plain && (parent === root || isPlain(name));
  if (parent === root) {
    mixCode(0x5b); // [
    mixText(String(name));
  } else if (plain) {
    mixCode(0x2c); // ,
    mixName(name);
  }
  const node = new Prefix(S[0], S[1], S[2], S[3]);
  node.plain = plain;
  if (names.length < CHILDREN) {
    names.push(name);
    parent.children.push(node);
  } else {
    names[parent.next] = name;
    parent.children[parent.next] = node;
    parent.next = (parent.next + 1) % CHILDREN;
  }
  return node;
}

/** Feeds one plain name (see `isPlain`) as its JSON text. */
function mixName(name: string | number): void {
  if (typeof name === "number") {
    mixText(String(name));
  } else {
    mixCode(0x22);
    mixText(name);
    mixCode(0x22);
  }
}

/** True when JSON writes `name` as it is (a finite number) or between plain quotes. */
function isPlain(name: string | number): boolean {
  return typeof name === "number" ? Number.isFinite(name) : typeof name === "string" && !needsEscape(name);
}

/** True when JSON would write `s` other than between plain quotes. */
function needsEscape(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff)) return true;
  }
  return false;
}

/** Xors each UTF-16 unit of `text` into b, one Tyche-i round after each (seedrandom's seeding). */
function mixText(text: string): void {
  let a = S[0];
  let b = S[1];
  let c = S[2];
  let d = S[3];
  for (let k = 0; k < text.length; k++) {
    b ^= text.charCodeAt(k);
    b = (b << 25) ^ (b >>> 7) ^ c;
    c = (c - d) | 0;
    d = (d << 24) ^ (d >>> 8) ^ a;
    a = (a - b) | 0;
    b = (b << 20) ^ (b >>> 12) ^ c;
    c = (c - d) | 0;
    d = (d << 16) ^ (c >>> 16) ^ a;
    a = (a - b) | 0;
  }
  S[0] = a;
  S[1] = b;
  S[2] = c;
  S[3] = d;
}

/** `mixText` of one unit. */
function mixCode(code: number): void {
  let a = S[0];
  let b = S[1] ^ code;
  let c = S[2];
  let d = S[3];
  b = (b << 25) ^ (b >>> 7) ^ c;
  c = (c - d) | 0;
  d = (d << 24) ^ (d >>> 8) ^ a;
  a = (a - b) | 0;
  b = (b << 20) ^ (b >>> 12) ^ c;
  c = (c - d) | 0;
  d = (d << 16) ^ (c >>> 16) ^ a;
  S[0] = (a - b) | 0;
  S[1] = b;
  S[2] = c;
  S[3] = d;
}

/** Feeds the closing `]` and seedrandom's 20 rounds with nothing mixed in; returns the generator. */
function finish(): Rng {
  let a = S[0];
  let b = S[1] ^ 0x5d;
  let c = S[2];
  let d = S[3];
  for (let k = 0; k < 21; k++) {
    b = (b << 25) ^ (b >>> 7) ^ c;
    c = (c - d) | 0;
    d = (d << 24) ^ (d >>> 8) ^ a;
    a = (a - b) | 0;
    b = (b << 20) ^ (b >>> 12) ^ c;
    c = (c - d) | 0;
    d = (d << 16) ^ (c >>> 16) ^ a;
    a = (a - b) | 0;
  }
  return tychei(a, b, c, d);
}

/** A Tyche-i generator from a seeded state: uniform draws in [0, 1) with 32 bits each. */
function tychei(a: number, b: number, c: number, d: number): Rng {
  return () => {
    b = (b << 25) ^ (b >>> 7) ^ c;
    c = (c - d) | 0;
    d = (d << 24) ^ (d >>> 8) ^ a;
    a = (a - b) | 0;
    b = (b << 20) ^ (b >>> 12) ^ c;
    c = (c - d) | 0;
    d = (d << 16) ^ (c >>> 16) ^ a;
    a = (a - b) | 0;
    return (a >>> 0) / 0x100000000;
  };
}
