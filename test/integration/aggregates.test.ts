import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { selected, type MultipleQuestionId } from "../../src/check/questionnaire";
import { CHOICE_FACTS, DAILY_CELLS_SQL, FACT_DIMENSIONS, WEEKLY_CELLS_SQL } from "../../src/db/aggregate-sql";
import { database } from "../../src/db/client";
import { insertResponse, recordOutcome, replaceAnswers } from "../../src/db/responses";
import { COUNTED_QUESTIONS } from "../../src/stats/dimensions";
import { answers } from "../support/answers";
import { clearResponses, store } from "./stats-helpers";

const db = () => database(env.DB);

/** The counts as stored, without rows that went back to zero. */
async function storedCounts() {
  const weekly = await env.DB.prepare(
    "select week, channel, dim_a, value_a, dim_b, value_b, responses, key_sum from weekly_counts where responses <> 0 order by 1, 2, 3, 4, 5, 6",
  ).raw();
  const daily = await env.DB.prepare(
    "select day, channel, dim, value, responses, key_sum from daily_counts where responses <> 0 order by 1, 2, 3, 4",
  ).raw();
  return { weekly, daily };
}

/** The counts recomputed from scratch from every stored response, by the same SQL. */
async function recount() {
  const { results } = await env.DB.prepare("select reference from responses").all<{ reference: string }>();
  const all = JSON.stringify(results.map((r) => r.reference));
  const weekly = await env.DB.prepare(`select * from (${WEEKLY_CELLS_SQL}) order by 1, 2, 3, 4, 5, 6`).bind(all, 1).raw();
  const daily = await env.DB.prepare(`select * from (${DAILY_CELLS_SQL}) order by 1, 2, 3, 4`).bind(all, 1).raw();
  return { weekly, daily };
}

beforeEach(clearResponses);

describe("the weekly and daily counts", () => {
  it("are stored in their key's order (WITHOUT ROWID, migration 0004), so a slice is read in one range scan", async () => {
    for (const table of ["weekly_counts", "daily_counts"]) {
      const row = await env.DB.prepare("select sql from sqlite_master where type = 'table' and name = ?")
        .bind(table)
        .first<{ sql: string }>();
      expect(row?.sql).toMatch(/\)\s*WITHOUT ROWID$/);
      // The CHECK survives the rebuild: a count by time of day is still refused.
      const column = table === "weekly_counts" ? "week" : "day";
      await expect(
        env.DB.prepare(
          `insert into ${table} (${column}, channel, ${table === "weekly_counts" ? "dim_a, value_a, dim_b, value_b" : "dim, value"}, responses) values ('2026-11-16 09:00', 'web', ${table === "weekly_counts" ? "'', '', '', ''" : "'', ''"}, 1)`,
        ).run(),
      ).rejects.toThrow(/CHECK constraint failed/);
    }
  });

  it("count a stored response once in all, once by each answer and once by each pair of answers", async () => {
    const smallBusiness = answers({
      respondent: "small_business",
      has_kaspersky: "yes",
      products: ["endpoint", "vpn"],
      installed_on: ["windows"],
      devices: "10_49",
      ultraav: "no",
      embedded: "no",
    });
    await store("2025-10-08", 1, smallBusiness, { channel: "api", locale: "es" });
    const rows = await env.DB.prepare(
      "select dim_a, value_a, dim_b, value_b from weekly_counts where week = '2025-10-06' and channel = 'api' and responses = 1",
    ).all();
    const pairs = rows.results.map((r) => `${r.dim_a}=${r.value_a}|${r.dim_b}=${r.value_b}`);
    expect(pairs).toContain("=|=");
    expect(pairs).toContain("locale=es|=");
    expect(pairs).toContain("product=endpoint|=");
    expect(pairs).toContain("product=endpoint|respondent_type=small_business");
    expect(pairs).toContain("outcome=|product=vpn");
    expect(pairs).toContain("sector=|state=");
    // Every fact the SQL knows: a counted answer, the locale and the outcome.
    expect([...FACT_DIMENSIONS].sort()).toEqual([...COUNTED_QUESTIONS.map((q) => q.counted), "locale", "outcome"].sort());
    // Each dimension is one fact, except a multiple-choice one: one per option chosen.
    const choiceQuestion = new Map(CHOICE_FACTS);
    const factsByDimension = FACT_DIMENSIONS.map((dim) => {
      const question = choiceQuestion.get(dim) as MultipleQuestionId | undefined;
      return question ? selected(smallBusiness, question).length : 1;
    });
    expect(factsByDimension.every((n) => n >= 1)).toBe(true);
    const facts = factsByDimension.reduce((a, b) => a + b, 0);
    const sameDimensionPairs = factsByDimension.reduce((a, n) => a + (n * (n - 1)) / 2, 0);
    // Once in all, once by each fact, once by each pair of facts of different dimensions (the two products never pair).
    // E.g. 11 facts (8 single-choice, 2 products, 1 platform): 1 + 11 + 55 − 1 = 66.
    expect(sameDimensionPairs).toBe(1);
    expect(pairs).toHaveLength(1 + facts + (facts * (facts - 1)) / 2 - sameDimensionPairs);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("stay equal to a recount from the stored responses through inserts, call-back changes and outcomes", async () => {
    // Changes are allowed only in a response's own week: this week.
    const today = new Date().toISOString().slice(0, 10);
    const references = [
      ...(await store("2025-10-06", 3)),
      ...(await store(
        today,
        2,
        answers({ has_kaspersky: "yes", products: ["vpn", "password_manager"], installed_on: ["mac", "ios"] }),
        { channel: "hotline" },
      )),
      ...(await store(
        today,
        2,
        answers({ respondent: "critical_infrastructure", sector: "energy", devices: "1_9", state: "VT" }),
      )),
      ...(await store(today, 1)),
    ];
    await replaceAnswers(db(), {
      reference: references[7]!,
      day: today,
      locale: "es",
      answers: answers({ has_kaspersky: "removed", products: ["safe_kids"] }),
      questionnaireVersion: 1,
      guidanceVersion: 1,
    });
    await replaceAnswers(db(), {
      reference: references[5]!,
      day: today,
      locale: "en",
      answers: answers(),
      questionnaireVersion: 1,
      guidanceVersion: 1,
    });
    expect(await recordOutcome(db(), references[3]!, "referred_to_cisa")).toBe(true);
    expect(await recordOutcome(db(), references[3]!, "not_affected")).toBe(true);
    expect(await storedCounts()).toEqual(await recount());
  });

  it("do not change when a write is refused (a taken reference), since they are in the same batch", async () => {
    const [reference] = await store("2025-10-20", 1);
    const before = await storedCounts();
    const again = {
      reference: reference!,
      channel: "web" as const,
      locale: "en",
      questionnaireVersion: 1,
      guidanceVersion: 1,
      day: "2025-10-21",
      answers: answers(),
    };
    expect(await insertResponse(db(), again)).toBe("duplicate");
    expect(await storedCounts()).toEqual(before);
  });
});
