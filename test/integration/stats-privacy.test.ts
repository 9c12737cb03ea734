import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/check/answers";
import { CONDITIONS, conditionHolds, type OptionId } from "../../src/check/questionnaire";
import { isSmall } from "../../src/stats/protect";
import { answers as answerSet } from "../support/answers";
import { clearResponses, stats, store, type StatsBody } from "./stats-helpers";

const WEEKS = ["2025-09-01", "2025-09-08"];
const DIMENSIONS = ["respondent_type", "uses_kaspersky", "product", "platform", "embedded", "state", "channel", "outcome", "day"];
const SINGLE = new Set(["respondent_type", "uses_kaspersky", "embedded", "state", "channel", "outcome", "day"]);

/** A valid response, skewed so that small counts are common. */
const answers: fc.Arbitrary<{ answers: Answers; channel: "web" | "hotline"; day: number }> = fc.record({
  respondent: fc.constantFrom<OptionId<"respondent">>("household", "household", "small_business", "critical_infrastructure"),
  has: fc.constantFrom<OptionId<"has_kaspersky">>("yes", "no", "no", "removed"),
  products: fc.uniqueArray(fc.constantFrom<OptionId<"products">>("password_manager", "vpn"), { minLength: 1 }),
  platforms: fc.uniqueArray(fc.constantFrom<OptionId<"platforms">>("windows", "mac"), { minLength: 1 }),
  embedded: fc.constantFrom<OptionId<"embedded">>("no", "no", "yes"),
  state: fc.constantFrom<OptionId<"state">>("CA", "CA", "TX", "VT"),
  channel: fc.constantFrom<"web" | "hotline">("web", "web", "hotline"),
  day: fc.integer({ min: 0, max: 13 }),
}).map((r) => {
  const org = conditionHolds(CONDITIONS.isOrganization, { respondent: r.respondent });
  const answers = answerSet({
    respondent: r.respondent,
    ...(conditionHolds(CONDITIONS.isCriticalInfrastructure, { respondent: r.respondent }) && { sector: "energy" }),
    has_kaspersky: r.has,
    ...(conditionHolds(CONDITIONS.hasOrHadKaspersky, { has_kaspersky: r.has }) && { products: r.products }),
    platforms: r.platforms,
    ...(org && { devices: "10_49" }),
    ultraav: "no",
    embedded: r.embedded,
    state: r.state,
  });
  return { answers, channel: r.channel, day: r.day };
});

/** The counts an answer contains, and every "total = sum of parts" among them. */
function relations(body: StatsBody) {
  const [a, b] = body.group_by;
  const known = new Map<string, number | null>();
  const key = (row: Record<string, unknown>) => JSON.stringify(body.group_by.map((d) => row[d] ?? null));
  for (const row of body.rows) known.set(`cell ${key(row)}`, row.count as number | null);
  known.set("total", body.total);
  const sums: { total: string; parts: string[] }[] = [];
  if (a && !b && SINGLE.has(a)) sums.push({ total: "total", parts: body.rows.map((r) => `cell ${key(r)}`) });
  if (a && b) {
    for (const [d, other] of [[a, b], [b, a]] as const) {
      for (const sub of body.subtotals![d]!) known.set(`${d} ${JSON.stringify(sub[d])}`, sub.count as number | null);
      if (SINGLE.has(d)) sums.push({ total: "total", parts: body.subtotals![d]!.map((s) => `${d} ${JSON.stringify(s[d])}`) });
      // Each subtotal of d is the sum of its row across the other dimension, when that one is single choice.
      if (SINGLE.has(other)) {
        for (const sub of body.subtotals![d]!) {
          const parts = body.rows.filter((r) => r[d] === sub[d]).map((r) => `cell ${key(r)}`);
          sums.push({ total: `${d} ${JSON.stringify(sub[d])}`, parts });
        }
      }
    }
  }
  return { known, sums };
}

describe("stats answers from the database, attacked by subtraction", () => {
  it("never show a count from 1 to 10, nor leave one hidden count alone in a total or subtotal", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(answers, { minLength: 5, maxLength: 70 }),
        fc.uniqueArray(fc.constantFrom(...DIMENSIONS), { minLength: 0, maxLength: 2 }),
        fc.constantFrom([0, 0], [0, 1], [1, 1]),
        async (responses, groupBy, [first, last]) => {
          await clearResponses();
          for (const r of responses) {
            const day = new Date(Date.parse(`${WEEKS[0]}T00:00:00Z`) + r.day * 86_400_000).toISOString().slice(0, 10);
            await store(day, 1, r.answers, r.channel === "hotline" ? { channel: "hotline" } : {});
          }
          const to = new Date(Date.parse(`${WEEKS[last!]}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
          const body = await stats({ from: WEEKS[first!]!, to, ...(groupBy.length && { group_by: groupBy.join(",") }) });
          const { known, sums } = relations(body);
          for (const [name, count] of known) expect(count !== null && isSmall(count), `${name} shows ${count}`).toBe(false);
          for (const { total, parts } of sums) {
            const unknown = [total, ...parts].filter((p) => known.get(p) === null);
            expect(unknown.length, `${groupBy.join("×")}: ${unknown[0]} comes out of ${total} by subtraction`).not.toBe(1);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
