import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalOrder, type DimensionName } from "../../../src/stats/dimensions";
import { weekTables } from "../../../src/stats/week-tables";
import { atomsOf, givenAway, type Published } from "./atoms";
import { countsOf, fakeResponse, type FakeResponse } from "./fake-responses";

// Single-choice dimensions where "not asked" ties one to another: sector to
// respondent type, outcome to channel.
const SINGLE: DimensionName[] = ["respondent_type", "sector", "channel", "outcome"];
// Product is multiple choice, asked when someone has or had Kaspersky.
const MULTIPLE: DimensionName[] = ["uses_kaspersky", "product", "channel"];
const PRODUCTS = ["password_manager", "vpn", "endpoint", "other_or_unknown"];
const responses = fc.integer({ min: 0, max: 150 }).chain((n) => fc.array(fakeResponse, { minLength: n, maxLength: n }));

/** Every count one week publishes over DIMS: the total, each one-way table, each cross-tab. */
function everyAnswer(list: readonly FakeResponse[], DIMS: readonly DimensionName[]): Published[] {
  const tables = weekTables("2025-01-06", countsOf(list));
  const total = tables.total();
  const out: Published[] = [{ atoms: () => true, value: total.value, hidden: total.hidden, label: "total" }];
  for (const d of DIMS) {
    const one = tables.oneWay(d);
    one.values.forEach((v, i) => out.push({ atoms: (a) => a[d]!.includes(v), value: one.counts[i]!, hidden: one.hidden[i]!, label: `${d}=${v}` }));
  }
  for (const [x, y] of DIMS.flatMap((x, i) => DIMS.slice(i + 1).map((y) => [x, y] as const))) {
    const [a, b] = canonicalOrder([x, y]) as [DimensionName, DimensionName];
    const two = tables.twoWay(a, b);
    two.rows.forEach((r, i) =>
      two.cols.forEach((c, j) => {
        const k = i * two.cols.length + j;
        out.push({ atoms: (atom) => atom[a]!.includes(r) && atom[b]!.includes(c), value: two.counts[k]!, hidden: two.hidden[k]!, label: `${a}=${r} × ${b}=${c}` });
      }),
    );
  }
  return out;
}

describe("one week's answers taken together", () => {
  it("give no hidden count away, even combining a question with the one that decides whether it is asked", () => {
    const atoms = atomsOf(SINGLE);
    fc.assert(
      fc.property(responses, (list) => {
        expect(givenAway(atoms, everyAnswer(list, SINGLE))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("give no hidden count away for a multiple-choice question asked only of some", () => {
    const atoms = atomsOf(MULTIPLE, { product: PRODUCTS });
    fc.assert(
      fc.property(responses, (list) => {
        expect(givenAway(atoms, everyAnswer(list, MULTIPLE))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
