/**
 * @module
 * The calendar of the counts: UTC days (`YYYY-MM-DD`), ISO weeks named by
 * their Monday, and months (`YYYY-MM`). Every stats answer covers whole weeks
 * (see README, "Differencing"), so these helpers snap days to week boundaries.
 */
// With its extension, so Node scripts (counts:rebuild) can load this file as it is.
import { addDays, dayBefore } from "../check/dates.ts";

export { addDays };

/** The Monday of the week the ban was announced (2024-06-20): counts start here. */
export const STATS_START = "2024-06-17";

const toTime = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The Monday of the ISO week that contains `day`. */
export function weekOf(day: string): string {
  const weekday = (new Date(toTime(day)).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return addDays(day, -weekday);
}

/** The Sunday that ends the ISO week containing `day`. */
export function weekEnd(day: string): string {
  return addDays(weekOf(day), 6);
}

/** The month (`YYYY-MM`) of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/**
 * How many days after its Sunday a week is published: why, in src/services/stats-request.ts
 * (`statsToday`). The analyst pages and the stats API's messages say "the Tuesday after it ends".
 */
export const PUBLISH_AFTER_DAYS = 1;

/** The day stats take as today on `day`, before any week is held back: PUBLISH_AFTER_DAYS earlier. */
export function publishingDay(day: string): string {
  return addDays(day, -PUBLISH_AFTER_DAYS);
}

/** The last day of the last complete week before `today`: the current week is still filling up. */
export function lastCompleteWeekEnd(today: string): string {
  return dayBefore(weekOf(today));
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The Monday of every week from the week of `from` to the week of `to`. */
export function weeksBetween(from: string, to: string): string[] {
  const weeks: string[] = [];
  for (let week = weekOf(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/** Every month that has a day between `from` and `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); ) {
    months.push(month);
    const [year, m] = month.split("-").map(Number) as [number, number];
    month = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  }
  return months;
}
