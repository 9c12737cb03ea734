import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../src/check/answers";
import { QUESTIONS, conditionHolds, questionOf, type QuestionId } from "../../src/check/questionnaire";
import { catalogFor, questionWords } from "../../src/i18n";
import { answers } from "../support/answers";
import { Browser, get, hiddenFields, location, texts } from "./helpers";

/**
 * One page of the web form: the question, the answer chosen on it (typed by
 * the registry; "" is a drop-down list's empty choice) and where it goes next.
 */
type Step = { [Q in QuestionId]: [Q, NonNullable<Answers[Q]> | "", string] }[QuestionId];

/**
 * The pages of the web form for a complete answer set (from the test builder),
 * in registry order: each question whose `when` holds, the answer posted on it
 * (an optional question left unanswered posts its drop-down's empty choice) and
 * the next applicable question, or the summary after the last.
 */
function journey(set: Answers): Step[] {
  const asked = QUESTIONS.filter((q) => conditionHolds(q.when, set));
  return asked.map((question, i) => {
    const value = (set as Record<string, string | readonly string[] | undefined>)[question.id];
    if (value === undefined && (question.required || question.emptyChoice === undefined)) {
      throw new Error(`journey: no answer for "${question.id}"`);
    }
    const next = asked[i + 1] ? `/check/${asked[i + 1]!.id}` : "/check/answers";
    return [question.id, value ?? "", next] as Step;
  });
}

/** The steps before the page of this question. */
function upTo(steps: Step[], question: QuestionId): Step[] {
  const index = steps.findIndex(([id]) => id === question);
  if (index < 0) throw new Error(`upTo: "${question}" is not on this journey`);
  return steps.slice(0, index);
}

/** The step of this question. */
function stepOf(steps: Step[], question: QuestionId): Step {
  const step = steps.find(([id]) => id === question);
  if (!step) throw new Error(`stepOf: "${question}" is not on this journey`);
  return step;
}

/** Answers each question in turn, checking every redirect goes where the journey says. */
async function answerAll(browser: Browser, steps: Step[]) {
  for (const [question, value, next] of steps) {
    const page = await browser.get(`/check/${question}`);
    expect(page.status, question).toBe(200);
    const res = await browser.post(`/check/${question}`, { [question]: value });
    expect(res.status, question).toBe(303);
    expect(location(res), question).toBe(next);
  }
}

/** A household that has Kaspersky: the answers the household journey gives, every other question its builder default. */
const household = answers({
  has_kaspersky: "yes",
  products: ["password_manager", "vpn"],
  installed_on: ["windows", "ios"],
  ultraav: "no",
  embedded: "no",
});
const householdJourney = journey(household);

async function submit(browser: Browser) {
  const summary = await (await browser.get("/check/answers")).text();
  const fields = hiddenFields(summary);
  return { summary, reference: fields.reference!, res: await browser.post("/check/answers", fields) };
}

describe("the public self-check", () => {
  it("takes a household from the first question to a stored result it can open again", async () => {
    // What this journey is about: a household is never asked its sector or device count, having Kaspersky opens
    // the products, and the optional state can be left on the drop-down's empty choice.
    const asked = householdJourney.map(([id]) => id);
    for (const skipped of ["sector", "devices"] as const) expect(asked).not.toContain(skipped);
    expect(householdJourney[0]).toEqual(["respondent", "household", "/check/has_kaspersky"]);
    expect(stepOf(householdJourney, "has_kaspersky")).toEqual(["has_kaspersky", "yes", "/check/products"]);
    expect(stepOf(householdJourney, "state")[1]).toBe("");
    expect(householdJourney.at(-1)![2]).toBe("/check/answers");

    const browser = new Browser();
    await answerAll(browser, householdJourney);
    const { summary, reference, res } = await submit(browser);
    // One row per question asked, in order, under its short label.
    const catalog = catalogFor("en");
    expect(texts(summary, "dt")).toEqual(asked.map((id) => questionWords(catalog, id).short));
    expect(texts(summary, "dt")).toEqual(
      expect.arrayContaining([
        "Answering for",
        "Has Kaspersky",
        "Kaspersky products",
        "Kaspersky installed on",
        "State or territory",
      ]),
    );
    for (const skipped of ["Sector", "Number of devices"]) expect(texts(summary, "dt")).not.toContain(skipped);
    expect(summary).toContain('href="/check/products?change=1"');
    expect(res.status).toBe(303);
    expect(location(res)).toBe(`/result/${reference}`);

    const result = await (await browser.get(`/result/${reference}`)).text();
    expect(result).toContain(`${reference.slice(0, 4)}-${reference.slice(4)}`);
    const titles = texts(result, "h3");
    expect(titles.indexOf("Export your passwords before you uninstall")).toBeLessThan(
      titles.indexOf("Uninstall Kaspersky from any Windows computer that has it"),
    );
    expect(titles).toContain("Remove Kaspersky from any iPhone or iPad that has it");
    expect(result).toContain("Why you see this");

    // Later, in another browser, the same reference shows the same steps.
    const again = await (await new Browser().get(`/result/${reference}`)).text();
    expect(texts(again, "h3")).toEqual(titles);
    // The answers cookie is cleared once the check is stored.
    expect(browser.cookieHeader).toBe("");
  });

  it("shows the question again with an error summary when nothing is chosen", async () => {
    const res = await new Browser().post("/check/respondent", {});
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(texts(html, "title")[0]).toMatch(/^Error: Who are you answering for\?/);
    expect(html).toMatch(/role="alert"[^>]*autofocus/);
    expect(html).toMatch(/<a [^>]*href="#respondent">Select an answer to “Who are you answering for\?”<\/a>/);
    expect(html).toContain('aria-describedby="respondent-hint respondent-error"');
  });

  it("refuses an option that is not offered, such as a business product for a household", async () => {
    const browser = new Browser();
    await answerAll(browser, upTo(householdJourney, "products"));
    const res = await browser.post("/check/products", { products: ["industrial"] });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Select one of the options shown");
  });

  it("sends someone who is not sure to help on how to check, then back to the question", async () => {
    const browser = new Browser();
    await answerAll(browser, upTo(householdJourney, "has_kaspersky"));
    const res = await browser.post("/check/has_kaspersky", { has_kaspersky: "not_sure" });
    expect(location(res)).toBe("/check/not-sure");
    const help = await (await browser.get("/check/not-sure")).text();
    expect(texts(help, "h1")).toEqual(["How to check whether you have Kaspersky"]);
    expect(help).toContain('href="/check/has_kaspersky"');
    // On to the question after it for someone not sure (products are not asked then).
    const onwards = stepOf(journey(answers({ has_kaspersky: "not_sure" })), "has_kaspersky")[2];
    expect(onwards).not.toBe("/check/products");
    expect(help).toContain(`href="${onwards}"`);
  });

  it("follows a Change back to the summary, or into questions the change opened", async () => {
    const browser = new Browser();
    // Every required question answered, the optional ones (state) left for later.
    const steps = journey(answers({ has_kaspersky: "no", ultraav: "no" }));
    expect(steps.map(([id]) => id)).not.toContain("products");
    await answerAll(
      browser,
      steps.filter(([id]) => questionOf(id).required),
    );
    expect(location(await browser.post("/check/ultraav?change=1", { ultraav: "yes" }))).toBe("/check/answers");
    expect(location(await browser.post("/check/has_kaspersky?change=1", { has_kaspersky: "yes" }))).toBe(
      "/check/products?change=1",
    );
    // Having Kaspersky opens two questions: the products, then where it is installed.
    expect(location(await browser.post("/check/products?change=1", { products: ["vpn"] }))).toBe("/check/installed_on?change=1");
    expect(location(await browser.post("/check/installed_on?change=1", { installed_on: ["android"] }))).toBe("/check/answers");
    const summary = texts(await (await browser.get("/check/answers")).text(), "dd");
    expect(summary).toContain("Kaspersky VPN Secure Connection");
    expect(summary).toContain("Android phones or tablets");
  });

  it("redirects a deep link past unanswered questions to the first one", async () => {
    const res = await new Browser().get("/check/embedded");
    expect(res.status).toBe(303);
    expect(location(res)).toBe("/check/respondent");
    expect(location(await new Browser().get("/check/answers"))).toBe("/check/respondent");
  });

  it("stores a double-submitted check once", async () => {
    const browser = new Browser();
    await answerAll(browser, householdJourney);
    const summary = await (await browser.get("/check/answers")).text();
    const fields = hiddenFields(summary);
    const reference = fields.reference!;
    const cookie = browser.cookieHeader;
    const first = await browser.post("/check/answers", fields, { cookie });
    const second = await browser.post("/check/answers", fields, { cookie });
    expect(location(first)).toBe(`/result/${reference}`);
    expect(location(second)).toBe(`/result/${reference}`);
    const rows = await env.DB.prepare("select count(*) as n from responses where reference = ?")
      .bind(reference)
      .first<{ n: number }>();
    expect(rows!.n).toBe(1);
  });

  it("explains, rather than crashes, when the answers were lost", async () => {
    const res = await new Browser().post("/check/answers", { reference: "KX7P4M2Q" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Your answers were not kept");
  });

  it("answers an oversized form with a 413 page", async () => {
    const res = await new Browser().post("/check/respondent", { respondent: "household", padding: "x".repeat(20_000) });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("That was more than a form sends");
  });

  it("answers a broken multipart body with a 400 page, not a crash", async () => {
    const res = await new Browser().post("/check/respondent", {}, { "content-type": "multipart/form-data; boundary=x" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("We could not read that form");
  });

  it("refuses a form posted from another website", async () => {
    const res = await new Browser().post("/check/respondent", { respondent: "household" }, { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("We could not accept that form");
  });

  it("gives an unknown reference a helpful 404 page, and finds a typed code", async () => {
    const missing = await get("/result/ZZZZZZZZ");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("We could not find that reference code");
    expect(location(await get("/result?reference=kx7p-4m2q"))).toBe("/result/KX7P4M2Q");
    const typo = await get("/result?reference=hello");
    expect(typo.status).toBe(400);
    expect(await typo.text()).toContain("Enter a reference code of 8 letters and numbers");
  });

  it("answers unknown pages with a 404 page and serves the stylesheet for a year", async () => {
    const res = await get("/no-such-page");
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Page not found");
    const page = await (await get("/")).text();
    const css = /href="(\/assets\/site\.[0-9a-f]+\.css)"/.exec(page)![1]!;
    const sheet = await get(css);
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get("cache-control")).toContain("immutable");
  });
});
