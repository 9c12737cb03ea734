/**
 * One flow, every channel: for many answer sets drawn from the registry
 * (fast-check), the check completed through the public API, the hotline desk's
 * form and the phone line's keypad (a test phone that listens to the TwiML and
 * presses the keys a caller would) gives the same guidance steps, in both
 * languages. A question or option added to the registry is drawn here too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/check/answers";
import { LOCALES, type Locale } from "../../src/i18n";
import { anyAnswers } from "../support/reachable";
import { Browser, get, location, postJson } from "./helpers";
import { callAndAnswer, heardReference } from "./ivr-phone";
import { AGENT_HEADERS } from "./staff-tokens";

type Steps = { guidance: { steps: { id: string }[] } };
const stepIds = (body: Steps) => body.guidance.steps.map((s) => s.id);

async function byApi(answers: Answers, locale: Locale): Promise<string[]> {
  const res = await postJson("/api/v1/checks", { answers, lang: locale });
  expect(res.status).toBe(201);
  return stepIds((await res.json()) as Steps);
}

async function byDesk(answers: Answers, locale: Locale): Promise<string[]> {
  const res = await new Browser(AGENT_HEADERS).post("/hotline", { ...answers, caller_lang: locale, action: "submit" });
  expect(res.status).toBe(303);
  const reference = /^\/hotline\/checks\/([A-Z0-9]{8})$/.exec(location(res))![1]!;
  return stepIds((await (await get(`/api/v1/checks/${reference}`)).json()) as Steps);
}

async function byPhone(answers: Answers, locale: Locale): Promise<string[]> {
  const reference = heardReference(await callAndAnswer(answers, locale));
  return stepIds((await (await get(`/api/v1/checks/${reference}`)).json()) as Steps);
}

describe("the API, the hotline desk and the phone line agree", () => {
  it("give the same steps for any answer set, in either language", async () => {
    await fc.assert(
      fc.asyncProperty(anyAnswers, fc.constantFrom(...LOCALES), async (answers, locale) => {
        const api = await byApi(answers, locale);
        expect(await byDesk(answers, locale)).toEqual(api);
        expect(await byPhone(answers, locale)).toEqual(api);
      }),
      { numRuns: 25, seed: 15 },
    );
  });
});
