/**
 * WCAG 2.2 AA checks of every kind of public page, and of the analyst
 * dashboard (signed in with the dev sign-in; its counts are all zero here,
 * analyst.e2e.ts checks it with small, perturbed counts too), in English and
 * Spanish, error states included, in a real Chromium:
 * - axe-core finds nothing under the WCAG 2.0, 2.1 and 2.2 A and AA rules
 *   (target size, 2.5.8, included);
 * - reflow (1.4.10): at 320×256 CSS px (a 1280×1024 window at 400%) nothing
 *   is wider than the window, cut off or scrolled sideways;
 * - resize (1.4.4): at 200% browser zoom everything still fits and can be used.
 *   Zoom is emulated as Chromium zooms: a 1280×800 window at 200% is a 640×400
 *   CSS px viewport with 2 device pixels per CSS px (deviceScaleFactor 2), so
 *   media queries and layout respond exactly as they do for a zooming user;
 * - focus visible (2.4.7): every Tab stop shows an outline or a shadow, on the
 *   element itself or, for the visually hidden radio and checkbox inputs, on
 *   their label's box.
 */
import type { Browser, BrowserContext, Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answers } from "../support/answers";
import { SIDEWAYS_PROBLEMS, runAxe, type Sideways } from "./axe";
import { baseUrl, launchBrowser } from "./browser";
import { EVERY_STEP } from "./fixtures";
import { describeFocus, focused, type Focused } from "./keyboard";

const LANGUAGES = [
  ["English", "en"],
  ["Spanish", "es"],
] as const;
type Locale = (typeof LANGUAGES)[number][1];

/** Answers that reach every kind of question: radios, the products checkboxes, the state list. */
const HOUSEHOLD = answers({
  has_kaspersky: "yes",
  products: ["consumer_current", "password_manager"],
  installed_on: ["windows", "android"],
  state: "CA",
});

/** What a page needs in the browser profile before it can be shown. */
type Needs = "a language" | "answers" | "an analyst";

interface PageKind {
  readonly name: string;
  readonly status: number;
  readonly needs: Needs;
  open(page: Page, resultReference: string): Promise<Response | null>;
}

const PAGE_KINDS: readonly PageKind[] = [
  { name: "start page", status: 200, needs: "a language", open: (page) => page.goto("/") },
  { name: "question with radios", status: 200, needs: "answers", open: (page) => page.goto("/check/respondent") },
  { name: "question with checkboxes (products)", status: 200, needs: "answers", open: (page) => page.goto("/check/products") },
  { name: "question with a drop-down list (state)", status: 200, needs: "answers", open: (page) => page.goto("/check/state") },
  {
    name: "question with its error summary",
    status: 400,
    needs: "a language",
    async open(page) {
      await page.goto("/check/respondent");
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.request().isNavigationRequest() && r.request().method() === "POST"),
        page.waitForEvent("load"),
        page.locator("main form button[type=submit]").click(),
      ]);
      return response;
    },
  },
  { name: "not-sure help page", status: 200, needs: "answers", open: (page) => page.goto("/check/not-sure") },
  { name: "check your answers page", status: 200, needs: "answers", open: (page) => page.goto("/check/answers") },
  {
    name: "result page with every step",
    status: 200,
    needs: "a language",
    open: (page, reference) => page.goto(`/result/${reference}`),
  },
  {
    // The state after "Was this useful?" (test/e2e/feedback.e2e.ts presses the buttons themselves).
    name: "result page thanking for an answer to Was this useful?",
    status: 200,
    needs: "a language",
    open: (page, reference) => page.goto(`/result/${reference}?feedback=sent#feedback`),
  },
  { name: "reference-not-found page", status: 404, needs: "a language", open: (page) => page.goto("/result/ZZZZZZZZ") },
  { name: "reference lookup error page", status: 400, needs: "a language", open: (page) => page.goto("/result?reference=bad") },
  { name: "page-not-found page", status: 404, needs: "a language", open: (page) => page.goto("/no-such-page") },
  { name: "help and contact page", status: 200, needs: "a language", open: (page) => page.goto("/help") },
  { name: "privacy notice", status: 200, needs: "a language", open: (page) => page.goto("/privacy") },
  { name: "accessibility statement", status: 200, needs: "a language", open: (page) => page.goto("/accessibility") },
  { name: "analyst dashboard", status: 200, needs: "an analyst", open: (page) => page.goto("/analyst") },
  {
    name: "analyst dashboard with its error summary",
    status: 400,
    needs: "an analyst",
    // A range that ends before it starts.
    open: (page) => page.goto("/analyst?from=2025-03-09&to=2025-03-03"),
  },
];

/** How the page is looked at: a desktop window, a 320 px reflow, 200% zoom. */
const VIEWS = {
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
  reflow: { viewport: { width: 320, height: 256 }, deviceScaleFactor: 1 },
  zoom200: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
} as const;
type View = keyof typeof VIEWS;

/**
 * Controls that are not drawn, or not wholly within the window's width (radios
 * and checkboxes by their labels: the inputs themselves are hidden tiles).
 */
const CONTROLS_OUT_OF_REACH = `(() => {
  const controls = document.body.querySelectorAll(
    "a[href]:not(.usa-skipnav), button, select, input:not([type=hidden], [type=radio], [type=checkbox]), summary, label",
  );
  return [...controls].flatMap((control) => {
    const box = control.getBoundingClientRect();
    const ok = box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= window.innerWidth + 0.5;
    return ok ? [] : [control.outerHTML.slice(0, 80) + " at " + Math.round(box.left) + "–" + Math.round(box.right) + " px"];
  });
})()`;

/**
 * Whether the focused element shows a focus indicator: an outline or box-shadow
 * on the element when it is drawn on screen, else (a visually hidden radio or
 * checkbox input) on its label or the label's ::before box.
 */
const FOCUS_INDICATOR = `(() => {
  // Where the focus style ends up, not halfway through a transition (the skip link slides in).
  for (const animation of document.getAnimations()) animation.finish();
  const e = document.activeElement;
  if (!e || e === document.body) return { shown: false, where: "nothing has focus" };
  const drawn = (s) =>
    (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 && s.outlineColor !== "rgba(0, 0, 0, 0)") ||
    (s.boxShadow !== "none" && s.boxShadow !== "");
  const box = e.getBoundingClientRect();
  const onScreen = box.width > 1 && box.height > 1 && box.right > 0 && box.bottom > 0;
  if (onScreen && drawn(getComputedStyle(e))) return { shown: true, where: "the element" };
  for (const label of e.labels || []) {
    if (drawn(getComputedStyle(label))) return { shown: true, where: "its label" };
    if (drawn(getComputedStyle(label, "::before"))) return { shown: true, where: "its label's box" };
  }
  return { shown: false, where: onScreen ? "no outline or shadow" : "off screen, and no label shows it" };
})()`;

/** Presses Tab until focus comes back round; what each stop showed. */
async function tabStops(page: Page): Promise<{ stop: string; shown: boolean; where: string }[]> {
  const stops: { stop: string; shown: boolean; where: string }[] = [];
  const seen = new Set<string>();
  let previous = "";
  for (let press = 0; press < 80; press++) {
    await page.keyboard.press("Tab");
    const now: Focused | null = await focused(page);
    if (!now) {
      if (stops.length) break; // Past the last stop: focus left the page.
      continue;
    }
    const key = `${describeFocus(now)}|${now.value}|${now.name}`;
    // A date input's month, day and year take a Tab each: one stop, not focus coming back round.
    if (key === previous) continue;
    if (seen.has(key)) break;
    previous = key;
    seen.add(key);
    const indicator = (await page.evaluate(FOCUS_INDICATOR)) as { shown: boolean; where: string };
    stops.push({ stop: describeFocus(now), ...indicator });
  }
  return stops;
}

describe("the public pages and the analyst dashboard meet WCAG 2.2 AA in Chromium", () => {
  let browser: Browser;
  const contexts = new Map<string, BrowserContext>();
  /** Per language: the browser profile's cookies with just the language, and with answers too. */
  const profiles = new Map<string, Awaited<ReturnType<BrowserContext["storageState"]>>>();
  const references = new Map<Locale, string>();

  async function prepare(locale: Locale) {
    const context = await browser.newContext({ baseURL: baseUrl() });
    const chosen = await context.request.get(`/?lang=${locale}`);
    expect(chosen.status()).toBe(200);
    profiles.set(`${locale}/a language`, await context.storageState());
    for (const [question, value] of Object.entries(HOUSEHOLD)) {
      const form = new FormData();
      for (const one of [value].flat()) form.append(question, one);
      const answered = await context.request.post(`/check/${question}`, { form, headers: { Origin: baseUrl() } });
      expect(answered.status(), `answering ${question}`).toBe(200);
    }
    const summary = await context.request.get("/check/answers");
    expect(new URL(summary.url()).pathname, "all questions answered").toBe("/check/answers");
    profiles.set(`${locale}/answers`, await context.storageState());
    await context.close();

    // The language chosen, then signed in as an analyst (the dev sign-in's form, as a browser posts it).
    const staff = await browser.newContext({ baseURL: baseUrl(), storageState: profiles.get(`${locale}/a language`) });
    const signedIn = await staff.request.post("/dev/sign-in", { form: { role: "analyst" }, headers: { Origin: baseUrl() } });
    expect(signedIn.status(), "signing in as an analyst").toBe(200);
    expect(new URL(signedIn.url()).pathname).toBe("/analyst");
    profiles.set(`${locale}/an analyst`, await staff.storageState());
    await staff.close();

    const created = await fetch(`${baseUrl()}/api/v1/checks`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ answers: EVERY_STEP, lang: locale }),
    });
    expect(created.status).toBe(201);
    const { reference, guidance } = (await created.json()) as { reference: string; guidance: { steps: unknown[] } };
    expect(guidance.steps.length).toBeGreaterThan(10);
    references.set(locale, reference);
  }

  /** A page of the given kind, in the given language, looked at in the given way, as loaded. */
  async function openPage(locale: Locale, kind: PageKind, view: View): Promise<Page> {
    const key = `${locale}/${kind.needs}/${view}`;
    let context = contexts.get(key);
    if (!context) {
      context = await browser.newContext({
        baseURL: baseUrl(),
        // The pages' CSP allows no inline script; axe is injected as one.
        bypassCSP: true,
        storageState: profiles.get(`${locale}/${kind.needs}`),
        ...VIEWS[view],
      });
      context.setDefaultTimeout(15_000);
      contexts.set(key, context);
    }
    const page = await context.newPage();
    const response = await kind.open(page, references.get(locale)!);
    expect(response?.status(), `status of the ${kind.name}`).toBe(kind.status);
    expect(await page.locator("html").getAttribute("lang")).toBe(locale);
    return page;
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const [, locale] of LANGUAGES) await prepare(locale);
  });

  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
    await browser?.close();
  });

  describe.each(LANGUAGES)("in %s", (_language, locale) => {
    describe.each(PAGE_KINDS.map((kind) => [kind.name, kind] as const))("the %s", (_name, kind) => {
      it("has nothing axe-core finds against WCAG 2.2 A and AA", async () => {
        const page = await openPage(locale, kind, "desktop");
        const { rulesChecked, violations } = await runAxe(page);
        expect(violations).toEqual([]);
        // It really looked, WCAG 2.2's target size included.
        expect(rulesChecked).toEqual(
          expect.arrayContaining(["html-has-lang", "document-title", "color-contrast", "link-name", "target-size"]),
        );
        await page.close();
      });

      it("reflows at 320 CSS px wide without scrolling sideways", async () => {
        const page = await openPage(locale, kind, "reflow");
        const found = (await page.evaluate(SIDEWAYS_PROBLEMS)) as Sideways;
        expect(found.innerWidth).toBe(320);
        expect(found.problems).toEqual([]);
        expect(found.scrollWidth).toBeLessThanOrEqual(320);
        await page.close();
      });

      it("still fits and works at 200% zoom", async () => {
        const page = await openPage(locale, kind, "zoom200");
        const found = (await page.evaluate(SIDEWAYS_PROBLEMS)) as Sideways;
        expect(found).toMatchObject({ innerWidth: 640, devicePixelRatio: 2 });
        expect(found.problems).toEqual([]);
        expect(found.scrollWidth).toBeLessThanOrEqual(640);
        // Every control is drawn, and wholly within the window's width.
        expect(await page.evaluate(CONTROLS_OUT_OF_REACH)).toEqual([]);
        await page.close();
      });

      it("shows where the keyboard focus is at every Tab stop", async () => {
        const page = await openPage(locale, kind, "desktop");
        const stops = await tabStops(page);
        expect(stops.length).toBeGreaterThan(2);
        expect(stops.filter((s) => !s.shown)).toEqual([]);
        await page.close();
      });
    });
  });
});
