/**
 * An agent on the hotline, keyboard only: signs in with the local dev sign-in,
 * takes a call in English and one in Spanish, records outcomes, reopens a
 * reference and changes an answer. With JavaScript on, questions appear as
 * answers are chosen; with it off, "Update questions" does the same.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { optionIds } from "../../src/check/questionnaire";
import { launchBrowser, openContext } from "./browser";
import { focused, hasId, isButton, isLink, pressForNewPage, signInByKeyboard, tabTo } from "./keyboard";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every step heading of the script in reading order: facts, then the numbered tasks, then contacts. */
const stepTitles = (page: Page) => page.locator("main :is(.facts, ol.steps, .contacts) h3").allTextContents();

/** Signs in through /dev/sign-in as a hotline agent, by keyboard, and lands on the hotline screen. */
async function signIn(page: Page) {
  await signInByKeyboard(page, "agent");
  expect(new URL(page.url()).pathname).toBe("/hotline");
}

/** Tabs to a radio group or checkbox by id and selects it with Space (ArrowDown `moves` times first for radios). */
async function choose(page: Page, id: string, moves = 0) {
  await tabTo(page, `#${id}`, hasId(id));
  if (moves) for (let i = 0; i < moves; i++) await page.keyboard.press("ArrowDown");
  else await page.keyboard.press("Space");
}

async function takeCall(page: Page, language: "en" | "es") {
  await page.goto("/hotline");
  if (language === "es") await choose(page, "caller_lang", 1);
  await choose(page, "respondent");
  await choose(page, "has_kaspersky");
  // With JavaScript on, the products question has just appeared.
  expect(await page.locator("#products").isVisible()).toBe(true);
  await choose(page, "products-password_manager");
  await choose(page, "installed_on");
  await choose(page, "ultraav", 1);
  await choose(page, "embedded", 1);
  await tabTo(page, "the save button", isButton("Save and show the script"));
  await pressForNewPage(page, "Enter");
  const reference = /\/hotline\/checks\/([A-Z0-9]{8})$/.exec(page.url())?.[1];
  expect(reference, page.url()).toBeDefined();
  return reference!;
}

async function recordOutcome(page: Page) {
  await choose(page, "outcome");
  await tabTo(page, "the save-outcome button", isButton("Save outcome"));
  await pressForNewPage(page, "Enter");
  expect(await page.locator("[role=status]").textContent()).toContain("Outcome saved.");
}

describe("the hotline desk in Chromium", () => {
  it("an agent signs in, takes a call in English and one in Spanish, and records the outcomes, keyboard only", async () => {
    const context = await openContext(browser);
    const page = await context.newPage();
    await signIn(page);

    const english = await takeCall(page, "en");
    expect(await page.locator("h1").textContent()).toBe(`Script for ${english.slice(0, 4)}-${english.slice(4)}`);
    const titles = await stepTitles(page);
    // Password Manager alone: it loses security fixes (it never scanned for threats).
    expect(titles[0]).toBe("Your Kaspersky apps no longer get security fixes");
    expect(titles.indexOf("Export your passwords before you uninstall")).toBeLessThan(
      titles.indexOf("Uninstall Kaspersky from any Windows computer that has it"),
    );
    expect(await page.locator("ol.phonetic li").count()).toBe(8);
    await recordOutcome(page);

    const spanish = await takeCall(page, "es");
    expect(spanish).not.toBe(english);
    expect((await stepTitles(page))[0]).toBe("Sus aplicaciones de Kaspersky ya no reciben correcciones de seguridad");
    expect(await page.locator("ol.steps").getAttribute("lang")).toBe("es");
    const firstLetter = (await page.locator("ol.phonetic li").first().textContent())!;
    expect(firstLetter).toMatch(/^[2-9A-Z]( de [A-Z]|, el número)/);
    await recordOutcome(page);
    await context.close();
  });

  it("an agent reopens a reference from the caller and changes an answer with a reason", async () => {
    const context = await openContext(browser);
    const page = await context.newPage();
    await signIn(page);
    const reference = await takeCall(page, "en");

    await page.goto("/hotline");
    await tabTo(page, "the reference field", hasId("reference"));
    await page.keyboard.type(`${reference.slice(0, 4).toLowerCase()}-${reference.slice(4)}`);
    await pressForNewPage(page, "Enter");
    expect(new URL(page.url()).pathname).toBe(`/hotline/checks/${reference}`);

    await tabTo(page, "the Change answers link", isLink("Change answers"));
    await pressForNewPage(page, "Enter");
    // The caller has checked: Kaspersky is not there after all.
    await choose(page, "has_kaspersky", 3);
    expect(await page.locator("#products").isVisible()).toBe(false);
    await tabTo(page, "the reason list", hasId("reason"));
    await page.keyboard.press("ArrowDown");
    expect((await focused(page))?.value).toBe("caller_checked_devices");
    await tabTo(page, "the save-changes button", isButton("Save changes and show the script"));
    await pressForNewPage(page, "Enter");
    expect(await page.locator("[role=status]").textContent()).toContain("Changes saved.");
    expect(await stepTitles(page)).toEqual(["You do not seem to be affected"]);
    await context.close();
  });

  it("without JavaScript, Update questions shows the questions the answers open", async () => {
    const context = await openContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page);
    await choose(page, "respondent", optionIds("respondent").indexOf("critical_infrastructure"));
    expect(await page.locator("#sector").isVisible()).toBe(false);
    await page.locator("button[value=refresh]").focus();
    await pressForNewPage(page, "Enter");
    expect(await page.locator("#sector").isVisible()).toBe(true);
    expect(await page.locator("#respondent-critical_infrastructure").isChecked()).toBe(true);
    await context.close();
  });
});
