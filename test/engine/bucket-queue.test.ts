import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BucketQueue } from "../../src/engine/index.ts";

/** The reference: a list kept sorted by (priority, insertion order). */
function referenceOrder(entries: { priority: number; id: number }[]): number[] {
  return [...entries].sort((a, b) => a.priority - b.priority || a.id - b.id).map((e) => e.id);
}

describe("BucketQueue", () => {
  it("takes lower priority numbers first and equal ones first in, first out", () => {
    const q = new BucketQueue<string>();
    q.push(2, "p2-a");
    q.push(0, "p0-a");
    q.push(1, "p1-a");
    q.push(0, "p0-b");
    q.push(-1, "rework");
    q.push(2, "p2-b");
    expect(q.size).toBe(6);
    expect(q.peek()).toBe("rework");
    expect(q.toArray()).toEqual(["rework", "p0-a", "p0-b", "p1-a", "p2-a", "p2-b"]);
    const out: (string | undefined)[] = [];
    while (q.size > 0) out.push(q.shift());
    expect(out).toEqual(["rework", "p0-a", "p0-b", "p1-a", "p2-a", "p2-b"]);
    expect(q.shift()).toBeUndefined();
    expect(q.peek()).toBeUndefined();
  });

  it("removes a cancelled entry from the middle, and only once", () => {
    const q = new BucketQueue<string>();
    for (const s of ["a", "b", "c"]) q.push(0, s);
    q.push(1, "d");
    expect(q.remove(0, "b")).toBe(true);
    expect(q.remove(0, "b")).toBe(false);
    expect(q.remove(1, "a")).toBe(false); // wrong priority: not there
    expect(q.toArray()).toEqual(["a", "c", "d"]);
    expect(q.size).toBe(3);
  });

  it("removeWhere visits in order, keeps the rest in order, and stops when told", () => {
    const q = new BucketQueue<number>();
    for (let i = 0; i < 10; i++) q.push(i % 3, i);
    const visited: number[] = [];
    let taken = 0;
    q.removeWhere(
      (n) => {
        visited.push(n);
        if (n % 2 === 0) {
          taken++;
          return true;
        }
        return false;
      },
      () => taken < 3,
    );
    // Order: priority 0: 0 3 6 9, priority 1: 1 4 7, priority 2: 2 5 8. Evens taken until three.
    expect(visited).toEqual([0, 3, 6, 9, 1, 4]);
    expect(q.toArray()).toEqual([3, 9, 1, 7, 2, 5, 8]);
    expect(q.size).toBe(7);
  });

  it("matches a sorted list under any mix of pushes, shifts and cancellations (property)", () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant("push" as const), priority: fc.integer({ min: -2, max: 20 }) }),
      fc.record({ kind: fc.constant("shift" as const) }),
      fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const q = new BucketQueue<{ priority: number; id: number }>();
        let held: { priority: number; id: number }[] = [];
        let id = 0;
        for (const o of ops) {
          if (o.kind === "push") {
            const e = { priority: o.priority, id: id++ };
            q.push(e.priority, e);
            held.push(e);
          } else if (o.kind === "shift") {
            const expected = referenceOrder(held)[0];
            expect(q.shift()?.id).toBe(expected);
            held = held.filter((e) => e.id !== expected);
          } else if (held.length > 0) {
            const victim = held[o.pick % held.length];
            expect(q.remove(victim.priority, victim)).toBe(true);
            held = held.filter((e) => e !== victim);
          }
          expect(q.size).toBe(held.length);
        }
        expect(q.toArray().map((e) => e.id)).toEqual(referenceOrder(held));
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it("keeps order through a long queue that never drains (served prefix dropped now and then)", () => {
    const q = new BucketQueue<number>();
    let next = 0;
    let expected = 0;
    for (let round = 0; round < 5000; round++) {
      q.push(0, next++);
      q.push(0, next++);
      expect(q.shift()).toBe(expected++);
    }
    expect(q.size).toBe(5000);
    expect(q.peek()).toBe(expected);
  });
});
