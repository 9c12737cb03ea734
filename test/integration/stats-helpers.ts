/** Storing responses on chosen days, and asking the stats API as an analyst. */
import { env } from "cloudflare:test";
import type { Answers } from "../../src/check/answers";
import { newReference } from "../../src/check/reference";
import type { Channel, Outcome } from "../../src/check/vocabulary";
import { database } from "../../src/db/client";
import { insertResponse } from "../../src/db/responses";
import { perturb } from "../../src/stats/cell-key";
import { answers } from "../support/answers";
import { get } from "./helpers";
import { analystHeaders } from "./staff-tokens";

export { analystHeaders };

/** Stores `count` copies of a response on `day` (by default a household without Kaspersky), each with a fresh reference, as the write path does. */
export async function store(
  day: string,
  count: number,
  given: Answers = answers(),
  extra: { channel?: Channel; outcome?: Outcome; locale?: string } = {},
): Promise<string[]> {
  const references: string[] = [];
  for (let i = 0; i < count; i++) {
    const reference = newReference();
    const { channel = "web", locale = "en", outcome } = extra;
    await insertResponse(database(env.DB), {
      reference,
      channel,
      locale,
      questionnaireVersion: 1,
      guidanceVersion: 1,
      day,
      answers: given,
      ...(outcome && { outcome }),
    });
    references.push(reference);
  }
  return references;
}

/** Empties responses and counts, so a test (or a property run) starts from nothing. */
export async function clearResponses(): Promise<void> {
  await env.DB.batch(
    ["responses", "weekly_counts", "daily_counts", "purged_references"].map((t) => env.DB.prepare(`delete from ${t}`)),
  );
}

/** The published count of exactly these responses: their count plus the noise their record keys fix (src/stats/cell-key.ts). */
export async function noisy(references: readonly string[]): Promise<number> {
  const row = await env.DB.prepare(
    "select count(*) as n, coalesce(sum(record_key), 0) as keys from responses where reference in (select value from json_each(?))",
  )
    .bind(JSON.stringify(references))
    .first<{ n: number; keys: number }>();
  return perturb({ count: row!.n, keys: row!.keys });
}

export interface StatsBody {
  protection: { method: string; noise_sd: number };
  group_by: string[];
  from: string;
  to: string;
  channel: string | null;
  rows: Record<string, string | number | boolean | null>[];
  total: number | null;
  subtotals?: Record<string, Record<string, string | number | boolean | null>[]>;
}

/** GET /api/v1/stats with these parameters, as an analyst. */
export async function askStats(params: Record<string, string>, headers: Record<string, string> = {}) {
  return get(`/api/v1/stats?${new URLSearchParams(params)}`, { ...(await analystHeaders()), ...headers });
}

export async function stats(params: Record<string, string>): Promise<StatsBody> {
  const res = await askStats(params);
  if (res.status !== 200) throw new Error(`stats answered ${res.status}: ${await res.text()}`);
  return res.json<StatsBody>();
}
