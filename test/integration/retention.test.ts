import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import { database } from "../../src/db/client";
import { insertResponse } from "../../src/db/responses";
import { purgeExpired } from "../../src/handlers/scheduled";
import worker from "../../src/index";
import { Browser, get, texts } from "./helpers";
import { answers } from "../support/answers";
import { clearResponses, stats, store } from "./stats-helpers";
import { AGENT_HEADERS } from "./staff-tokens";
import { holdExpectedLogs } from "../support/console";

/** 400 days after this day, the cron runs: responses from before 2024-09-02 are then older than 400 days. */
const CRON_AT = new Date("2025-10-07T03:17:00Z");

async function runCron(at: Date = CRON_AT) {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ scheduledTime: at, cron: "17 3 * * *" }), env, ctx);
  await waitOnExecutionContext(ctx);
}

const remaining = async () => (await env.DB.prepare("select count(*) as n from responses").first<{ n: number }>())!.n;

beforeEach(clearResponses);

describe("the retention purge", () => {
  it("deletes responses older than RETENTION_DAYS on the daily cron, and every stats answer stays the same", async () => {
    const old = [
      ...(await store("2024-08-05", 14)),
      ...(await store("2024-08-06", 3, answers({ has_kaspersky: "yes", products: ["vpn"] }))),
      ...(await store("2024-09-01", 12, answers({ embedded: "yes" }), { channel: "hotline", outcome: "guided_removal" })),
    ];
    const kept = await store("2024-09-02", 11);
    const questions: Record<string, string>[] = [
      {},
      { group_by: "product" },
      { group_by: "week" },
      { group_by: "day,channel" },
      { group_by: "embedded,outcome" },
      { group_by: "month", channel: "hotline" },
    ];
    const before = await Promise.all(questions.map((q) => stats({ from: "2024-07-01", to: "2024-09-30", ...q })));

    await runCron();
    expect(await remaining()).toBe(kept.length);
    const purged = await env.DB.prepare("select count(*) as n from purged_references").first<{ n: number }>();
    expect(purged!.n).toBe(old.length);
    expect(await env.DB.prepare("select count(*) as n from response_choices where reference = ?").bind(old[14]).first()).toEqual({
      n: 0,
    });
    const after = await Promise.all(questions.map((q) => stats({ from: "2024-07-01", to: "2024-09-30", ...q })));
    expect(after).toEqual(before);
  });

  it("answers 410 Gone, with why, for a purged reference: result page, API and hotline", async () => {
    const [reference] = await store("2024-08-05", 1);
    await runCron();
    const page = await get(`/result/${reference}`);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(texts(html, "h1")).toEqual(["This check has been deleted"]);
    expect(html).toContain("400 days after it was made");

    const api = await get(`/api/v1/checks/${reference}`);
    expect(api.status).toBe(410);
    expect(await api.json()).toMatchObject({
      error: { status: 410, message: expect.stringContaining("deleted 400 days after it was made") },
    });

    const agent = new Browser(AGENT_HEADERS);
    const reopen = await agent.get(`/hotline/open?reference=${reference}`);
    expect(reopen.status).toBe(410);
    expect(await reopen.text()).toContain(`The check ${reference} was deleted 400 days after it was made`);
    expect((await agent.get(`/hotline/checks/${reference}`)).status).toBe(410);
    expect((await agent.get(`/hotline/checks/${reference}/edit`)).status).toBe(410);
    // An unknown reference is still just not found.
    expect((await get("/result/ZZZZZZZZ")).status).toBe(404);
    expect((await get("/api/v1/checks/ZZZZZZZZ")).status).toBe(404);
  });

  it("never gives a purged reference to a new check", async () => {
    const [reference] = await store("2024-08-05", 1);
    await runCron();
    const again = {
      reference: reference!,
      channel: "web" as const,
      locale: "en",
      questionnaireVersion: 1,
      guidanceVersion: 1,
      day: "2025-10-07",
      answers: answers(),
    };
    expect(await insertResponse(database(env.DB), again)).toBe("duplicate");
    expect(await remaining()).toBe(0);
  });

  it("keeps everything when RETENTION_DAYS is not a whole number of days", async () => {
    await store("2024-08-05", 2);
    const release = holdExpectedLogs("error", /RETENTION_DAYS/);
    expect(await purgeExpired({ DB: env.DB, RETENTION_DAYS: "400d" }, CRON_AT)).toBe(0);
    expect(release()).toEqual(['RETENTION_DAYS must be a whole number of days; "400d" is not. Nothing was purged.']);
    expect(await remaining()).toBe(2);
    expect(await purgeExpired({ DB: env.DB, RETENTION_DAYS: "30" }, CRON_AT)).toBe(2);
  });
});
