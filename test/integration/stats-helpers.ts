/** Storing responses on chosen days, and asking the stats API as an analyst. */
import { env } from "cloudflare:test";
import type { Answers } from "../../src/check/answers";
import { newReference } from "../../src/check/reference";
import type { Channel, Outcome } from "../../src/check/vocabulary";
import { database } from "../../src/db/client";
import { insertResponse } from "../../src/db/responses";
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
    await insertResponse(database(env.DB), { reference, channel, locale, questionnaireVersion: 1, guidanceVersion: 1, day, answers: given, ...(outcome && { outcome }) });
    references.push(reference);
  }
  return references;
}

/** Empties responses and counts, so a test (or a property run) starts from nothing. */
export async function clearResponses(): Promise<void> {
  await env.DB.batch(["responses", "weekly_counts", "daily_counts", "purged_references"].map((t) => env.DB.prepare(`delete from ${t}`)));
}

export interface StatsBody {
  k: number;
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
