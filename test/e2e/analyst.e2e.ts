/**
 * The analyst dashboard (/analyst) in Chromium, against counts with small
 * cells in them, every count perturbed (src/stats/cell-key.ts):
 * - an analyst signs in with the local dev sign-in, keyboard only, and sees five
 *   charts (SVG images with a text alternative), each followed by its table,
 *   every count its set's fixed noisy count;
 * - the filters (dates, channel) work by keyboard with JavaScript on and off,
 *   and a date range that ends before it starts shows the error summary, focused;
 * - each table's CSV download answers text/csv with a header row;
 * - axe-core finds nothing against WCAG 2.2 A and AA, in English and Spanish,
 *   error state included, and the page reflows at 320 CSS px;
 * - readable at any width (320, 375, 768, 1280 px, English and Spanish): every
 *   text a chart draws is measured as rendered (its font size times the SVG's
 *   scale) and is at least 12 px; where a chart would be smaller, its table
 *   stands in for it; from 1024 px each chart has its table beside it; every
 *   chart says how its numbers are protected and, its counts being small here,
 *   how to see more;
 * - an agent is refused (403), and so is someone not signed in (401).
 *
 * Counts only cover whole weeks that are over, and a check is stored on the day
 * it is made, so checks made now never show. This file therefore starts its own
 * app (app-server.ts, which tells where its D1 lives), makes the checks through
 * the public API, has the sweep count them (they are folded into the counts a
 * moment later otherwise), then moves them to a past week with `wrangler d1 execute`: the
 * counts are taken away, the day changed and the counts added back with the
 * statements every write uses (src/db/aggregate-sql.ts), as a hotline change of
 * answers does; their record keys are set to one known value on the way, so the
 * noise of every count (a set of n of them) is known: `published(n)`.
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page, ViewportSize } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAILY_COUNTS_SQL, WEEKLY_COUNTS_SQL } from "../../src/db/aggregate-sql";
import { perturb } from "../../src/stats/cell-key";
import { lastCompleteWeekEnd, publishingDay } from "../../src/stats/calendar";
import { answers } from "../support/answers";
import { executeLocalD1, startApp, type RunningApp } from "./app-server";
import { SIDEWAYS_PROBLEMS, runAxe, type Sideways } from "./axe";
import { launchBrowser } from "./browser";
import { describeFocus, focused, hasId, isButton, isLink, pressForNewPage, signInByKeyboard, tabTo } from "./keyboard";

const DAY_MS = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
/** A day as the English pages write it: "November 16, 2026". */
const longDay = (day: string) => new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(timeOf(day));

/** The Monday of the current week (UTC): that week is still filling up and is never counted. */
const THIS_MONDAY = (() => {
  const today = timeOf(isoDay(Date.now()));
  return today - ((new Date(today).getUTCDay() + 6) % 7) * DAY_MS;
})();
/** The week the checks are moved to: two weeks before this one, so complete whenever the tests run. */
const WEEK = {
  monday: isoDay(THIS_MONDAY - 14 * DAY_MS),
  tuesday: isoDay(THIS_MONDAY - 13 * DAY_MS),
  sunday: isoDay(THIS_MONDAY - 8 * DAY_MS),
};
/**
 * The first week counted (src/stats/calendar.ts) and the last one published (on a Monday, the week
 * before last): the dashboard's range when no dates are given.
 */
const ALL_WEEKS = { from: "2024-06-17", to: lastCompleteWeekEnd(publishingDay(isoDay(Date.now()))) };

/**
 * 29 checks in one week: 14 households, 12 small businesses, 3 federal agencies.
 * The 3s (a federal agency, Wyoming, Servers, Endpoint Security) are from 1 to 10:
 * shown perturbed like every other count.
 */
const CHECKS = [
  {
    count: 14,
    answers: answers({ has_kaspersky: "no", state: "CA" }),
  },
  {
    count: 12,
    answers: answers({
      respondent: "small_business",
      has_kaspersky: "removed",
      products: ["small_office"],
      installed_on: ["windows", "mac"],
      devices: "1_9",
      ultraav: "no",
      embedded: "no",
      state: "TX",
    }),
  },
  {
    count: 3,
    answers: answers({
      respondent: "federal_agency",
      has_kaspersky: "yes",
      products: ["endpoint"],
      installed_on: ["servers"],
      devices: "50_249",
      ultraav: "not_sure",
      embedded: "no",
      state: "WY",
    }),
  },
];
/** Every moved check's record key, so a set of n of them has key sum n × KEY and a known noise. */
const KEY = 555_555_555;
/** What the dashboard shows for a set of n of the checks (n = 29: 29, 26: 27, 14: 15, 12: 9, 3: 5). */
const published = (n: number) => perturb({ count: n, keys: n * KEY });
const TOTAL = published(CHECKS.reduce((sum, c) => sum + c.count, 0));

/** `sql` with its two placeholders (a JSON array of references, then +1 or -1) written in. */
function withParameters(sql: string, references: readonly string[], sign: 1 | -1): string {
  // Numbered placeholders: ?1 the references, ?2 the sign (src/db/aggregate-sql.ts).
  return sql.replaceAll("?1", `'${JSON.stringify(references)}'`).replaceAll("?2", String(sign));
}

/** Makes the checks through the public API, each from its own client address (the limit is 20 a minute per client). */
async function makeChecks(app: RunningApp): Promise<string[]> {
  const references: string[] = [];
  for (const { count, answers } of CHECKS) {
    for (let i = 0; i < count; i++) {
      const response = await fetch(`${app.baseUrl}/api/v1/checks`, {
        method: "POST",
        headers: { "content-type": "application/json", "cf-connecting-ip": `198.51.100.${references.length + 1}` },
        body: JSON.stringify({ answers, lang: "en" }),
      });
      expect(response.status, await response.clone().text()).toBe(201);
      references.push(((await response.json()) as { reference: string }).reference);
    }
  }
  return references;
}

/** Moves stored checks to `day`, their counts with them, in one `wrangler d1 execute` on the app's own D1. */
async function moveChecks(app: RunningApp, references: readonly string[], day: string): Promise<void> {
  if (!references.every((r) => /^[A-Z0-9]{8}$/.test(r))) throw new Error(`Unexpected reference codes: ${references.join(", ")}`);
  const sql = [
    withParameters(WEEKLY_COUNTS_SQL, references, -1),
    withParameters(DAILY_COUNTS_SQL, references, -1),
    `UPDATE responses SET day = '${day}', record_key = ${KEY} WHERE reference IN (SELECT value FROM json_each('${JSON.stringify(references)}'))`,
    withParameters(WEEKLY_COUNTS_SQL, references, 1),
    withParameters(DAILY_COUNTS_SQL, references, 1),
    // installed_on (questionnaire 3) came after migration 0006: counted from the start, as after npm run counts:rebuild.
    "INSERT OR REPLACE INTO dimension_coverage (dim, first_week) VALUES ('installed_on', '2024-06-17')",
  ].join(";\n");
  await executeLocalD1(app.persistTo, sql);
}

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const references = await makeChecks(app);
  // Checks are counted moments later by the queue consumer; the sweep counts them now (README, "Write path").
  const swept = await fetch(`${app.baseUrl}/cdn-cgi/local/scheduled?cron=${encodeURIComponent("*/10 * * * *")}`);
  expect(swept.status).toBe(200);
  await moveChecks(app, references, WEEK.tuesday);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await app?.stop();
});

/**
 * A fresh browser profile on this file's app (browser.ts's openContext serves the
 * shared one), in US English: the date fields then take month, day, year.
 */
async function openContext(
  options: { javaScriptEnabled?: boolean; viewport?: ViewportSize; bypassCSP?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: app.baseUrl, locale: "en-US", ...options });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(15_000);
  contexts.push(context);
  return context;
}

/** A signed-in analyst's page, on the dashboard. */
async function analystPage(options: Parameters<typeof openContext>[0] = {}): Promise<Page> {
  const page = await (await openContext(options)).newPage();
  const landed = await signInByKeyboard(page, "analyst");
  expect(landed.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/analyst");
  return page;
}

const text = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

/** A section's table as [row header, count, marked in emphasis] rows. */
async function tableRows(page: Page, heading: string): Promise<[string, string, boolean][]> {
  const section = page.locator("main section", { has: page.getByRole("heading", { level: 2, name: heading, exact: true }) });
  const rows = await section.locator("table tbody tr").all();
  return Promise.all(
    rows.map(
      async (row): Promise<[string, string, boolean]> => [
        text(await row.locator("th").textContent()),
        text(await row.locator("td").first().textContent()),
        (await row.locator("td em").count()) === 1,
      ],
    ),
  );
}

/** The summary box: which weeks and channel, and the total. */
async function summary(page: Page): Promise<string> {
  return text(await page.locator("main .usa-summary-box").innerText());
}

/** Types a day into a date input that has focus, the way Chromium's en-US date field takes it (month, day, year). */
async function typeDay(page: Page, day: string) {
  const [year, month, date] = day.split("-");
  await page.keyboard.type(`${month}${date}${year}`);
}

const nonZero = (rows: [string, string, boolean][]) => rows.filter(([, count]) => count !== "0");

const SECTION_TITLES = [
  "Responses over time",
  "By type of respondent",
  "By Kaspersky product",
  "Where Kaspersky is or was installed",
  "By state or territory",
];
const DIMENSIONS = ["week", "respondent_type", "product", "installed_on", "state"];
/** How many weeks the dashboard covers when no dates are given. */
const ALL_WEEK_COUNT = (timeOf(ALL_WEEKS.to) + DAY_MS - timeOf(ALL_WEEKS.from)) / (7 * DAY_MS);

describe("the analyst dashboard in Chromium", () => {
  it("an analyst signs in by keyboard and sees five charts with text alternatives, each followed by its table, small counts perturbed like the rest", async () => {
    const page = await analystPage();
    expect(await page.title()).toBe("Counts of responses – Kaspersky ban: check what to do");
    expect(await summary(page)).toBe(
      `Showing the weeks from ${longDay(ALL_WEEKS.from)} to ${longDay(ALL_WEEKS.to)}: Every channel. Responses in these weeks: ${TOTAL}`,
    );

    // Each section: its heading, the chart, then the table behind it (captioned like the heading), then its CSV.
    // The chart sections, not the summary box above them (a section since the Biome clean-up).
    const sections = page.locator("main section[aria-labelledby^='heading-']");
    expect(await sections.locator("h2").allTextContents()).toEqual(SECTION_TITLES);
    const order = await sections.evaluateAll((all) =>
      all.map((s) => [...s.querySelectorAll("h2, svg, table, caption, a[download]")].map((e) => e.tagName.toLowerCase())),
    );
    expect(order).toEqual(SECTION_TITLES.map(() => ["h2", "svg", "table", "caption", "a"]));
    expect((await sections.locator("caption").allTextContents()).map(text)).toEqual(SECTION_TITLES);

    // Each chart is one image whose accessible name is its title and a description of what it shows.
    // (Playwright gives any <svg> the img role; screen readers need role="img" to treat it as one picture.)
    const charts = sections.locator('svg[role="img"]');
    expect(await sections.locator("svg").count()).toBe(5);
    expect(await charts.count()).toBe(5);
    const chartNames = [
      `Responses over time Column chart of responses per week from ${longDay(ALL_WEEKS.from)} to ${longDay(ALL_WEEKS.to)}. Highest: Week of ${longDay(WEEK.monday)}, ${TOTAL}. The table below has every week.`,
      `By type of respondent Bar chart of responses by type of respondent. Largest: Myself or my household, ${published(14)}. The table below has every count.`,
      `By Kaspersky product Bar chart of responses by Kaspersky product. Largest: Kaspersky Small Office Security, ${published(12)}. The table below has every count.`,
      `Where Kaspersky is or was installed Bar chart of responses by where Kaspersky is or was installed. Largest: Windows computers, ${published(12)}. The table below has every count.`,
      `By state or territory Map of the states and territories as equal tiles, each with its code and count, darker for more responses. Largest: California, ${published(14)}. The table below has every count.`,
    ];
    for (const [i, name] of chartNames.entries()) {
      const chart = charts.nth(i);
      expect(
        await chart.and(page.getByRole("img", { name, exact: true })).count(),
        `chart ${i + 1}: ${await chart.ariaSnapshot()}`,
      ).toBe(1);
    }

    // The tables: every week, every option, every count perturbed (nothing hidden).
    const weeks = await tableRows(page, "Responses over time");
    expect(weeks).toHaveLength(ALL_WEEK_COUNT);
    expect(nonZero(weeks)).toEqual([[`Week of ${longDay(WEEK.monday)}`, String(TOTAL), false]]);
    expect(nonZero(await tableRows(page, "By type of respondent"))).toEqual([
      ["Myself or my household", String(published(14)), false],
      ["A small business", String(published(12)), false],
      ["A federal agency", String(published(3)), false],
    ]);
    expect(nonZero(await tableRows(page, "By Kaspersky product"))).toEqual([
      ["Kaspersky Small Office Security", String(published(12)), false],
      ["Kaspersky Endpoint Security or Endpoint Security Cloud", String(published(3)), false],
    ]);
    expect(nonZero(await tableRows(page, "Where Kaspersky is or was installed"))).toEqual([
      ["Windows computers", String(published(12)), false],
      ["Mac computers", String(published(12)), false],
      ["Servers", String(published(3)), false],
    ]);
    expect(nonZero(await tableRows(page, "By state or territory"))).toEqual([
      ["California", String(published(14)), false],
      ["Texas", String(published(12)), false],
      ["Wyoming", String(published(3)), false],
    ]);
    // Each count has its share of all responses beside it.
    const household = page
      .locator("main section", { has: page.getByRole("heading", { name: "By type of respondent", exact: true }) })
      .locator("tbody tr", { hasText: "Myself or my household" });
    expect(text(await household.locator("td").nth(1).textContent())).toBe(`${Math.round((100 * published(14)) / TOTAL)}%`);
    // The page says how the numbers are protected, and nothing is hidden.
    expect(await page.getByText("every count has a little random noise added").count()).toBe(1);
    expect(await page.getByText("Suppressed").count()).toBe(0);

    // The long tables are folded; a keyboard opens them.
    const weekTable = page.locator("main section table").first();
    expect(await weekTable.isVisible()).toBe(false);
    await tabTo(
      page,
      "the over-time table's summary",
      (f) => f.tag === "summary" && f.text === "Show the table: Responses over time",
    );
    await page.keyboard.press("Enter");
    await expect.poll(() => weekTable.isVisible()).toBe(true);
  });

  describe.each([
    ["on", true],
    ["off", false],
  ])("with JavaScript %s", (_on, javaScriptEnabled) => {
    it("the filters narrow the counts to whole weeks and one channel, by keyboard", async () => {
      const page = await analystPage({ javaScriptEnabled });
      // A Tuesday to a Saturday: the counts cover the whole week around them.
      await tabTo(page, "the From date", hasId("from"));
      await typeDay(page, WEEK.tuesday);
      await tabTo(page, "the To date", hasId("to"));
      await typeDay(page, isoDay(timeOf(WEEK.sunday) - DAY_MS));
      await tabTo(page, "the channels", hasId("channel-all"));
      for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
      expect(await focused(page)).toMatchObject({ id: "channel-api", checked: true });
      await tabTo(page, "the Show counts button", isButton("Show counts"));
      const shown = await pressForNewPage(page, "Enter");
      expect(shown.status()).toBe(200);
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
        from: WEEK.tuesday,
        to: isoDay(timeOf(WEEK.sunday) - DAY_MS),
        channel: "api",
      });
      expect(await summary(page)).toBe(
        `Showing the weeks from ${longDay(WEEK.monday)} to ${longDay(WEEK.sunday)}: Partner software (API). Responses in these weeks: ${TOTAL}`,
      );
      // One week: its table is short enough to show unfolded.
      expect(await tableRows(page, "Responses over time")).toEqual([[`Week of ${longDay(WEEK.monday)}`, String(TOTAL), false]]);
      expect(await page.locator("main section table").first().isVisible()).toBe(true);
      // The form shows what was asked.
      expect(await page.locator("#from").inputValue()).toBe(WEEK.tuesday);
      expect(await page.locator("#channel-api").isChecked()).toBe(true);

      // The same weeks, from the website only: nothing (every check came through the API).
      await tabTo(page, "the chosen channel", hasId("channel-api"));
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("ArrowUp");
      expect(await focused(page)).toMatchObject({ id: "channel-web", checked: true });
      await tabTo(page, "the Show counts button", isButton("Show counts"));
      expect((await pressForNewPage(page, "Enter")).status()).toBe(200);
      expect(await summary(page)).toBe(
        `Showing the weeks from ${longDay(WEEK.monday)} to ${longDay(WEEK.sunday)}: Website. Responses in these weeks: 0`,
      );
      expect(nonZero(await tableRows(page, "By type of respondent"))).toEqual([]);
    });

    it("a date range that ends before it starts shows the error summary, focused, and its link leads to the date", async () => {
      const page = await analystPage({ javaScriptEnabled });
      await tabTo(page, "the From date", hasId("from"));
      await typeDay(page, WEEK.sunday);
      await tabTo(page, "the To date", hasId("to"));
      await typeDay(page, WEEK.monday);
      await tabTo(page, "the Show counts button", isButton("Show counts"));
      const refused = await pressForNewPage(page, "Enter");
      expect(refused.status()).toBe(400);

      expect(await page.title()).toBe("Error: Counts of responses – Kaspersky ban: check what to do");
      const alert = page.locator("main .usa-alert");
      // The summary has focus on arrival (autofocus: no script needed).
      const atArrival = await focused(page);
      expect(atArrival, describeFocus(atArrival)).toMatchObject({ tag: "div", role: "alert" });
      expect(text(await alert.innerText())).toBe("There is a problem The start date must be on or before the end date");
      // The message by the field, and the field says so to a screen reader.
      // Screen readers hear "Error: " first (visually hidden), as in the page title.
      expect(text(await page.locator("#from-error").textContent())).toBe(
        "Error: The start date must be on or before the end date",
      );
      expect(text(await page.locator("#from-error .usa-sr-only").textContent())).toBe("Error:");
      expect(await page.locator("#from").getAttribute("aria-describedby")).toBe("dates-hint from-error");
      // The dates stay as typed; nothing is counted.
      expect(await page.locator("#from").inputValue()).toBe(WEEK.sunday);
      expect(await page.locator("#to").inputValue()).toBe(WEEK.monday);
      expect(await page.locator("#channel-all").isChecked()).toBe(true);
      expect(await page.locator("main section").count()).toBe(0);

      await tabTo(page, "the error summary's link", (f) => f.href === "#from");
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await focused(page))?.id).toBe("from");
    });
  });

  it("each table's CSV download answers text/csv with a header row, and downloads by keyboard", async () => {
    const page = await analystPage();
    const links = page.locator("main section a[download]");
    expect((await links.allTextContents()).map(text)).toEqual(SECTION_TITLES.map(() => "Download this table (CSV)"));
    const hrefs = await links.evaluateAll((all) => all.map((a) => a.getAttribute("href")!));
    const csvs: string[][] = [];
    for (const [i, href] of hrefs.entries()) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      const lines = (await response.text()).split("\r\n");
      expect(lines[0]).toBe(`${DIMENSIONS[i]},count`);
      csvs.push(lines);
    }
    // The same counts as the tables.
    expect(csvs[0]).toHaveLength(1 + ALL_WEEK_COUNT + 1);
    expect(csvs[0]).toContain(`${WEEK.monday},${TOTAL}`);
    expect(csvs[1]).toEqual(
      expect.arrayContaining([`household,${published(14)}`, `small_business,${published(12)}`, `federal_agency,${published(3)}`]),
    );
    expect(csvs[4]).toEqual(expect.arrayContaining([`CA,${published(14)}`, `TX,${published(12)}`, `WY,${published(3)}`]));

    // Enter on the first link downloads the file, named for what it holds.
    await tabTo(page, "the first download link", isLink("Download this table (CSV)"));
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe(`responses-week-${ALL_WEEKS.from}-to-${ALL_WEEKS.to}.csv`);
    expect((await readFile(await download.path(), "utf8")).split("\r\n")[0]).toBe("week,count");
  });

  describe.each([
    ["English", "en", "Counts of responses"],
    ["Spanish", "es", "Recuentos de respuestas"],
  ])("in %s", (_language, locale, heading) => {
    /** Signed-in analysts' profiles: a desktop window (the page's CSP allows no inline script; axe is injected as one) and 320×256 CSS px. */
    const views = new Map<string, Promise<BrowserContext>>();
    const signedIn = (view: "desktop" | "reflow") => {
      if (!views.has(view)) {
        const viewport = view === "desktop" ? { width: 1280, height: 800 } : { width: 320, height: 256 };
        views.set(
          view,
          (async () => {
            const context = await openContext({ viewport, bypassCSP: true });
            const page = await context.newPage();
            expect((await signInByKeyboard(page, "analyst")).status()).toBe(200);
            await page.close();
            return context;
          })(),
        );
      }
      return views.get(view)!;
    };

    describe.each([
      ["dashboard", "", 200],
      ["dashboard with its error summary", `&from=${WEEK.sunday}&to=${WEEK.monday}`, 400],
    ])("the %s", (_name, query, status) => {
      async function open(view: "desktop" | "reflow"): Promise<Page> {
        const page = await (await signedIn(view)).newPage();
        const response = await page.goto(`/analyst?lang=${locale}${query}`);
        expect(response?.status()).toBe(status);
        expect(await page.locator("html").getAttribute("lang")).toBe(locale);
        expect(await page.locator("h1").textContent()).toBe(heading);
        // With data: the small counts are there to be checked too (or, in the error state, no tables at all).
        // (Five charts' tables and the "Was this useful?" table.)
        expect(await page.locator("main section table").count()).toBe(status === 200 ? 6 : 0);
        return page;
      }

      it("has nothing axe-core finds against WCAG 2.2 A and AA", async () => {
        const page = await open("desktop");
        const { rulesChecked, violations } = await runAxe(page);
        expect(violations).toEqual([]);
        expect(rulesChecked).toEqual(
          expect.arrayContaining(["html-has-lang", "document-title", "color-contrast", "label", "target-size"]),
        );
        if (status === 200) expect(rulesChecked).toEqual(expect.arrayContaining(["svg-img-alt", "th-has-data-cells"]));
        await page.close();
      });

      it("reflows at 320 CSS px wide without scrolling sideways, its folded tables opened", async () => {
        const page = await open("reflow");
        await page.locator("details").evaluateAll((all) => {
          for (const d of all) (d as HTMLDetailsElement).open = true;
        });
        const found = (await page.evaluate(SIDEWAYS_PROBLEMS)) as Sideways;
        expect(found.innerWidth).toBe(320);
        expect(found.problems).toEqual([]);
        expect(found.scrollWidth).toBeLessThanOrEqual(320);
        await page.close();
      });
    });
  });

  describe.each([
    ["English", "en", "How these numbers are protected", "To see more, choose a longer range"],
    ["Spanish", "es", "Cómo se protegen estos números", "Para ver más, elija un intervalo"],
  ])("in %s, at every width", (_language, locale, protection, seeMore) => {
    it.each([320, 375, 768, 1280])(
      "at %i px, draws no chart text under 12 px: a table instead of a chart where it would be",
      async (width) => {
        const page = await analystPage({ viewport: { width, height: 900 }, bypassCSP: true });
        expect((await page.goto(`/analyst?lang=${locale}`))?.status()).toBe(200);
        const sections = page.locator("main section[aria-labelledby^='heading-']");
        expect(await sections.count()).toBe(5);

        // Each chart as drawn: shown or not, and each of its texts' rendered size (font size × the SVG's scale).
        const charts = await sections.evaluateAll((all) =>
          all.map((section) => {
            const svg = section.querySelector("svg.chart") as SVGSVGElement;
            const box = svg.getBoundingClientRect();
            const shown = getComputedStyle(svg).display !== "none" && box.width > 0;
            const texts = shown
              ? [...svg.querySelectorAll("text")].map((t) => ({
                  text: t.textContent ?? "",
                  px: Number.parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM()!.a,
                }))
              : [];
            const table = section.querySelector("table")!;
            const summary = section.querySelector("details > summary");
            const visible = (e: Element | null) => !!e && e.getBoundingClientRect().height > 0;
            return {
              id: section.getAttribute("aria-labelledby"),
              shown,
              width: box.width,
              texts,
              // The table stands in for the chart: on the page, or its "Show the table" right there.
              tableReachable: visible(table) || visible(summary),
              // The table (or its "Show the table") beside the chart rather than under it.
              tableBeside: shown && section.querySelector(".analyst-data")!.getBoundingClientRect().left >= box.right,
              htmlPx: [...section.querySelectorAll("p, figcaption, th, td, summary, a")]
                .filter((e) => visible(e))
                .map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
            };
          }),
        );
        const chartPx = charts.flatMap((c) => c.texts.map((t) => t.px));
        const htmlPx = charts.flatMap((c) => c.htmlPx);
        console.log(
          `analyst ${locale} at ${width} px: charts shown ${charts.filter((c) => c.shown).length} of 5` +
            (chartPx.length
              ? `, ${chartPx.length} chart texts from ${Math.min(...chartPx).toFixed(1)} to ${Math.max(...chartPx).toFixed(1)} px (charts ${charts.map((c) => Math.round(c.width)).join(", ")} px wide)`
              : "") +
            `; tables and notes from ${Math.min(...htmlPx).toFixed(1)} px`,
        );
        for (const chart of charts) {
          for (const t of chart.texts) expect(t.px, `${chart.id}: "${t.text}"`).toBeGreaterThanOrEqual(12);
          expect(chart.tableReachable, `${chart.id}: its table`).toBe(true);
        }
        expect(Math.min(...htmlPx)).toBeGreaterThanOrEqual(12);
        // Phones: tables only. Tablets and up: every chart. From 1024 px: each table beside its chart.
        expect(charts.map((c) => c.shown)).toEqual(charts.map(() => width >= 768));
        expect(charts.map((c) => c.tableBeside)).toEqual(charts.map(() => width >= 1024));
        if (width >= 1024) {
          // The layout uses the width: the chart and its table span the page.
          const used = await sections.first().evaluate((s) => s.getBoundingClientRect().width);
          expect(used).toBeGreaterThan(width - 100);
        }

        // Every chart says how its numbers are protected, and (every count here being small) how to see more.
        for (const note of [protection, seeMore]) expect(await sections.filter({ hasText: note }).count(), note).toBe(5);

        // Nothing scrolls sideways.
        const found = (await page.evaluate(SIDEWAYS_PROBLEMS)) as Sideways;
        expect(found.problems).toEqual([]);
        expect(found.scrollWidth).toBeLessThanOrEqual(width);

        if (width === 320 || width === 1280) {
          const { violations } = await runAxe(page);
          expect(violations).toEqual([]);
        }
        await page.close();
      },
    );
  });

  it("an agent is refused the dashboard and its CSVs (403), and someone not signed in is asked to sign in (401)", async () => {
    const page = await (await openContext()).newPage();
    expect((await signInByKeyboard(page, "agent")).status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/hotline");
    const refused = await page.goto("/analyst");
    expect(refused?.status()).toBe(403);
    expect(await page.locator("h1").textContent()).toBe("Your account cannot open this page");
    expect(await page.locator("svg, table, form").count()).toBe(0);
    expect((await page.request.get(`/api/v1/stats?group_by=state&format=csv`)).status()).toBe(403);

    const stranger = await (await openContext()).newPage();
    const asked = await stranger.goto("/analyst");
    expect(asked?.status()).toBe(401);
    expect(await stranger.locator("h1").textContent()).toBe("Sign in to continue");
    expect(await stranger.getByRole("link", { name: "Developer sign-in" }).getAttribute("href")).toBe("/dev/sign-in");
  });
});
