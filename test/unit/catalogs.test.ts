import { describe, expect, it } from "vitest";
import { RULES } from "../../src/check/guidance/rules";
import { QUESTIONS } from "../../src/check/questionnaire";
import { OUTCOMES } from "../../src/check/vocabulary";
import { CHANGE_REASONS } from "../../src/check/vocabulary";
import { LOCALES, catalogFor, questionWords } from "../../src/i18n";

/** Every leaf of a catalog as "path = value", arrays indexed, so shapes can be compared. */
function leaves(value: unknown, path = ""): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === "string") found.set(path, value);
  else if (value && typeof value === "object")
    for (const [key, child] of Object.entries(value)) for (const [p, v] of leaves(child, `${path}.${key}`)) found.set(p, v);
  return found;
}

const english = leaves(catalogFor("en"));

describe("the locale catalogs", () => {
  it.each(LOCALES)("%s has every key English has, none empty, and no extra ones", (locale) => {
    const catalog = leaves(catalogFor(locale));
    expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of catalog) expect(text.trim(), `${locale}${path}`).not.toBe("");
  });

  it.each(LOCALES)("%s keeps every {placeholder} of the English text", (locale) => {
    const catalog = leaves(catalogFor(locale));
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [path, text] of english) expect(placeholders(catalog.get(path)!), `${locale}${path}`).toEqual(placeholders(text));
  });

  it.each(LOCALES)("%s has words for every question, option and guidance step", (locale) => {
    const catalog = catalogFor(locale);
    for (const question of QUESTIONS) {
      const words = questionWords(catalog, question.id);
      expect(Object.keys(words.options).sort()).toEqual(question.options.map((o) => o.id).sort());
    }
    expect(Object.keys(catalog.steps).sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it.each(LOCALES)("%s names every hotline outcome and change reason", (locale) => {
    const { hotline } = catalogFor(locale);
    expect(Object.keys(hotline.outcomes).sort()).toEqual([...OUTCOMES].sort());
    expect(Object.keys(hotline.reasons).sort()).toEqual([...CHANGE_REASONS].sort());
  });
});
