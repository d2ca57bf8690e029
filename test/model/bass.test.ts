import { describe, expect, it } from "vitest";
import { bassClosedForm, bassRates, bassStepMeans, type BassCompany } from "../../src/model/bass.ts";

const scratch = () => ({ rate0: [0, 0], rate1: [0, 0], predicted: [0, 0] });

describe("Bass diffusion", () => {
  it("gives inactive companies no adopters and active ones (p + qN/M)(M − ΣN)a", () => {
    const companies: BassCompany[] = [
      { p: 0.01, q: 0.5, a: 2, active: true },
      { p: 0.01, q: 0.5, a: 1, active: false },
    ];
    const out = [0, 0];
    bassRates(companies, [100, 300], 1000, out);
    expect(out[0]).toBeCloseTo((0.01 + (0.5 * 100) / 1000) * 600 * 2, 12);
    expect(out[1]).toBe(0);
  });

  it("follows the closed form when stepped daily without noise (Heun step)", () => {
    const p = 0.01;
    const q = 0.8;
    const M = 100_000;
    const companies: BassCompany[] = [{ p, q, a: 1, active: true }];
    const n = [0];
    const out = [0];
    const s = scratch();
    for (let day = 1; day <= 12 * 7; day++) {
      bassStepMeans(companies, n, M, 1 / 7, out, s);
      n[0] += out[0];
      if (day % 7 === 0) expect(n[0] / bassClosedForm(p, q, M, day / 7)).toBeCloseTo(1, 2); // within 0.5%
    }
  });

  it("lets two identical companies grow identically", () => {
    const c: BassCompany = { p: 0.02, q: 0.6, a: 1, active: true };
    const n = [0, 0];
    const out = [0, 0];
    const s = scratch();
    for (let day = 0; day < 30; day++) {
      bassStepMeans([c, c], n, 50_000, 1 / 7, out, s);
      n[0] += out[0];
      n[1] += out[1];
    }
    expect(n[0]).toBeGreaterThan(0);
    expect(n[0]).toBe(n[1]);
  });
});
