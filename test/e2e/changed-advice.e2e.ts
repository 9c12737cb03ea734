/**
 * A reopened result whose advice has changed, in Chromium at 375 px: the notice
 * names the day of the check, each step that day's advice did not have is
 * marked "New" (a word in the step's heading, so a screen reader says it and
 * paper shows it), and axe finds nothing. The check is stored as questionnaire
 * and guidance 2 stored it (the devices used, no answer on where Kaspersky is)
 * with `wrangler d1 execute` on the app's own D1, since today's app never writes one
 * (after the sweep has folded it from pending_responses into responses).
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import "../../src/i18n/bundled";
import { catalogFor, fill, formatDay } from "../../src/i18n";
import { answers } from "../support/answers";
import { executeLocalD1 } from "./app-server";
import { SIDEWAYS_PROBLEMS, runAxe, type Sideways } from "./axe";
import { baseUrl, launchBrowser } from "./browser";

const words = catalogFor("en").pages.result;

/** A household check made through the API, then turned into what version 2 stored: Windows and iPhone as devices used. */
async function storeVersion2Check(): Promise<{ reference: string; day: string }> {
  const response = await fetch(`${baseUrl()}/api/v1/checks`, {
    method: "POST",
    headers: { "content-type": "application/json", "cf-connecting-ip": "198.51.100.77" },
    body: JSON.stringify({ answers: answers({ has_kaspersky: "yes", products: ["consumer_current"] }), lang: "en" }),
  });
  expect(response.status).toBe(201);
  const { reference, guidance } = (await response.json()) as { reference: string; guidance: { day: string } };
  if (!/^[A-Z0-9]{8}$/.test(reference)) throw new Error(`Unexpected reference ${reference}`);
  // A check waits in pending_responses until it is folded (README, "Write path"); the sweep folds it now.
  const swept = await fetch(`${baseUrl()}/cdn-cgi/local/scheduled?cron=${encodeURIComponent("*/10 * * * *")}`);
  expect(swept.status).toBe(200);
  const sql = [
    `UPDATE responses SET questionnaire_version = 2, guidance_version = 2 WHERE reference = '${reference}'`,
    `DELETE FROM response_choices WHERE reference = '${reference}' AND question = 'installed_on'`,
    `INSERT INTO response_choices VALUES ('${reference}', 'platforms', 'windows'), ('${reference}', 'platforms', 'ios')`,
  ].join(";\n");
  await executeLocalD1(inject("persistTo"), sql);
  return { reference, day: guidance.day };
}

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  // The pages' CSP allows no inline script; axe is injected as one.
  context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 375, height: 812 }, bypassCSP: true });
  context.setDefaultTimeout(15_000);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe("a reopened result whose advice has changed, in Chromium", () => {
  it("says since when, marks each new step New in its heading, reads at 375 px and passes axe", async () => {
    const { reference, day } = await storeVersion2Check();
    const page = await context.newPage();
    await page.goto(`/result/${reference}`);

    await expect(page.getByText(fill(words.adviceUpdated, { date: formatDay(day, "en") })).count()).resolves.toBe(1);
    await expect(page.getByText(words.newStepsMarked).count()).resolves.toBe(1);

    // The marked steps are exactly the API's new ones, and each heading's accessible name starts with "New".
    const api = (await (await fetch(`${baseUrl()}/api/v1/checks/${reference}`)).json()) as {
      guidance: { steps: { id: string; title: string; new?: true }[] };
    };
    const fresh = api.guidance.steps.filter((s) => s.new);
    expect(fresh.map((s) => s.id)).toEqual(["find_installed", "uninstall_mac", "uninstall_android"]);
    for (const step of fresh) {
      const heading = page.getByRole("heading", { level: 3, name: `${words.newStep} ${step.title}`, exact: true });
      await expect(heading.count()).resolves.toBe(1);
    }
    const windows = api.guidance.steps.find((s) => s.id === "uninstall_windows")!;
    await expect(page.getByRole("heading", { level: 3, name: windows.title, exact: true }).count()).resolves.toBe(1);
    await expect(page.locator(".step__new").count()).resolves.toBe(fresh.length);

    // The marker is visible text with enough contrast (axe checks it), and nothing scrolls sideways at 375 px.
    const marker = page.locator(".step__new").first();
    expect(await marker.isVisible()).toBe(true);
    const { violations } = await runAxe(page);
    expect(violations).toEqual([]);
    const sideways = (await page.evaluate(SIDEWAYS_PROBLEMS)) as Sideways;
    expect(sideways.problems).toEqual([]);
    expect(sideways.scrollWidth).toBeLessThanOrEqual(sideways.innerWidth);
    await page.close();
  });
});
