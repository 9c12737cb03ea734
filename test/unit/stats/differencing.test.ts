import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../../src/stats/calendar";
import { type DimensionName } from "../../../src/stats/dimensions";
import { isSmall } from "../../../src/stats/protect";
import { cellKey, tabulate } from "../../../src/stats/tabulate";
import { atomsOf, givenAway, type Atom, type Published } from "./atoms";
import { countsOf, fakeResponse } from "./fake-responses";

const WEEKS = ["2025-01-06", "2025-01-13", "2025-01-20"];
const DIMS: DimensionName[] = ["respondent_type", "sector"];
const week = fc.integer({ min: 0, max: 60 }).chain((n) => fc.array(fakeResponse, { minLength: n, maxLength: n }));

type WeekAtom = Atom & { week: readonly string[] };

describe("answers over overlapping date ranges", () => {
  it("cannot be subtracted from one another to reveal a week's small count", () => {
    const atoms: WeekAtom[] = WEEKS.flatMap((w) => atomsOf(DIMS).map((a) => ({ ...a, week: [w] })));
    fc.assert(
      fc.property(fc.tuple(week, week, week), (lists) => {
        const weeks = new Map(WEEKS.map((w, i) => [w, countsOf(lists[i]!)]));
        const published: Published[] = [];
        // Every range of whole weeks, every grouping: all an analyst could ask.
        for (let i = 0; i < WEEKS.length; i++) {
          for (let j = i; j < WEEKS.length; j++) {
            const inRange = (a: Atom) => a.week![0]! >= WEEKS[i]! && a.week![0]! <= WEEKS[j]!;
            const range = `${WEEKS[i]}..${WEEKS[j]}`;
            for (const dimensions of [[], ["respondent_type"], ["sector"], ["respondent_type", "sector"]] as DimensionName[][]) {
              const table = tabulate({ dimensions, from: WEEKS[i]!, to: addDays(WEEKS[j]!, 6), channel: null }, weeks);
              published.push({ atoms: inRange, value: table.total.count, hidden: table.total.hidden, label: `${range} total` });
              for (const [key, tally] of table.cells) {
                const values = key.split("\u0001");
                const matches = (a: Atom) => inRange(a) && dimensions.every((d, k) => a[d]!.includes(values[k]!));
                published.push({ atoms: matches, value: tally.count, hidden: tally.hidden, label: `${range} ${dimensions.join("×")}=${values.join("×")}` });
              }
            }
          }
        }
        // The truth the attacker is after: any week's count from 1 to 10, by any grouping.
        const secrets: Published[] = [];
        WEEKS.forEach((w, i) => {
          const list = lists[i]!;
          for (const d of DIMS) {
            for (const v of new Set(list.map((r) => r[d]![0]!))) {
              const n = list.filter((r) => r[d]![0] === v).length;
              if (isSmall(n)) secrets.push({ atoms: (a) => a.week![0] === w && a[d]!.includes(v), value: n, hidden: true, label: `${w} ${d}=${v}` });
            }
          }
        });
        expect(givenAway(atoms, published, secrets)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("adds up weekly counts: a range shows a count only where every week shows it", () => {
    const responses = (counts: Record<string, number>) =>
      Object.entries(counts).flatMap(([type, n]) => Array.from({ length: n }, () => ({ respondent_type: [type] })));
    const weeks = new Map([
      // 5 federal agencies are hidden, and so (as the smaller complement) are the 20 small businesses.
      ["2025-01-06", countsOf(responses({ household: 30, small_business: 20, federal_agency: 5 }))],
      ["2025-01-13", countsOf(responses({ household: 30, small_business: 20, federal_agency: 12 }))],
    ]);
    const table = tabulate({ dimensions: ["respondent_type"], from: "2025-01-06", to: "2025-01-19", channel: null }, weeks);
    expect(table.cells.get(cellKey(["household"]))).toEqual({ count: 60, hidden: false });
    expect(table.cells.get(cellKey(["federal_agency"]))).toEqual({ count: 17, hidden: true });
    expect(table.cells.get(cellKey(["small_business"]))).toEqual({ count: 40, hidden: true });
    expect(table.total).toEqual({ count: 117, hidden: false });
  });
});
