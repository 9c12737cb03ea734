import { describe, expect, it } from "vitest";
import { SALES_STOP, UPDATES_STOP } from "../../src/check/dates";
import { guidance } from "../../src/check/guidance";
import { POLICY_DATE_PLACEHOLDERS } from "../../src/check/guidance/policy-dates";
import { LOCALES, catalogFor, formatDay } from "../../src/i18n";
import { answers } from "../support/answers";

/** Years that are part of a name, not a date: the National Defense Authorization Act for Fiscal Year 2018. */
const NAMES_WITH_YEARS = /(Authorization Act for Fiscal Year|Defensa Nacional para el Año Fiscal) 2018/g;

const stepTexts = (locale: (typeof LOCALES)[number]) =>
  Object.values(catalogFor(locale).steps).flatMap((words) => [words.title, ...words.body.flat()]);

describe("policy dates in step text", () => {
  it.each(LOCALES)("are never typed into the %s step words, only named by a known placeholder", (locale) => {
    for (const text of stepTexts(locale)) {
      expect(text.replace(NAMES_WITH_YEARS, ""), text).not.toMatch(/\b20\d\d\b/);
      for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(POLICY_DATE_PLACEHOLDERS).toContain(name);
    }
  });

  it.each(LOCALES)("are filled from the dates module in %s, leaving no placeholder behind", (locale) => {
    const before = guidance(answers({ has_kaspersky: "yes", products: ["consumer_current"] }), "2024-07-01", locale);
    const text = JSON.stringify(before.steps.map((s) => [s.title, s.body]));
    expect(text).not.toMatch(/\{\w+\}/);
    expect(text).toContain(formatDay(SALES_STOP, locale));
    expect(text).toContain(formatDay(UPDATES_STOP, locale));
  });
});

describe("formatDay", () => {
  it("writes a day out in each language", () => {
    const written = { en: "September 29, 2024", es: "29 de septiembre de 2024" } as const;
    for (const locale of LOCALES) expect(formatDay(UPDATES_STOP, locale)).toBe(written[locale]);
    expect(formatDay("2026-12-03", "en")).toBe("December 3, 2026");
  });
});
