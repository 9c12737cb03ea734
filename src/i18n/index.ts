/**
 * @module
 * Locale catalogs and the helpers that read them. Each language is one catalog
 * of the same shape as English (`Catalog`); the type checker and a test refuse a
 * catalog with a missing key. Adding a language is adding a catalog to
 * ./catalogs.ts.
 *
 * The catalogs are most of the Worker's weight, so the Worker does not bundle
 * them: scripts/build-css.mjs writes them as one static file, and the Worker
 * reads it once per instance, before its first answer (src/middleware/catalogs.ts).
 * Node scripts and tests import ./bundled.ts instead, which provides them at once.
 */
import type { StepId } from "../check/guidance/rules";
import type { OptionId, QuestionId } from "../check/questionnaire";
import type { en } from "./en";

export type Catalog = typeof en;

/** The languages the service speaks, the first being the default. */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

let catalogs: Readonly<Record<Locale, Catalog>> | undefined;

/** Makes the catalogs available: ./bundled.ts (Node, tests) or the Worker's loader (src/middleware/catalogs.ts). */
export function provideCatalogs(all: Readonly<Record<Locale, Catalog>>): void {
  catalogs = all;
}

export const catalogsProvided = (): boolean => catalogs !== undefined;

/** Narrows any string (query parameter, stored value) to a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function catalogFor(locale: Locale): Catalog {
  if (!catalogs)
    throw new Error("The catalogs are not loaded: import src/i18n/bundled.ts, or let src/middleware/catalogs.ts read them");
  return catalogs[locale];
}

/** Replaces each `{name}` in the template with its value. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export interface OptionWords {
  readonly label: string;
  readonly hint?: string;
}

export interface QuestionWords<Q extends QuestionId = QuestionId> {
  readonly title: string;
  readonly short: string;
  readonly hint?: string;
  readonly options: { readonly [O in OptionId<Q>]: OptionWords };
}

/**
 * The words for every question and option of the registry: each catalog's
 * `questions` satisfies this, so a missing or misspelt id fails typecheck.
 */
export type QuestionCatalog = { readonly [Q in QuestionId]: QuestionWords<Q> };

/** A guidance step's words: a title and paragraphs (a nested list is bullet points). */
export interface StepWords {
  readonly title: string;
  readonly body: readonly (string | readonly string[])[];
}

/** The words for every guidance step, keyed by the rules' ids. */
export type StepCatalog = { readonly [S in StepId]: StepWords };

/** The words for one question, looked up by its registry id. */
export function questionWords<Q extends QuestionId>(catalog: Catalog, questionId: Q): QuestionWords<Q> {
  return (catalog.questions as QuestionCatalog)[questionId];
}

/** The label of one option of one question. */
export function optionLabel<Q extends QuestionId>(catalog: Catalog, questionId: Q, optionId: OptionId<Q>): string {
  const options: Readonly<Record<string, OptionWords>> = questionWords(catalog, questionId).options;
  return options[optionId]?.label ?? optionId;
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
    if (!format) {
      format = make(locale);
      made.set(locale, format);
    }
    return format;
  };
}

const longDay = formatter(
  (locale) => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
);

/** A day (`YYYY-MM-DD`) written out for people, e.g. "September 29, 2024" in English. */
export function formatDay(day: string, locale: Locale): string {
  return longDay(locale).format(new Date(`${day}T00:00:00Z`));
}

const monthYear = formatter((locale) => new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }));

/** The month of a day written out for people, e.g. "September 2024" in English, "septiembre de 2024" in Spanish. */
export function formatMonth(day: string, locale: Locale): string {
  return monthYear(locale).format(new Date(`${day}T00:00:00Z`));
}
