/**
 * @module
 * The dates the guidance turns on (facts file: shared/facts/kaspersky-ban.md)
 * and the calendar-day helpers. Days are ISO `YYYY-MM-DD` strings in UTC, which
 * compare correctly as strings; no time of day is ever used.
 */

/** DHS Binding Operational Directive 17-01 ordered federal agencies to remove Kaspersky products. */
export const FEDERAL_DIRECTIVE = "2017-09-13";
/** NDAA FY2018 s.1634: no federal agency may use Kaspersky products or services from this day (FAR 4.2002). */
export const FEDERAL_BAN = "2018-10-01";
/** The Final Determination was announced (89 FR 52434 published on the 24th). */
export const BAN_ANNOUNCED = "2024-06-20";
/** No new sales or licences to US persons from this day. */
export const SALES_STOP = "2024-07-20";
/** No signature or software updates for US persons from this day (BIS: 12:00 a.m. EDT). */
export const UPDATES_STOP = "2024-09-29";
/** Kaspersky began emailing US customers about the handover to UltraAV. */
export const ULTRAAV_HANDOVER = "2024-09-05";

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Whether the string is a real calendar day in `YYYY-MM-DD` form. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The UTC calendar day of an instant, as `YYYY-MM-DD`. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The day `n` days after an ISO day (before, for negative `n`). */
export function addDays(day: string, n: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
}

/** The day before an ISO day, for inclusive "until" bounds. */
export function dayBefore(day: string): string {
  return addDays(day, -1);
}
