/**
 * @module
 * The policy dates that step text mentions, written out for people in each
 * language. Catalogs never type a date: they say `{salesStop}`, `{updatesStop}`,
 * `{handoverMonth}`, `{federalDirectiveYear}`, `{federalBan}` or `{banYear}` (the year of "the 2024 rule"), and guidance fills them from src/check/dates.ts, so a
 * corrected date changes every sentence that states it, in every language.
 */
import { BAN_ANNOUNCED, FEDERAL_BAN, FEDERAL_DIRECTIVE, SALES_STOP, ULTRAAV_HANDOVER, UPDATES_STOP } from "../dates";
import { formatDay, formatMonth, type Locale } from "../../i18n";

/** The placeholder names step text may use. */
export const POLICY_DATE_PLACEHOLDERS = [
  "salesStop",
  "updatesStop",
  "handoverMonth",
  "federalDirectiveYear",
  "federalBan",
  "banYear",
] as const;
type Placeholder = (typeof POLICY_DATE_PLACEHOLDERS)[number];

const made = new Map<Locale, Readonly<Record<Placeholder, string>>>();

/** Each placeholder's words in this language (worked out once per language). */
export function policyDates(locale: Locale): Readonly<Record<Placeholder, string>> {
  let dates = made.get(locale);
  if (!dates) {
    dates = {
      salesStop: formatDay(SALES_STOP, locale),
      updatesStop: formatDay(UPDATES_STOP, locale),
      handoverMonth: formatMonth(ULTRAAV_HANDOVER, locale),
      federalDirectiveYear: FEDERAL_DIRECTIVE.slice(0, 4),
      federalBan: formatDay(FEDERAL_BAN, locale),
      banYear: BAN_ANNOUNCED.slice(0, 4),
    };
    made.set(locale, dates);
  }
  return dates;
}
