import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { GUIDANCE_VERSION } from "../../src/check/guidance/rules";
import { QUESTIONNAIRE_VERSION } from "../../src/check/questionnaire";
import { newReference } from "../../src/check/reference";
import { database } from "../../src/db/client";
import { insertResponse } from "../../src/db/responses";
import { catalogFor, fill, formatDay } from "../../src/i18n";
import { answers } from "../support/answers";
import { get, texts } from "./helpers";
import { AGENT_HEADERS } from "./staff-tokens";

const today = () => new Date().toISOString().slice(0, 10);

/** A check stored this week (so it is not frozen) with the given guidance version. */
async function storeWith(guidanceVersion: number) {
  const reference = newReference();
  const day = today();
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

/**
 * A check as questionnaire 2 and guidance 2 stored it: Kaspersky on, the devices used
 * ("platforms": Windows and iPhone) as choices, and no answer on where Kaspersky is installed.
 */
async function storeVersion2() {
  const reference = newReference();
  const set = answers({ has_kaspersky: "yes", products: ["consumer_current"] });
  const { installed_on: _notAskedThen, ...given } = set;
  const stored = { reference, channel: "hotline" as const, locale: "en", questionnaireVersion: 2, guidanceVersion: 2 };
  expect(await insertResponse(database(env.DB), { ...stored, day: today(), answers: given })).toBe("stored");
  await env.DB.prepare("INSERT INTO response_choices VALUES (?1, 'platforms', 'windows'), (?1, 'platforms', 'ios')")
    .bind(reference)
    .run();
  return reference;
}

type ApiStep = { id: string; title: string; new?: true };

describe("a reopened check whose advice has changed", () => {
  const words = catalogFor("en").pages.result;
  // As the page writes it: HTML escapes the apostrophe in "today's".
  const notice = (day: string) => fill(words.adviceUpdated, { date: formatDay(day, "en") }).replaceAll("'", "&#39;");

  it("says so on the result page and gives the API changedSince, the day of the check", async () => {
    const { reference, day } = await storeWith(GUIDANCE_VERSION - 1);
    expect(await (await get(`/result/${reference}`)).text()).toContain(notice(day));
    const body = await (await get(`/api/v1/checks/${reference}`)).json<{ changedSince?: string }>();
    expect(body.changedSince).toBe(day);
  });

  it("says nothing when the check was made with today's guidance, and marks nothing new", async () => {
    const { reference } = await storeWith(GUIDANCE_VERSION);
    const html = await (await get(`/result/${reference}`)).text();
    expect(html).not.toContain(words.newStepsMarked);
    expect(html).not.toContain("step__new");
    const body = await (await get(`/api/v1/checks/${reference}`)).json<{ guidance: { steps: ApiStep[] } }>();
    expect(body).not.toHaveProperty("changedSince");
    expect(body.guidance.steps.filter((s) => s.new)).toEqual([]);
  });

  it("marks the steps that were not in the day's advice, on the web, in the API and in the hotline script", async () => {
    const reference = await storeVersion2();
    const body = await (await get(`/api/v1/checks/${reference}`)).json<{
      changedSince: string;
      guidance: { steps: ApiStep[] };
    }>();
    expect(body.changedSince).toBe(today());
    const ids = body.guidance.steps.map((s) => s.id);
    // Questionnaire 2 never asked where Kaspersky is: today that reads as "not sure", so every device's steps show ...
    expect(ids).toEqual(
      expect.arrayContaining(["find_installed", "uninstall_windows", "uninstall_mac", "uninstall_android", "uninstall_ios"]),
    );
    // ... and only the ones version 2 did not give (it followed the devices used: Windows and iPhone) are new.
    expect(body.guidance.steps.filter((s) => s.new).map((s) => s.id)).toEqual([
      "find_installed",
      "uninstall_mac",
      "uninstall_android",
    ]);

    const html = await (await get(`/result/${reference}`)).text();
    expect(html).toContain(words.newStepsMarked);
    const marked = texts(html, "h3").filter((title) => title.startsWith(`${words.newStep} `));
    expect(marked).toEqual(body.guidance.steps.filter((s) => s.new).map((s) => `${words.newStep} ${s.title}`));

    const script = await (await get(`/hotline/checks/${reference}`, AGENT_HEADERS)).text();
    const hotline = catalogFor("en").hotline;
    expect(script).toContain(fill(hotline.adviceUpdated, { date: formatDay(today(), "en") }));
    expect(texts(script, "h3").filter((title) => title.startsWith(`${hotline.newStep} `))).toEqual(marked);
  });
});
