/**
 * What the counts mean, computed here in plain TypeScript from each check's
 * answers, independently of the SQL that keeps them (src/db/aggregate-sql.ts):
 * for every week and channel, one cell in all, one by each fact (a counted
 * answer, the locale, the outcome) and one by each pair of facts of two
 * dimensions; by day, in all and by each fact; each with its count and the sum
 * of its record keys. The other counts tests compare the SQL with itself (a
 * recount, the old in-batch write), so this one is what lets the SQL change
 * form (e.g. to fold faster) without changing what it counts.
 */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { drawDays, random, referenceCode, seedAnswers } from "../../scripts/seed-data";
import type { Answers } from "../../src/check/answers";
import { selected } from "../../src/check/questionnaire";
import { CALL_CHANNELS, CHANNELS, OUTCOMES } from "../../src/check/vocabulary";
import { insertPending, sweepPending, type PendingCheck } from "../../src/db/pending";
import type { D1Like } from "../../src/db/rebuild";
import { weekOf } from "../../src/stats/calendar";
import { COUNTED_QUESTIONS } from "../../src/stats/dimensions";
import { snapshot } from "./counts-fixtures";
import { clearResponses } from "./stats-helpers";

/** A check's facts as [dimension, value] pairs. */
function factsOf(check: PendingCheck): (readonly [string, string])[] {
  const answers = check.answers as Readonly<Record<string, string | readonly string[] | undefined>>;
  const facts: (readonly [string, string])[] = [];
  for (const q of COUNTED_QUESTIONS) {
    if (q.kind === "single") {
      facts.push([q.counted, (answers[q.id] as string | undefined) ?? ""]);
      continue;
    }
    const options = selected(check.answers, q.id);
    for (const option of options) facts.push([q.counted, option]);
    // A question not always asked (or one that may be left empty) is counted as "" when nothing was chosen.
    if (!options.length && (q.when !== undefined || !q.required)) facts.push([q.counted, ""]);
  }
  facts.push(["locale", check.locale]);
  const isCall = (CALL_CHANNELS as readonly string[]).includes(check.channel);
  facts.push(["outcome", check.outcome ?? (isCall ? "not_recorded" : "")]);
  return facts;
}

type Row = (string | number)[];
const byKey = (width: number) => (a: Row, b: Row) => {
  for (let i = 0; i < width; i++) if (a[i] !== b[i]) return String(a[i]) < String(b[i]) ? -1 : 1;
  return 0;
};

/** Both count tables as they should be for these checks, in snapshot()'s order. */
function expectedCounts(checks: readonly PendingCheck[]) {
  const weekly = new Map<string, Row>();
  const daily = new Map<string, Row>();
  const add = (cells: Map<string, Row>, key: string[], recordKey: number) => {
    const id = JSON.stringify(key);
    const row = cells.get(id) ?? [...key, 0, 0];
    row[key.length] = (row[key.length] as number) + 1;
    row[key.length + 1] = (row[key.length + 1] as number) + recordKey;
    cells.set(id, row);
  };
  for (const check of checks) {
    const facts = factsOf(check);
    const week = weekOf(check.day);
    add(weekly, [week, check.channel, "", "", "", ""], check.recordKey);
    add(daily, [check.day, check.channel, "", ""], check.recordKey);
    for (const [dim, value] of facts) {
      add(weekly, [week, check.channel, dim, value, "", ""], check.recordKey);
      add(daily, [check.day, check.channel, dim, value], check.recordKey);
      for (const [other, otherValue] of facts)
        if (dim < other) add(weekly, [week, check.channel, dim, value, other, otherValue], check.recordKey);
    }
  }
  return { weekly: [...weekly.values()].sort(byKey(6)), daily: [...daily.values()].sort(byKey(4)) };
}

/** Seeded answer sets over about 26 weeks, on every channel, calls with and without an outcome. */
function checksToFold(count: number): PendingCheck[] {
  const rand = random(7);
  return drawDays(rand, count, "2024-12-29").map((day, i): PendingCheck => {
    const channel = CHANNELS[i % CHANNELS.length]!;
    const isCall = (CALL_CHANNELS as readonly string[]).includes(channel);
    return {
      reference: referenceCode(700_000, i),
      channel,
      locale: rand() < 0.2 ? "es" : "en",
      questionnaireVersion: 1,
      guidanceVersion: 1,
      day,
      answers: seedAnswers(rand, day) as Answers,
      ...(isCall && rand() < 0.5 && { outcome: OUTCOMES[i % OUTCOMES.length] }),
      recordKey: Math.floor(rand() * 2 ** 31),
    };
  });
}

beforeEach(async () => {
  await clearResponses();
  await env.DB.prepare("delete from pending_responses").run();
});

describe("the counts a fold writes", () => {
  it("are, cell for cell, the counts worked out from each check's answers", async () => {
    const checks = checksToFold(300);
    const d1: D1Like = env.DB;
    await d1.batch(checks.map((check) => insertPending(d1, check)));
    expect(await sweepPending(env.DB)).toEqual({ folded: checks.length, failed: 0 });

    const expected = expectedCounts(checks);
    // The sample reaches what the SQL treats apart: every channel, calls without an outcome, "" facts, pairs.
    const outcomes = new Set(expected.daily.filter((r) => r[2] === "outcome").map((r) => r[3]));
    expect(outcomes).toContain("not_recorded");
    expect(outcomes).toContain("");
    expect(new Set(expected.daily.map((r) => r[1]))).toEqual(new Set(CHANNELS));
    expect(expected.weekly.length).toBeGreaterThan(5_000);

    const stored = await snapshot();
    expect(stored.daily).toEqual(expected.daily);
    expect(stored.weekly).toEqual(expected.weekly);
  }, 60_000);
});
