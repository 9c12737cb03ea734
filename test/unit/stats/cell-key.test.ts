import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOISE_BOUND, NOISE_SD, RECORD_KEY_RANGE, inverseNormal, noiseOf, perturb, recordKey } from "../../../src/stats/cell-key";

describe("cell-key perturbation (src/stats/cell-key.ts)", () => {
  it("gives the same set of responses the same noise, whatever order its keys were added in", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: RECORD_KEY_RANGE - 1 }), { minLength: 1, maxLength: 30 }), (keys) => {
        const forwards = keys.reduce((a, b) => a + b, 0);
        const backwards = [...keys].reverse().reduce((a, b) => a + b, 0);
        expect(noiseOf(forwards)).toBe(noiseOf(backwards));
        expect(perturb({ count: keys.length, keys: forwards })).toBe(perturb({ count: keys.length, keys: backwards }));
      }),
    );
  });

  it("keeps zero at zero and never publishes a negative count", () => {
    expect(perturb({ count: 0, keys: 0 })).toBe(0);
    fc.assert(
      fc.property(fc.nat(20), fc.nat(), (count, keys) => void expect(perturb({ count, keys })).toBeGreaterThanOrEqual(0)),
    );
  });

  it("draws noise with mean zero and the published standard deviation, bounded by NOISE_BOUND", () => {
    const draws = Array.from({ length: 20_000 }, () => noiseOf(recordKey()));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((a, b) => a + (b - mean) ** 2, 0) / draws.length);
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(Math.abs(sd - Math.sqrt(NOISE_SD ** 2 + 1 / 12))).toBeLessThan(0.1);
    expect(Math.max(...draws.map(Math.abs))).toBeLessThanOrEqual(NOISE_BOUND);
    // About six standard deviations: wide enough that no set of answers pins a count (README).
    expect(NOISE_BOUND).toBeGreaterThanOrEqual(5 * NOISE_SD);
  });

  it("reads the inverse normal distribution accurately", () => {
    expect(inverseNormal(0.5)).toBeCloseTo(0, 9);
    expect(inverseNormal(0.975)).toBeCloseTo(1.959964, 5);
    expect(inverseNormal(0.001)).toBeCloseTo(-3.090232, 5);
  });

  it("gives a cell with one more response noise that does not follow from the smaller cell's", () => {
    // The same cell plus one unknown key: the noise moves to any value, not by a fixed step.
    const base = 123_456_789;
    const after = new Set(Array.from({ length: 500 }, () => noiseOf(base + recordKey()) - noiseOf(base)));
    expect(after.size).toBeGreaterThan(8);
  });
});
