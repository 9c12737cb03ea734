/**
 * Layout that only a browser can measure: on a 320 × 640 phone the start button
 * is on the first screen under a compact header; phone numbers and codes never
 * break inside; the footer's hotline number is on every page, in both languages.
 */
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openContext } from "./browser";

const PHONE = { width: 320, height: 640 };
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage<T>(viewport: { width: number; height: number }, use: (context: BrowserContext) => Promise<T>) {
  const context = await openContext(browser, { viewport, javaScriptEnabled: false });
  try {
    return await use(context);
  } finally {
    await context.close();
  }
}

describe("the start page on a 320 × 640 phone", () => {
  it.each(["en", "es"])("shows Start now on the first screen, under a header at most 100 px tall (%s)", async (lang) => {
    await withPage(PHONE, async (context) => {
      const page = await context.newPage();
      await page.goto(`/?lang=${lang}`);
      const header = await page.locator("body > header").boundingBox();
      const start = await page.locator("main a.usa-button").first().boundingBox();
      expect(header!.height).toBeLessThanOrEqual(100);
      expect(start!.y + start!.height).toBeLessThanOrEqual(PHONE.height);
    });
  });
});

describe("phone numbers and emails", () => {
  for (const viewport of [PHONE, DESKTOP]) {
    it(`stay on one line at ${viewport.width} px, in the footer and on the help page`, async () => {
      await withPage(viewport, async (context) => {
        const page = await context.newPage();
        for (const lang of ["en", "es"]) {
          await page.goto(`/help?lang=${lang}`);
          const links = page.locator("a.nowrap");
          expect(await links.count()).toBeGreaterThanOrEqual(4);
          for (const link of await links.all()) {
            // One line box: a wrapped link reports one client rect per line.
            const lines = await link.evaluate((a) => a.getClientRects().length);
            expect(lines, await link.innerText()).toBe(1);
          }
          await expect.poll(() => page.locator("footer a[href^='tel:']").innerText()).toBe("1-800-555-0199");
        }
      });
    });
  }
});
