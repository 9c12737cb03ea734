/**
 * Stats answer exactly as before for the same stored responses: the counts the
 * fold writes (pending checks moved and counted later, src/db/pending.ts) equal,
 * cell for cell, counts and key sums, the counts the old write path kept in the
 * same batch as every response, hotline edits and outcomes included.
 */
import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import type { Answers } from "../../src/check/answers";
import { utcDay } from "../../src/check/dates";
import { database } from "../../src/db/client";
import { checkCounts } from "../../src/db/counts-check";
import { insertPending, sweepPending, type PendingCheck } from "../../src/db/pending";
import type { D1Like } from "../../src/db/rebuild";
import { findResponse, insertResponse, recordOutcome, replaceAnswers, type StoredResponse } from "../../src/db/responses";
import { answers } from "../support/answers";
import { resetCoverage, seedResponses, snapshot } from "./counts-fixtures";
import { clearResponses } from "./stats-helpers";

const db = () => database(env.DB);
const today = utcDay(new Date());

const CALLS: readonly Answers[] = [
  answers({ respondent: "household", has_kaspersky: "yes", products: ["vpn", "safe_kids"], installed_on: ["android"] }),
  answers({ respondent: "critical_infrastructure", sector: "energy", has_kaspersky: "removed", products: ["industrial"] }),
  answers({ respondent: "federal_contractor", has_kaspersky: "not_sure" }),
  answers({ respondent: "household", has_kaspersky: "no", state: "TX" }),
];
const CHANGED = answers({ respondent: "small_business", has_kaspersky: "yes", products: ["endpoint", "edr_mdr"] });
const call = (reference: string, given: Answers): StoredResponse => ({
  reference,
  channel: "hotline",
  locale: "es",
  questionnaireVersion: 1,
  guidanceVersion: 1,
  day: today,
  answers: given,
});
const REFERENCES = ["HCALL001", "HCALL002", "HCALL003", "HCALL004"];
const edit = (reference: string) =>
  replaceAnswers(db(), { ...call(reference, CHANGED), locale: "en", questionnaireVersion: 1, guidanceVersion: 1 });

/** Every stored response as the pending check it would have been (its record key kept). */
async function asPending(): Promise<PendingCheck[]> {
  const { results } = await env.DB.prepare("select reference, record_key from responses").all<{
    reference: string;
    record_key: number;
  }>();
  const checks: PendingCheck[] = [];
  for (const { reference, record_key } of results) {
    const { outcome, ...stored } = (await findResponse(db(), reference))!;
    checks.push({ ...stored, ...(outcome && { outcome }), recordKey: record_key });
  }
  return checks;
}

beforeEach(async () => {
  await clearResponses();
  await resetCoverage();
  await env.DB.prepare("delete from pending_responses").run();
});

describe("folded counts equal the old in-batch counts", () => {
  it("on 400 seeded responses over 28 weeks and hotline calls edited and given outcomes, before and after being counted", async () => {
    // The old way: every write counted in its own batch (the seed uses the same SQL, as every write did).
    await seedResponses(400, "2024-12-29");
    for (const [i, reference] of REFERENCES.entries())
      expect(await insertResponse(db(), call(reference, CALLS[i]!))).toBe("stored");
    const keys = await asPending();
    expect(await edit("HCALL001")).toBe(true);
    expect(await edit("HCALL002")).toBe(true);
    expect(await recordOutcome(db(), "HCALL002", "referred_to_cisa")).toBe(true);
    expect(await recordOutcome(db(), "HCALL003", "not_affected")).toBe(true);
    const old = await snapshot();
    expect(old.weekly.length).toBeGreaterThan(5_000);

    // The same responses, with the same record keys, through the new write path: stored pending, folded later.
    await clearResponses();
    const d1: D1Like = env.DB;
    await d1.batch(keys.map((check) => insertPending(d1, check)));
    // A call edited while still pending (the edit folds it first), one given its outcome while pending.
    expect(await edit("HCALL001")).toBe(true);
    expect(await recordOutcome(db(), "HCALL003", "not_affected")).toBe(true);
    expect(await sweepPending(env.DB)).toEqual({ folded: keys.length - 2, failed: 0 });
    // The others changed after they were counted.
    expect(await edit("HCALL002")).toBe(true);
    expect(await recordOutcome(db(), "HCALL002", "referred_to_cisa")).toBe(true);

    expect(await snapshot()).toEqual(old);
    expect((await checkCounts(env.DB)).differences).toEqual([]);
    // About 4 s alone; minutes on a loaded machine.
  }, 120_000);
});
