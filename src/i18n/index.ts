/**
 * @module
 * Locale catalogs and the helpers that read them. Each language is one catalog
 * of the same shape as English (`Catalog`); the type checker and a test refuse a
 * catalog with a missing key. Adding a language is adding a catalog here.
 */
import { en } from "./en";
import { es } from "./es";

export type Catalog = typeof en;

/** The languages the service speaks, the first being the default. */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

const CATALOGS: Record<Locale, Catalog> = { en, es };

/** Narrows any string (query parameter, stored value) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function catalogFor(locale: Locale): Catalog {
  return CATALOGS[locale];
}

/** Replaces each `{name}` in the template with its value. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export interface QuestionWords {
  readonly title: string;
  readonly short: string;
  readonly hint?: string;
  readonly options: Readonly<Record<string, { readonly label: string; readonly hint?: string }>>;
}

/** The words for one question, looked up by its questionnaire id. */
export function questionWords(catalog: Catalog, questionId: string): QuestionWords {
  const words = (catalog.questions as Record<string, QuestionWords>)[questionId];
  if (!words) throw new Error(`No words for question "${questionId}"`);
  return words;
}

/** The label of one option of one question. */
export function optionLabel(catalog: Catalog, questionId: string, optionId: string): string {
  return questionWords(catalog, questionId).options[optionId]?.label ?? optionId;
}

/**
 * One Intl formatter per locale and style, made on first use and kept: making
 * one loads locale data and costs far more than using one, and a result, a
 * submission or a dashboard formats dozens of dates and numbers.
 */
export function formatter<F>(make: (locale: string) => F): (locale: string) => F {
  const made = new Map<string, F>();
  return (locale) => {
    let format = made.get(locale);
    if (!format) made.set(locale, (format = make(locale)));
    return format;
  };
}

const longDay = formatter((locale) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));

/** A day (`YYYY-MM-DD`) written out for people, e.g. "September 29, 2024" in English. */
export function formatDay(day: string, locale: Locale): string {
  return longDay(locale).format(new Date(`${day}T00:00:00Z`));
}
