import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { GUIDANCE_VERSION } from "../../src/check/guidance/rules";
import { QUESTIONNAIRE_VERSION } from "../../src/check/questionnaire";
import { newReference } from "../../src/check/reference";
import { database } from "../../src/db/client";
import { insertResponse } from "../../src/db/responses";
import { catalogFor } from "../../src/i18n";
import { answers } from "../support/answers";
import { get } from "./helpers";

/** A check stored this week (so it is not frozen) with the given guidance version. */
async function storeWith(guidanceVersion: number) {
  const reference = newReference();
  const day = new Date().toISOString().slice(0, 10);
  const response = {
    reference,
    channel: "web" as const,
    locale: "en",
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    guidanceVersion,
    day,
  };
  expect(
    await insertResponse(database(env.DB), { ...response, answers: answers({ has_kaspersky: "yes", products: ["vpn"] }) }),
  ).toBe("stored");
  return { reference, day };
}

describe("a reopened check whose advice has changed", () => {
  const notice = catalogFor("en").pages.result.adviceUpdated;

  it("says so on the result page and gives the API changedSince, the day of the check", async () => {
    const { reference, day } = await storeWith(GUIDANCE_VERSION - 1);
    expect(await (await get(`/result/${reference}`)).text()).toContain(notice);
    const body = await (await get(`/api/v1/checks/${reference}`)).json<{ changedSince?: string }>();
    expect(body.changedSince).toBe(day);
  });

  it("says nothing when the check was made with today's guidance", async () => {
    const { reference } = await storeWith(GUIDANCE_VERSION);
    expect(await (await get(`/result/${reference}`)).text()).not.toContain(notice);
    const body = await (await get(`/api/v1/checks/${reference}`)).json<Record<string, unknown>>();
    expect(body).not.toHaveProperty("changedSince");
  });
});
