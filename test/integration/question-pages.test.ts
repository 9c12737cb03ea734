import { describe, expect, it } from "vitest";
import { BUSINESS_PRODUCTS, CONSUMER_PRODUCTS } from "../../src/check/questionnaire";
import { answers } from "../support/answers";
import { Browser, texts } from "./helpers";

/** Answers every question before `stop`, as a visitor would, one page at a time. */
async function answerUpTo(browser: Browser, given: Record<string, string | readonly string[]>, stop: string) {
  for (const [question, value] of Object.entries(given)) {
    if (question === stop) return;
    await browser.post(`/check/${question}`, { [question]: value });
  }
}

const optionValues = (html: string) => [...html.matchAll(/name="products" value="([^"]+)"/g)].map((m) => m[1]);

describe("question pages", () => {
  it("the first question has a Back link to the start page", async () => {
    const html = await (await new Browser().get("/check/respondent")).text();
    expect(html).toContain('<a class="usa-link back-link" href="/">Back</a>');
  });

  it("a drop-down question's heading is the same big heading as every other question's, with its hint spaced", async () => {
    const browser = new Browser();
    const household = answers({ has_kaspersky: "no" });
    await answerUpTo(browser, household, "state");
    const state = await (await browser.get("/check/state")).text();
    expect(state).toMatch(/<h1 class="question-title"><label class="question-title__label" for="state">[^<]+<\/label><\/h1>/);
    expect(state).toContain('<div class="usa-hint question-hint" id="state-hint">');
    const first = await (await browser.get("/check/respondent")).text();
    expect(first).toContain('<h1 class="question-title">');
  });

  it("groups the products an organization is offered into home and business products, each with a hint", async () => {
    const browser = new Browser();
    const business = answers({ respondent: "small_business", has_kaspersky: "yes" });
    await answerUpTo(browser, business, "products");
    const html = await (await browser.get("/check/products")).text();
    expect(texts(html, "legend").slice(1)).toEqual(["Home products", "Business products"]);
    expect(html).toContain('<fieldset class="usa-fieldset option-group" aria-describedby="products-business-hint">');
    // Home products first, then business products, then the rest; the first box keeps the question's id.
    expect(optionValues(html)).toEqual([...CONSUMER_PRODUCTS, ...BUSINESS_PRODUCTS, "other_or_unknown"]);
    expect(html).toContain('id="products" name="products" value="consumer_classic"');
  });

  it("shows a household's products without groups: it is offered home products only", async () => {
    const browser = new Browser();
    await answerUpTo(browser, answers({ has_kaspersky: "yes" }), "products");
    const html = await (await browser.get("/check/products")).text();
    expect(html).not.toContain("option-group");
    expect(optionValues(html)).toEqual([...CONSUMER_PRODUCTS, "other_or_unknown"]);
  });

  it("keeps codes in hints whole", async () => {
    const html = await (await new Browser().get("/")).text();
    expect(html).toContain('<span class="nowrap">KX7P-4M2Q</span>');
  });
});

describe("check your answers", () => {
  it("lists several answers to one question as a list, and one answer as text", async () => {
    const browser = new Browser();
    const household = answers({
      has_kaspersky: "yes",
      products: ["consumer_current", "password_manager"],
      installed_on: ["windows"],
    });
    for (const [question, value] of Object.entries(household)) await browser.post(`/check/${question}`, { [question]: value });
    const html = await (await browser.get("/check/answers")).text();
    expect(html).toMatch(/<ul class="usa-list summary-list__items"><li>[^<]+<\/li><li>Kaspersky Password Manager<\/li><\/ul>/);
    expect(html).toContain('<dd class="summary-list__value">Windows computers</dd>');
  });
});
