/**
 * Random responses for property tests, and the counts the database would hold
 * for them, without a database: each response's values by stats dimension.
 */
import fc from "fast-check";
import { CONDITIONS, conditionHolds, type OptionId } from "../../../src/check/questionnaire";
import type { Channel, Outcome } from "../../../src/check/vocabulary";
import { DIMENSIONS, NOT_ASKED, NOT_RECORDED, type DimensionName } from "../../../src/stats/dimensions";
import { cellKey } from "../../../src/stats/slices";
import { addCells, type Cell } from "../../../src/stats/cell-key";
import type { WeekCounts } from "../../../src/stats/week-counts";

/** A response's values by dimension (time dimensions included when it has a day), and its record key. */
export type FakeResponse = Partial<Record<DimensionName, readonly string[]>> & { readonly key?: number };

/** Skewed choices, so that counts from 1 to 10 are common next to larger ones. */
const skewed = <T extends string>(common: readonly T[], rare: readonly T[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...common) }, { weight: 1, arbitrary: fc.constantFrom(...rare) });

const some = <T extends string>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 });

/** One response that follows the questionnaire's branching, over the dimensions the tests use. */
export const fakeResponse: fc.Arbitrary<FakeResponse> = fc
  .record({
    respondent: skewed<OptionId<"respondent">>(
      ["household", "small_business"],
      ["critical_infrastructure", "it_provider", "federal_agency"],
    ),
    sector: skewed<OptionId<"sector">>(["energy", "water_wastewater"], ["dams", "nuclear"]),
    uses: skewed<OptionId<"has_kaspersky">>(["yes", "no"], ["removed", "not_sure"]),
    products: some<OptionId<"products">>(["password_manager", "vpn", "endpoint", "other_or_unknown"]),
    installed_on: some<OptionId<"installed_on">>(["windows", "mac", "android"]),
    channel: skewed<Channel>(["web", "hotline"], ["api"]),
    outcome: skewed<Outcome | typeof NOT_RECORDED>(["guided_removal", NOT_RECORDED], ["referred_to_cisa", "other_help"]),
    embedded: skewed<OptionId<"embedded">>(["no"], ["yes", "not_sure"]),
  })
  .map((r) => ({
    respondent_type: [r.respondent],
    sector: [conditionHolds(CONDITIONS.isCriticalInfrastructure, { respondent: r.respondent }) ? r.sector : NOT_ASKED],
    uses_kaspersky: [r.uses],
    product: conditionHolds(CONDITIONS.hasOrHadKaspersky, { has_kaspersky: r.uses }) ? r.products : [NOT_ASKED],
    installed_on: conditionHolds(CONDITIONS.hasOrHadKaspersky, { has_kaspersky: r.uses }) ? r.installed_on : [NOT_ASKED],
    channel: [r.channel],
    outcome: [r.channel === "hotline" ? r.outcome : NOT_ASKED],
    embedded: [r.embedded],
  }));

/** The counts of a list of responses (with their key sums), as one week's `WeekCounts`. */
export function countsOf(responses: readonly FakeResponse[]): WeekCounts {
  const memo = new Map<string, Map<string, Cell>>();
  return {
    slice(dimensions) {
      const key = dimensions.join(",");
      let counts = memo.get(key);
      if (!counts) {
        counts = new Map();
        for (const r of responses) {
          // Every combination of the response's values: several for a multiple-choice dimension.
          let combos: string[][] = [[]];
          for (const d of dimensions) combos = combos.flatMap((c) => (r[d] ?? []).map((v) => [...c, v]));
          const cell = { count: 1, keys: r.key ?? 0 };
          for (const combo of combos)
            counts.set(cellKey(combo), addCells(counts.get(cellKey(combo)) ?? { count: 0, keys: 0 }, cell));
        }
        memo.set(key, counts);
      }
      return counts;
    },
    seen: (dimension) => [...new Set(responses.flatMap((r) => r[dimension] ?? []))],
  };
}

/** Whether a dimension counts a response once under each of several values. */
export const isMultiple = (d: DimensionName) => DIMENSIONS[d].multiple;
