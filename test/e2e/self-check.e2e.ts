/**
 * The public self-check in a real browser, against the real app under
 * `wrangler dev` with its own local D1 (see global-setup.ts). The words asserted
 * here are the English catalog's (src/i18n/en/).
 */
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, openContext } from "./browser";
import { focused, followErrorLinkAndChoose, hasId, isButton, pressForNewPage, tabTo } from "./keyboard";

/** A result address: /result/ and 8 characters of the reference alphabet (no 0, 1, I, L, O, U). */
const RESULT_PATH = /^\/result\/([2-9A-HJKMNP-TV-Z]{8})$/;
const GROUPED_REFERENCE = /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

/** Tabs to Continue and submits the question; resolves with the page it lands on. */
async function continueWith(page: Page): Promise<Response> {
  await tabTo(page, "the Continue button", isButton("Continue"));
  return pressForNewPage(page, "Enter");
}

const path = (page: Page) => new URL(page.url()).pathname;

const clean = (text: string | null) => (text ?? "").replace(/\s+/g, " ").trim();

async function heading(page: Page): Promise<string> {
  return clean(await page.locator("h1").first().textContent());
}

/** The task headings of a result page (the numbered steps), in the order shown. */
async function stepTitles(page: Page): Promise<string[]> {
  return (await page.locator("main ol.steps > li > h3").allTextContents()).map(clean);
}

/** The Check your answers list, as short question → answer shown. */
async function summaryRows(page: Page): Promise<Record<string, string>> {
  const rows: Record<string, string> = {};
  for (const row of await page.locator("main dl > div").all()) {
    rows[clean(await row.locator("dt").textContent())] = clean(await row.locator("dd").first().textContent());
  }
  return rows;
}

/** The reference code shown on a line of its own in the "Your reference code" box. */
async function referenceShown(page: Page): Promise<string> {
  const lines = (await page.getByRole("region", { name: "Your reference code" }).innerText()).split("\n").map(clean);
  const code = lines.find((line) => GROUPED_REFERENCE.test(line));
  expect(code, `reference box: ${lines.join(" / ")}`).toBeDefined();
  return code!;
}

/**
 * Chooses a radio or checkbox option as a mouse user does, by clicking its
 * label (the styled tiles keep the input itself out of view).
 */
async function choose(page: Page, label: string | RegExp): Promise<void> {
  const input = typeof label === "string" ? page.getByLabel(label, { exact: true }) : page.getByLabel(label);
  const id = await input.getAttribute("id");
  await page.locator(`label[for="${id}"]`).click();
  expect(await input.isChecked()).toBe(true);
}

describe("the public self-check in Chromium", () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(options: Parameters<typeof openContext>[1] = {}): Promise<Page> {
    const context = await openContext(browser, options);
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it("a new user completes the check with JavaScript off, using only the keyboard, and reopens the result by its reference", async () => {
    const page = await newPage({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

    await page.goto("/");
    expect(await heading(page)).toBe("Check what the Kaspersky ban means for you");
    const start = await tabTo(page, "the Start now link", (f) => f.tag === "a" && f.text === "Start now");
    expect(start.href).toBe("/check/respondent");
    await pressForNewPage(page, "Enter");
    expect(path(page)).toBe("/check/respondent");
    expect(await heading(page)).toBe("Who are you answering for?");

    // Continue without choosing: the error summary takes focus and links to the field.
    const refused = await continueWith(page);
    expect(refused.status()).toBe(400);
    expect(await page.title()).toMatch(/^Error: Who are you answering for\?/);
    await expect.poll(async () => (await focused(page))?.role).toBe("alert");
    const summary = page.getByRole("alert");
    expect(clean(await summary.textContent())).toContain("There is a problem");
    const errorLink = summary.getByRole("link");
    expect(clean(await errorLink.textContent())).toBe("Select an answer to “Who are you answering for?”");
    expect(await errorLink.getAttribute("href")).toBe("#respondent");

    // Follow the error link: it lands on the first option, which Space selects.
    await followErrorLinkAndChoose(page, "respondent", "household");
    await continueWith(page);

    expect(path(page)).toBe("/check/has_kaspersky");
    expect(await heading(page)).toBe("Do you have Kaspersky security software now?");
    const yes = await tabTo(page, "the first answer, Yes", hasId("has_kaspersky"));
    expect(yes.value).toBe("yes");
    await page.keyboard.press("Space");
    await continueWith(page);

    expect(path(page)).toBe("/check/products");
    expect(await heading(page)).toBe("Which Kaspersky products do you have, or did you have?");
    await tabTo(page, "Kaspersky Password Manager", hasId("products-password_manager"));
    await page.keyboard.press("Space");
    expect((await focused(page))?.checked).toBe(true);
    await continueWith(page);

    expect(path(page)).toBe("/check/installed_on");
    expect(await heading(page)).toBe("Where is Kaspersky installed, or where was it?");
    const windows = await tabTo(page, "Windows computers", hasId("installed_on"));
    expect(windows.value).toBe("windows");
    await page.keyboard.press("Space");
    await continueWith(page);

    // Radio groups: Tab enters on the first option, the arrow keys move the choice.
    expect(path(page)).toBe("/check/ultraav");
    expect(await heading(page)).toBe("Did UltraAV or UltraVPN appear on any of your devices?");
    await tabTo(page, "the UltraAV answers", hasId("ultraav"));
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatchObject({ id: "ultraav-no", value: "no", checked: true });
    await continueWith(page);

    expect(path(page)).toBe("/check/embedded");
    expect(await heading(page)).toBe("Does any other product you use include Kaspersky technology?");
    await tabTo(page, "the other-products answers", hasId("embedded"));
    await page.keyboard.press("ArrowDown");
    expect(await focused(page)).toMatchObject({ id: "embedded-no", value: "no", checked: true });
    await continueWith(page);

    // The optional drop-down list: typing picks an entry.
    expect(path(page)).toBe("/check/state");
    expect(await heading(page)).toBe("Which state or territory are you in?");
    await tabTo(page, "the state list", hasId("state"));
    await page.keyboard.type("Cal");
    expect((await focused(page))?.value).toBe("CA");
    await continueWith(page);

    expect(path(page)).toBe("/check/answers");
    expect(await heading(page)).toBe("Check your answers");
    expect(await summaryRows(page)).toEqual({
      "Answering for": "Myself or my household",
      "Has Kaspersky": "Yes",
      "Kaspersky products": "Kaspersky Password Manager",
      "Kaspersky installed on": "Windows computers",
      "UltraAV or UltraVPN appeared": "No",
      "Kaspersky inside other products": "No",
      "State or territory": "California",
    });
    await tabTo(page, "Get my next steps", isButton("Get my next steps"));
    const result = await pressForNewPage(page, "Enter");

    expect(result.status()).toBe(200);
    const code = RESULT_PATH.exec(path(page))?.[1];
    expect(code, `result address ${page.url()}`).toBeDefined();
    const reference = code!;
    expect(await heading(page)).toBe("Your next steps");
    const grouped = await referenceShown(page);
    expect(grouped).toMatch(GROUPED_REFERENCE);
    expect(grouped).toBe(`${reference.slice(0, 4)}-${reference.slice(4)}`);

    const steps = await stepTitles(page);
    const exportPasswords = steps.indexOf("Export your passwords before you uninstall");
    const uninstallWindows = steps.indexOf("Uninstall Kaspersky from any Windows computer that has it");
    expect(exportPasswords, `steps: ${steps.join(" | ")}`).toBeGreaterThanOrEqual(0);
    expect(uninstallWindows, `steps: ${steps.join(" | ")}`).toBeGreaterThan(exportPasswords);
    // Steps for devices the user does not have are left out.
    expect(steps).not.toContain("Uninstall Kaspersky from any Mac that has it");
    expect(steps).not.toContain("Uninstall Kaspersky from Android phones and tablets");

    // Someone else, on another browser, opens the result by its address...
    const elsewhere = await newPage({ javaScriptEnabled: false });
    const reopened = await elsewhere.goto(`/result/${reference}`);
    expect(reopened?.status()).toBe(200);
    expect(await referenceShown(elsewhere)).toBe(grouped);
    expect(await stepTitles(elsewhere)).toEqual(steps);

    // ...and by typing the code, in lower case with its dash, on the start page.
    await elsewhere.goto("/");
    await tabTo(elsewhere, "the reference code box", hasId("reference"));
    await elsewhere.keyboard.type(grouped.toLowerCase());
    const lookedUp = await pressForNewPage(elsewhere, "Enter");
    expect(lookedUp.status()).toBe(200);
    expect(elsewhere.url()).toBe(`${baseUrl()}/result/${reference}`);
    expect(await stepTitles(elsewhere)).toEqual(steps);
  });

  it("choosing I'm not sure shows how to check, and leads back to the question", async () => {
    const page = await newPage();
    await page.goto("/");
    await page.getByRole("link", { name: "Start now" }).click();
    await page.waitForURL("**/check/respondent");
    await choose(page, "Myself or my household");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL("**/check/has_kaspersky");

    await choose(page, /^I'm not sure/);
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL("**/check/not-sure");
    expect(await heading(page)).toBe("How to check whether you have Kaspersky");
    expect(await page.getByText("Look on each device for anything named Kaspersky:").isVisible()).toBe(true);

    await page.getByRole("link", { name: "Answer the question again" }).click();
    await page.waitForURL("**/check/has_kaspersky");
    expect(await heading(page)).toBe("Do you have Kaspersky security software now?");
    // The answer given is still there to change.
    expect(await page.getByLabel(/^I'm not sure/).isChecked()).toBe(true);
  });

  it("an unknown reference gets a helpful 404 page", async () => {
    const page = await newPage();
    const response = await page.goto("/result/ZZZZZZZZ");
    expect(response?.status()).toBe(404);
    expect(await heading(page)).toBe("We could not find that reference code");
    expect(await page.getByText("Check the code and try again.").isVisible()).toBe(true);
    // It offers a way to try another code.
    expect(await page.getByLabel("Reference code").isVisible()).toBe(true);
  });

  it("pressing Get my next steps twice stores one check", async () => {
    const page = await newPage();
    await page.goto("/check/respondent");
    const answer = async (label: string, next: string) => {
      await choose(page, label);
      await page.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL(`**/check/${next}`);
    };
    await answer("Myself or my household", "has_kaspersky");
    await answer("No", "ultraav");
    await answer("No", "embedded");
    await answer("No", "state");
    await page.getByRole("button", { name: "Continue" }).click();
    await page.waitForURL("**/check/answers");
    expect(await heading(page)).toBe("Check your answers");

    const reference = await page.locator('form input[type="hidden"][name="reference"]').inputValue();
    expect(reference).toMatch(/^[2-9A-HJKMNP-TV-Z]{8}$/);
    // The server's signature of the code: without it, a posted code is replaced by a fresh one.
    const signature = await page.locator('form input[type="hidden"][name="reference_signature"]').inputValue();

    // Two presses in quick succession: the same form, the same cookies, at the same time.
    const press = () =>
      page.request.post(`${baseUrl()}/check/answers`, {
        form: { reference, reference_signature: signature },
        headers: { Origin: baseUrl() },
      });
    const [first, second] = await Promise.all([press(), press()]);
    for (const landed of [first, second]) {
      expect(landed.status()).toBe(200);
      expect(landed.url()).toBe(`${baseUrl()}/result/${reference}`);
      expect(await landed.text()).toContain("You do not seem to be affected");
    }

    // A third press from the page itself, after the answers were cleared, still lands there.
    await page.getByRole("button", { name: "Get my next steps" }).click();
    await page.waitForURL(`**/result/${reference}`);
    expect(await heading(page)).toBe("Your next steps");
    // Not affected is a panel of its own, never a numbered step.
    expect((await page.locator("main .facts h3").allTextContents()).map(clean)).toEqual(["You do not seem to be affected"]);
    expect(await stepTitles(page)).toEqual([]);
  });
});
