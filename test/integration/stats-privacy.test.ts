import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/check/answers";
import { CONDITIONS, conditionHolds, type OptionId } from "../../src/check/questionnaire";
import { answers as answerSet } from "../support/answers";
import { clearResponses, noisy, stats, store } from "./stats-helpers";

const WEEKS = ["2025-09-01", "2025-09-08"];
const DIMENSIONS = ["respondent_type", "uses_kaspersky", "embedded", "state", "channel", "day", "week"] as const;

/** A valid response, skewed so that small counts are common. */
const answers: fc.Arbitrary<{ answers: Answers; channel: "web" | "hotline"; day: number }> = fc
  .record({
    respondent: fc.constantFrom<OptionId<"respondent">>("household", "household", "small_business", "critical_infrastructure"),
    has: fc.constantFrom<OptionId<"has_kaspersky">>("yes", "no", "no", "removed"),
    products: fc.uniqueArray(fc.constantFrom<OptionId<"products">>("password_manager", "vpn"), { minLength: 1 }),
    installed_on: fc.uniqueArray(fc.constantFrom<OptionId<"installed_on">>("windows", "mac"), { minLength: 1 }),
    embedded: fc.constantFrom<OptionId<"embedded">>("no", "no", "yes"),
    state: fc.constantFrom<OptionId<"state">>("CA", "CA", "TX", "VT"),
    channel: fc.constantFrom<"web" | "hotline">("web", "web", "hotline"),
    day: fc.integer({ min: 0, max: 13 }),
  })
  .map((r) => {
    const org = conditionHolds(CONDITIONS.isOrganization, { respondent: r.respondent });
    const answers = answerSet({
      respondent: r.respondent,
      ...(conditionHolds(CONDITIONS.isCriticalInfrastructure, { respondent: r.respondent }) && { sector: "energy" }),
      has_kaspersky: r.has,
      ...(conditionHolds(CONDITIONS.hasOrHadKaspersky, { has_kaspersky: r.has }) && {
        products: r.products,
        installed_on: r.installed_on,
      }),
      ...(org && { devices: "10_49" }),
      ultraav: "no",
      embedded: r.embedded,
      state: r.state,
    });
    return { answers, channel: r.channel, day: r.day };
  });

/** A stored response's value for a dimension of the test. */
function valueFor(r: { answers: Answers; channel: string; day: string }, dimension: (typeof DIMENSIONS)[number]): string | null {
  switch (dimension) {
    case "respondent_type":
      return String(r.answers.respondent);
    case "uses_kaspersky":
      return String(r.answers.has_kaspersky);
    case "embedded":
      return String(r.answers.embedded);
    case "state":
      return String(r.answers.state);
    case "channel":
      return r.channel;
    case "day":
      return r.day;
    case "week":
      return r.day <= "2025-09-07" ? WEEKS[0]! : WEEKS[1]!;
  }
}

describe("stats answers from the database", () => {
  it("are each the fixed noisy count of exactly the responses they count, read from the stored record keys", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(answers, { minLength: 5, maxLength: 50 }),
        fc.uniqueArray(fc.constantFrom(...DIMENSIONS), { minLength: 0, maxLength: 2 }),
        fc.constantFrom(null, "web", "hotline"),
        async (responses, groupBy, channel) => {
          await clearResponses();
          const stored: { reference: string; answers: Answers; channel: string; day: string }[] = [];
          for (const r of responses) {
            const day = new Date(Date.parse(`${WEEKS[0]}T00:00:00Z`) + r.day * 86_400_000).toISOString().slice(0, 10);
            const [reference] = await store(day, 1, r.answers, r.channel === "hotline" ? { channel: "hotline" } : {});
            stored.push({ reference: reference!, answers: r.answers, channel: r.channel, day });
          }
          // From the first week with responses: every count is one set of responses, with its own noise.
          const body = await stats({
            from: WEEKS[0]!,
            to: "2025-09-14",
            ...(channel && { channel }),
            ...(groupBy.length && { group_by: groupBy.join(",") }),
          });
          const inChannel = stored.filter((r) => channel === null || r.channel === channel);
          expect(body.total).toBe(await noisy(inChannel.map((r) => r.reference)));
          for (const row of body.rows) {
            const matching = inChannel.filter((r) => groupBy.every((d) => valueFor(r, d) === row[d]));
            expect(row.count, JSON.stringify(row)).toBe(await noisy(matching.map((r) => r.reference)));
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);
});
