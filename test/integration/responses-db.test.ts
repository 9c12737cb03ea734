import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/check/answers";
import { newReference } from "../../src/check/reference";
import { auditInsert } from "../../src/db/audit";
import { database } from "../../src/db/client";
import { findResponse, insertResponse, recordOutcome, replaceAnswers } from "../../src/db/responses";
import { answers as answerSet } from "../support/answers";

const db = () => database(env.DB);
/** Today: a response can be changed only in its own week (src/db/responses.ts, isWeekClosed). */
const TODAY = new Date().toISOString().slice(0, 10);
const base = { channel: "hotline" as const, locale: "en", questionnaireVersion: 1, guidanceVersion: 1, day: TODAY };
const answers = answerSet({ has_kaspersky: "yes", products: ["vpn", "password_manager"], installed_on: ["windows"] });

describe("response queries", () => {
  it("store and read back a response, multiple choices in questionnaire order", async () => {
    const reference = newReference();
    expect(await insertResponse(db(), { reference, ...base, answers })).toBe("stored");
    const found = await findResponse(db(), reference);
    expect(found).toEqual({ reference, ...base, outcome: null, answers: { ...answers, products: ["password_manager", "vpn"] } });
  });

  it("report a taken reference as a duplicate and write nothing", async () => {
    const reference = newReference();
    await insertResponse(db(), { reference, ...base, answers });
    const other: Answers = { ...answers, installed_on: ["mac"] };
    expect(await insertResponse(db(), { reference, ...base, answers: other })).toBe("duplicate");
    expect((await findResponse(db(), reference))?.answers.installed_on).toEqual(["windows"]);
  });

  it("replace answers, choices and versions in one batch, keeping the day, with an audit entry", async () => {
    const reference = newReference();
    await insertResponse(db(), { reference, ...base, answers });
    const changed = answerSet({ has_kaspersky: "no", ultraav: "yes" });
    const audit = auditInsert(db(), {
      staff: "a@x.test",
      role: "agent",
      action: "hotline.check.changed",
      detail: { reason: "caller_corrected" },
    });
    expect(
      await replaceAnswers(
        db(),
        { reference, day: TODAY, locale: "es", answers: changed, questionnaireVersion: 1, guidanceVersion: 2 },
        [audit],
      ),
    ).toBe(true);
    const found = await findResponse(db(), reference);
    expect(found).toMatchObject({ day: TODAY, locale: "es", guidanceVersion: 2, answers: changed });
    const log = await env.DB.prepare("select action, detail from audit_log where action = 'hotline.check.changed'").all();
    expect(log.results).toContainEqual({ action: "hotline.check.changed", detail: '{"reason":"caller_corrected"}' });
  });

  it("record an outcome, and say so when the reference is unknown", async () => {
    const reference = newReference();
    await insertResponse(db(), { reference, ...base, answers });
    expect(await recordOutcome(db(), reference, "guided_removal")).toBe(true);
    const row = await env.DB.prepare("select outcome from responses where reference = ?").bind(reference).first();
    expect(row).toEqual({ outcome: "guided_removal" });
    expect(await recordOutcome(db(), "ZZZZZZZZ", "not_affected")).toBe(false);
  });

  it("refuse to change a response once its week is over, and an outcome on anything but a hotline call, leaving the counts alone", async () => {
    const lastWeek = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
    const closed = newReference();
    await insertResponse(db(), { reference: closed, ...base, day: lastWeek, answers });
    const web = newReference();
    await insertResponse(db(), { reference: web, ...base, channel: "web", answers });
    const counts = () => env.DB.prepare("select * from weekly_counts order by 1, 2, 3, 4, 5, 6").raw();
    const before = await counts();
    expect(
      await replaceAnswers(db(), {
        reference: closed,
        day: lastWeek,
        locale: "es",
        answers: answerSet({ has_kaspersky: "no" }),
        questionnaireVersion: 1,
        guidanceVersion: 1,
      }),
    ).toBe(false);
    expect(await recordOutcome(db(), closed, "guided_removal")).toBe(false);
    expect(await recordOutcome(db(), web, "guided_removal")).toBe(false);
    expect(await findResponse(db(), closed)).toMatchObject({
      locale: "en",
      answers: { has_kaspersky: answers.has_kaspersky },
      outcome: null,
    });
    expect(await findResponse(db(), web)).toMatchObject({ outcome: null });
    expect(await counts()).toEqual(before);
  });
});
