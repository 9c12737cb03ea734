/**
 * The self-check in Spanish, the way a Spanish speaker on a phone with
 * JavaScript off and only a keyboard does it: switch language with the header
 * link, make one mistake and correct it through the error summary, and get the
 * result in Spanish. Words are the Spanish catalog's (src/i18n/es/).
 */
// The catalogs from their sources (the Worker reads them from a static file; src/i18n/index.ts).
import "../../src/i18n/bundled";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuestionId } from "../../src/check/questionnaire";
import { catalogFor, fill, optionLabel, questionWords } from "../../src/i18n";
import { launchBrowser, openContext } from "./browser";
import { focused, followErrorLinkAndChoose, hasId, isButton, isLink, pressForNewPage, tabTo } from "./keyboard";

const es = catalogFor("es");
const en = catalogFor("en");
const title = (question: QuestionId) => questionWords(es, question).title;

const clean = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();
const path = (page: Page) => new URL(page.url()).pathname;
const heading = async (page: Page) => clean(await page.locator("h1").first().textContent());
const language = (page: Page) => page.locator("html").getAttribute("lang");

/** Tabs to Continuar and submits the question; resolves with the response of the page it lands on. */
async function continueWith(page: Page) {
  await tabTo(page, "the Continuar button", isButton(es.site.continue));
  return pressForNewPage(page, "Enter");
}

describe("the self-check in Spanish, on a phone, with JavaScript off and only a keyboard", () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await openContext(browser, { javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it("a user switches to Spanish with the header link, corrects a mistake and gets the result in Spanish", async () => {
    const page = await context.newPage();
    await page.goto("/");
    expect(await language(page)).toBe("en");

    // The header link, named in Spanish, switches the page it is on.
    const link = await tabTo(page, "the Español link", isLink("Español"));
    expect(link.href).toBe("/?lang=es");
    await pressForNewPage(page, "Enter");
    expect(await language(page)).toBe("es");
    expect(await heading(page)).toBe(es.pages.start.title);

    // The choice is remembered: Start leads to Spanish questions without ?lang=.
    const start = await tabTo(page, "the Comenzar ahora link", isLink(es.pages.start.start));
    expect(start.href).toBe("/check/respondent");
    await pressForNewPage(page, "Enter");
    expect(path(page)).toBe("/check/respondent");
    expect(await language(page)).toBe("es");
    expect(await heading(page)).toBe(title("respondent"));

    // Continuing without an answer: the error summary, in Spanish, takes focus.
    const refused = await continueWith(page);
    expect(refused.status()).toBe(400);
    expect(await page.title()).toBe(`Error: ${title("respondent")} – ${es.site.serviceName}`);
    await expect.poll(async () => (await focused(page))?.role).toBe("alert");
    const summary = page.getByRole("alert");
    expect(clean(await summary.locator("h2").textContent())).toBe(es.site.errorSummaryTitle);
    const message = fill(es.errors.chooseOne, { question: title("respondent") });
    expect(clean(await summary.getByRole("link").textContent())).toBe(message);
    // By the field, the same message; screen readers hear "Error:" first.
    expect(clean(await page.locator("#respondent-error").textContent())).toBe(`${es.site.errorTitlePrefix}${message}`);

    // Its link moves focus to the first answer; Space chooses it.
    await followErrorLinkAndChoose(page, "respondent", "household");
    await continueWith(page);

    expect(path(page)).toBe("/check/has_kaspersky");
    expect(await heading(page)).toBe(title("has_kaspersky"));
    const yes = await tabTo(page, "the first answer, Sí", hasId("has_kaspersky"));
    expect(yes.value).toBe("yes");
    expect(clean(await page.locator('label[for="has_kaspersky"]').textContent())).toBe(optionLabel(es, "has_kaspersky", "yes"));
    await page.keyboard.press("Space");
    await continueWith(page);

    expect(path(page)).toBe("/check/products");
    expect(await heading(page)).toBe(title("products"));
    await tabTo(page, "Kaspersky Password Manager", hasId("products-password_manager"));
    await page.keyboard.press("Space");
    expect((await focused(page))?.checked).toBe(true);
    await continueWith(page);

    expect(path(page)).toBe("/check/installed_on");
    expect(await heading(page)).toBe(title("installed_on"));
    const windows = await tabTo(page, "Computadoras con Windows", hasId("installed_on"));
    expect(windows.value).toBe("windows");
    await page.keyboard.press("Space");
    await continueWith(page);

    expect(path(page)).toBe("/check/ultraav");
    await tabTo(page, "the UltraAV answers", hasId("ultraav"));
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatchObject({ id: "ultraav-no", value: "no", checked: true });
    await continueWith(page);

    expect(path(page)).toBe("/check/embedded");
    await tabTo(page, "the other-products answers", hasId("embedded"));
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatchObject({ id: "embedded-no", value: "no", checked: true });
    await continueWith(page);

    expect(path(page)).toBe("/check/state");
    expect(await heading(page)).toBe(title("state"));
    await tabTo(page, "the state list", hasId("state"));
    await page.keyboard.type("Cal");
    expect((await focused(page))?.value).toBe("CA");
    await continueWith(page);

    expect(path(page)).toBe("/check/answers");
    expect(await heading(page)).toBe(es.pages.answers.title);
    const products = page
      .locator("main dl > div")
      .filter({ has: page.getByText(questionWords(es, "products").short, { exact: true }) });
    expect(clean(await products.locator("dd").first().textContent())).toBe(optionLabel(es, "products", "password_manager"));
    await tabTo(page, "Obtener mis próximos pasos", isButton(es.pages.answers.submit));
    const result = await pressForNewPage(page, "Enter");

    expect(result.status()).toBe(200);
    expect(path(page)).toMatch(/^\/result\/[2-9A-HJKMNP-TV-Z]{8}$/);
    expect(await language(page)).toBe("es");
    expect(await heading(page)).toBe(es.pages.result.title);
    expect(await page.getByRole("region", { name: es.pages.result.referenceLabel }).isVisible()).toBe(true);

    // Every step title is the Spanish one, in order: passwords out before uninstalling from Windows.
    const steps = (await page.locator("main ol.steps > li > h3").allTextContents()).map(clean);
    const spanishTitles = Object.values(es.steps).map((step) => step.title);
    const englishTitles = new Set(Object.values(en.steps).map((step) => step.title));
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) {
      expect(spanishTitles, `step "${step}"`).toContain(step);
      expect(englishTitles.has(step), `step "${step}" is in English`).toBe(false);
    }
    const exportPasswords = steps.indexOf(es.steps.export_passwords.title);
    expect(exportPasswords, steps.join(" | ")).toBeGreaterThanOrEqual(0);
    expect(steps.indexOf(es.steps.uninstall_windows.title), steps.join(" | ")).toBeGreaterThan(exportPasswords);
    expect(steps).not.toContain(es.steps.uninstall_mac.title);
  });
});
