/**
 * The attack suite (README, "Counts for analysts"): random small worlds, every
 * answer the API can give about them (every dimension and pair, every channel
 * filter, day, week and month, every range of whole weeks), with responses the
 * attacker padded in, attacked by subtraction, by bounds (an LP) and by
 * averaging (generalised least squares over every noisy number). Fails if any
 * real count from 1 to 10 is learned exactly.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NOISE_BOUND, NOISE_SD, perturb } from "../../../src/stats/cell-key";
import { Gls } from "./attack/gls";
import { boundsOf } from "./attack/lp";
import {
  ATOMS,
  DAYS,
  atomOf,
  everyAnswer,
  padding,
  respondent,
  type AtomSet,
  type Published,
  type Respondent,
} from "./attack/world";

/** Below this standard error an estimate would name the count with 95% confidence (±0.5 around it). */
const EXACT_SD = 0.5 / 1.96;
/** The suite asks more: every small count keeps at least this standard error against the best linear attack. */
const MIN_SD = 0.75;

const world = fc.tuple(fc.array(respondent, { minLength: 20, maxLength: 160 }), fc.array(padding, { maxLength: 12 }));
const signature = (atoms: AtomSet) => atoms.join(",");

const perAtom = new WeakMap<readonly Respondent[], { real: Int32Array; padded: Int32Array; keys: Float64Array }>();

/** The real responses and the attacker's padding in a set of atoms. */
function truth(responses: readonly Respondent[], atoms: AtomSet) {
  let atomsOf = perAtom.get(responses);
  if (!atomsOf) {
    atomsOf = { real: new Int32Array(ATOMS), padded: new Int32Array(ATOMS), keys: new Float64Array(ATOMS) };
    for (const r of responses) {
      (r.padding ? atomsOf.padded : atomsOf.real)[atomOf(r)]! += 1;
      atomsOf.keys[atomOf(r)]! += r.key;
    }
    perAtom.set(responses, atomsOf);
  }
  let real = 0;
  let padded = 0;
  let keys = 0;
  for (const a of atoms) {
    real += atomsOf.real[a]!;
    padded += atomsOf.padded[a]!;
    keys += atomsOf.keys[a]!;
  }
  return { real, padded, cell: { count: real + padded, keys } };
}

/** Every distinct noisy set behind the answers, with its noisy count: all an attacker who knows the method can see. */
function observations(responses: readonly Respondent[], published: readonly Published[]) {
  const sets = new Map<string, { atoms: AtomSet; value: number }>();
  for (const p of published) {
    for (const set of p.sets) {
      if (!set.atoms.length || sets.has(signature(set.atoms))) continue;
      sets.set(signature(set.atoms), { atoms: set.atoms, value: perturb(truth(responses, set.atoms).cell) });
    }
  }
  return [...sets.values()];
}

describe("the attack suite: every answer for a small world, attacked", () => {
  it("publishes every number as the method defines it: fixed noisy counts of a bounded family of sets, added up", () => {
    fc.assert(
      fc.property(world, ([real, pads]) => {
        const responses = [...real, ...pads];
        const noisy = (atoms: AtomSet) => perturb(truth(responses, atoms).cell);
        for (const p of everyAnswer(responses)) {
          const sum = p.sets.reduce((s, set) => s + set.sign * noisy(set.atoms), 0);
          expect(p.value, p.label).toBe(p.floored ? Math.max(0, sum) : sum);
        }
      }),
      { numRuns: 3 },
    );
  }, 120_000);

  it("learns no real count from 1 to 10: subtraction, bounds and averaging over every answer, with padding", () => {
    fc.assert(
      fc.property(world, ([real, pads]) => {
        const responses = [...real, ...pads];
        const published = everyAnswer(responses);
        const seen = observations(responses, published);
        const gls = new Gls(
          ATOMS,
          seen.map((o) => o.atoms),
          NOISE_SD ** 2 + 1 / 12,
        );
        // Targets: every published cell and every noisy set holding 1 to 10 real respondents.
        const targets = new Map<string, AtomSet>();
        for (const atoms of [...published.map((p) => p.atoms), ...seen.map((o) => o.atoms)]) {
          const { real: n } = truth(responses, atoms);
          if (n >= 1 && n <= 10) targets.set(signature(atoms), atoms);
        }
        // Subtraction: any two published numbers whose cells differ by a small cell leave noise on it,
        // since every number carries the noise of at least one non-empty set.
        for (const p of published) {
          if (p.atoms.length && truth(responses, p.atoms).cell.count > 0)
            expect(
              p.sets.some((s) => truth(responses, s.atoms).cell.count > 0),
              p.label,
            ).toBe(true);
        }
        // Averaging: the best linear estimate's standard error, with the padding known exactly.
        let smallest = Infinity;
        for (const atoms of targets.values()) smallest = Math.min(smallest, Math.sqrt(gls.varianceOf(atoms)));
        expect(smallest, "an averaging attack pins a small count").toBeGreaterThan(EXACT_SD);
        expect(smallest).toBeGreaterThanOrEqual(MIN_SD);
        console.log(`targets ${targets.size}, noisy sets ${seen.length}, smallest standard error ${smallest.toFixed(2)}`);
        // Bounds: an LP over every noisy set (each within ±NOISE_BOUND, counts ≥ 0) on a few small targets.
        for (const atoms of [...targets.values()].slice(0, 3)) {
          const { real: n, padded } = truth(responses, atoms);
          const { min, max } = boundsOf(ATOMS, seen, atoms, NOISE_BOUND);
          // At least two whole numbers fit: the count is not pinned.
          expect(Math.floor(max + 1e-6) - Math.ceil(min - 1e-6), `the LP pins a count of ${n}`).toBeGreaterThanOrEqual(1);
          expect(min - padded <= n && n <= max - padded).toBe(true);
        }
      }),
      { numRuns: 3 },
    );
  }, 240_000);

  it("gives nothing new after edits: a closed week's answers are the same before and after a change in the open week", () => {
    fc.assert(
      fc.property(world, fc.array(respondent, { minLength: 1, maxLength: 10 }), ([real], open) => {
        // The open (current) week is not published; edits are refused once a week is closed (src/db/responses.ts).
        const lastDay = DAYS.length - 1;
        const before = everyAnswer(real.filter((r) => r.day < lastDay - 6));
        const after = everyAnswer([...real.filter((r) => r.day < lastDay - 6), ...open.map((r) => ({ ...r, day: lastDay }))]);
        const closed = (p: Published) => p.query.to < DAYS[lastDay - 6]!;
        expect(after.filter(closed).map((p) => p.value)).toEqual(before.filter(closed).map((p) => p.value));
      }),
      { numRuns: 2 },
    );
  }, 120_000);
});
