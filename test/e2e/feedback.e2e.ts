/**
 * "Was this useful? Yes / No" under a result, keyboard only, as a person would
 * use it: at 320 and 1280 px, in English and Spanish, with JavaScript on and
 * off (it is a plain form either way). Pressing an answer reloads the result
 * with a thank-you in the form's place, scrolled to it; axe finds nothing in
 * either state (with JavaScript on: axe is a script; with it off the HTML is the same). That only a count is stored is pinned by
 * test/integration/privacy.test.ts; the counts themselves by feedback.test.ts.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answers } from "../support/answers";
import { runAxe } from "./axe";
import { baseUrl, launchBrowser } from "./browser";
import { focused, isButton, pressForNewPage, tabTo } from "./keyboard";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const WORDS = {
  en: { question: "Was this useful?", yes: "Yes", no: "No", thanks: "Thank you for your feedback." },
  es: { question: "¿Le resultó útil?", yes: "Sí", no: "No", thanks: "Gracias por su opinión." },
} as const;

/** A stored check (nothing to do, or Kaspersky on Windows) in the language asked: its reference. */
async function check(lang: "en" | "es", toDo: boolean): Promise<string> {
  const given = toDo
    ? answers({ has_kaspersky: "yes", products: ["password_manager"], installed_on: ["windows"] })
    : answers({ has_kaspersky: "no" });
  const res = await fetch(`${baseUrl()}/api/v1/checks`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ answers: given, lang }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { reference: string }).reference;
}

// Four answers in all: under the feedback rate limit of 10 a minute from one client.
describe.each([
  ["en", 320, false, "yes"],
  ["es", 320, true, "no"],
  ["en", 1280, true, "no"],
  ["es", 1280, false, "yes"],
] as const)('"Was this useful?" in %s at %i px (JavaScript %s), answering %s', (lang, width, javaScriptEnabled, answer) => {
  it("is reached by Tab, answered with Enter, then thanks in its place; axe finds nothing before or after", async () => {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width, height: 800 },
      javaScriptEnabled,
      // axe is injected as an inline script, which the page's CSP rightly refuses: bypassed for the test only.
      bypassCSP: true,
    });
    const page = await context.newPage();
    const reference = await check(lang, answer === "yes");
    await page.goto(`/result/${reference}`);
    const words = WORDS[lang];
    expect(await page.locator("#feedback h2").innerText()).toBe(words.question);
    // axe runs as a script in the page: with JavaScript off it cannot, and the page is the same HTML.
    const axe = async () => {
      if (javaScriptEnabled) expect((await runAxe(page)).violations).toEqual([]);
    };
    await axe();

    await tabTo(page, `the ${answer} button`, isButton(words[answer]));
    expect((await focused(page))?.value).toBe(answer);
    await pressForNewPage(page, "Enter");

    const url = new URL(page.url());
    expect(`${url.pathname}${url.search}${url.hash}`).toBe(`/result/${reference}?feedback=sent#feedback`);
    const thanks = page.locator("#feedback [role=status]");
    expect(await thanks.innerText()).toBe(words.thanks);
    expect(await page.locator("#feedback button").count()).toBe(0);
    // Scrolled to: the thank-you is on screen, not somewhere below.
    const box = await thanks.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(800);
    expect(await page.locator("html").getAttribute("lang")).toBe(lang);
    await axe();
    // Nothing sideways at a phone's width.
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(width);
    await context.close();
  });
});
