/**
 * A small world for the attack suite: responses over three whole weeks, the
 * middle one cut by the end of January 2025, by respondent type,
 * embedded and channel, some of them padding the attacker submitted, each with
 * a record key; and every answer the API can give about them (every dimension
 * and pair of these, with day, week and month, every channel filter, every
 * range of whole weeks), computed by the real src/stats/tabulate.ts.
 */
import fc from "fast-check";
import { RECORD_KEY_RANGE } from "../../../../src/stats/cell-key";
import { addDays, monthOf, weekOf } from "../../../../src/stats/calendar";
import type { Channel } from "../../../../src/check/vocabulary";
import type { DimensionName } from "../../../../src/stats/dimensions";
import { KEY_SEPARATOR } from "../../../../src/stats/slices";
import { tabulate, type StatsQuery } from "../../../../src/stats/tabulate";
import type { WeekCounts } from "../../../../src/stats/week-counts";
import { countsOf, type FakeResponse } from "../fake-responses";

export const WEEKS = ["2025-01-20", "2025-01-27", "2025-02-03"];
export const DAYS = Array.from({ length: 7 * WEEKS.length }, (_, i) => addDays(WEEKS[0]!, i));
export const RESPONDENTS = ["household", "small_business", "federal_agency"] as const;
export const EMBEDDED = ["no", "yes"] as const;
export const CHANNELS: readonly Channel[] = ["web", "hotline", "api"];
export const CATEGORIES: readonly DimensionName[] = ["respondent_type", "embedded", "channel"];

export interface Respondent {
  readonly respondent: number;
  readonly embedded: number;
  readonly channel: number;
  readonly day: number;
  readonly key: number;
  /** Submitted by the attacker, who knows its answers (never its record key). */
  readonly padding: boolean;
}

/** Skewed so that counts from 1 to 10 are common; padding sits on rare answers, as an attacker's would. */
export const respondent: fc.Arbitrary<Respondent> = fc.record({
  respondent: fc.constantFrom(0, 0, 0, 1, 1, 2),
  embedded: fc.constantFrom(0, 0, 0, 1),
  channel: fc.constantFrom(0, 0, 0, 1, 2),
  day: fc.integer({ min: 0, max: DAYS.length - 1 }),
  key: fc.integer({ min: 0, max: RECORD_KEY_RANGE - 1 }),
  padding: fc.constant(false),
});
export const padding: fc.Arbitrary<Respondent> = fc.record({
  respondent: fc.constant(2),
  embedded: fc.constant(1),
  channel: fc.constant(2),
  day: fc.integer({ min: 0, max: DAYS.length - 1 }),
  key: fc.integer({ min: 0, max: RECORD_KEY_RANGE - 1 }),
  padding: fc.constant(true),
});

/** Atoms: one per combination of respondent type, embedded, channel and day. */
export const ATOMS = RESPONDENTS.length * EMBEDDED.length * CHANNELS.length * DAYS.length;
export const atomOf = (r: Pick<Respondent, "respondent" | "embedded" | "channel" | "day">) =>
  ((r.respondent * EMBEDDED.length + r.embedded) * CHANNELS.length + r.channel) * DAYS.length + r.day;
export const atomParts = (atom: number) => ({
  day: atom % DAYS.length,
  channel: Math.floor(atom / DAYS.length) % CHANNELS.length,
  embedded: Math.floor(atom / (DAYS.length * CHANNELS.length)) % EMBEDDED.length,
  respondent: Math.floor(atom / (DAYS.length * CHANNELS.length * EMBEDDED.length)),
});

const VALUES = new Map<DimensionName, string[]>();
/** The values an atom has for a dimension of the world. */
export function valueFor(atom: number, dimension: DimensionName): string {
  let values = VALUES.get(dimension);
  if (!values) {
    values = Array.from({ length: ATOMS }, (_, a) => computeValue(a, dimension));
    VALUES.set(dimension, values);
  }
  return values[atom]!;
}

function computeValue(atom: number, dimension: DimensionName): string {
  const p = atomParts(atom);
  const day = DAYS[p.day]!;
  switch (dimension) {
    case "respondent_type":
      return RESPONDENTS[p.respondent]!;
    case "embedded":
      return EMBEDDED[p.embedded]!;
    case "channel":
      return CHANNELS[p.channel]!;
    case "day":
      return day;
    case "week":
      return weekOf(day);
    case "month":
      return monthOf(day);
    default:
      throw new Error(`Not in the world: ${dimension}`);
  }
}

const fake = (r: Respondent): FakeResponse => {
  const day = DAYS[r.day]!;
  return {
    respondent_type: [RESPONDENTS[r.respondent]!],
    embedded: [EMBEDDED[r.embedded]!],
    channel: [CHANNELS[r.channel]!],
    day: [day],
    week: [weekOf(day)],
    month: [monthOf(day)],
    key: r.key,
  };
};

/** The weeks' counts as the database would give them for a channel filter. */
export function weeksOf(responses: readonly Respondent[], channel: Channel | null): Map<string, WeekCounts> {
  const kept = responses.filter((r) => channel === null || CHANNELS[r.channel] === channel);
  return new Map(WEEKS.map((w) => [w, countsOf(kept.filter((r) => weekOf(DAYS[r.day]!) === w).map(fake))]));
}

/** A set of atoms whose responses get one fixed noise (the same set, the same noise, however reached). */
export type AtomSet = readonly number[];

/** One published number: the query that gave it, the atoms it counts, and how the method makes it from noisy sets. */
export interface Published {
  readonly query: StatsQuery;
  readonly label: string;
  readonly atoms: AtomSet;
  readonly value: number;
  /** By the method's definition (README): the sets whose noisy counts make this number, added or taken away. */
  readonly sets: readonly { readonly atoms: AtomSet; readonly sign: 1 | -1 }[];
  /** Whether the number is floored at zero after adding up. */
  readonly floored: boolean;
}

/** Every grouping the suite asks: none, each dimension, each pair (time dimensions included). */
export const GROUPINGS: readonly (readonly DimensionName[])[] = (() => {
  const all: DimensionName[] = [...CATEGORIES, "day", "week", "month"];
  const out: DimensionName[][] = [[], ...all.map((d) => [d])];
  for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) out.push([all[i]!, all[j]!]);
  return out;
})();

const TIME = new Set<DimensionName>(["day", "week", "month"]);
const dayOf = (atom: number) => DAYS[atomParts(atom).day]!;
const lastOfMonth = (month: string) => {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
};

/** How the method makes a cell's number over a range: which noisy sets, by the README's rules. */
function setsOf(cell: AtomSet, dims: readonly DimensionName[], query: StatsQuery): Pick<Published, "sets" | "floored"> {
  const timed = dims.filter((d) => TIME.has(d));
  const inWeeks = (atom: number, from: string, to: string) => dayOf(atom) >= from && dayOf(atom) <= to;
  if (!timed.length) {
    const upTo = cell.filter((a) => inWeeks(a, WEEKS[0]!, query.to));
    const before = cell.filter((a) => dayOf(a) < query.from);
    return {
      sets: [
        { atoms: upTo, sign: 1 },
        { atoms: before, sign: -1 },
      ],
      floored: true,
    };
  }
  const inRange = cell.filter((a) => inWeeks(a, query.from, query.to));
  const byWeek = () => WEEKS.map((w) => ({ atoms: inRange.filter((a) => weekOf(dayOf(a)) === w), sign: 1 as const }));
  if (timed.includes("day") || timed.includes("week")) return { sets: byWeek(), floored: false };
  const month = monthOf(dayOf(inRange[0] ?? cell[0]!));
  const whole = `${month}-01` >= query.from && lastOfMonth(month) <= query.to;
  return { sets: whole ? [{ atoms: inRange, sign: 1 }] : byWeek(), floored: false };
}

/** Every answer for these dimensions, channel and range, as published numbers with their atoms. */
export function answers(
  responses: readonly Respondent[],
  query: StatsQuery,
  weeks = weeksOf(responses, query.channel),
): Published[] {
  const table = tabulate(query, weeks);
  const inChannel = (atom: number) => query.channel === null || valueFor(atom, "channel") === query.channel;
  const everyAtom = Array.from({ length: ATOMS }, (_, i) => i).filter(inChannel);
  const inRange = (atom: number) => dayOf(atom) >= query.from && dayOf(atom) <= query.to;
  const range = `${query.channel ?? "all"} ${query.from}..${query.to}`;
  const cellsOf = (dims: readonly DimensionName[], map: ReadonlyMap<string, number>, tag: string): Published[] => {
    const byKey = new Map<string, number[]>();
    // A cell is every atom with its values, in any week (cumulative counts reach before the range).
    for (const atom of everyAtom) {
      if (dims.some((d) => TIME.has(d)) && !inRange(atom)) continue;
      const key = dims.map((d) => valueFor(atom, d)).join(KEY_SEPARATOR);
      const list = byKey.get(key);
      if (list) list.push(atom);
      else byKey.set(key, [atom]);
    }
    return [...byKey].map(([key, cell]) => ({
      query,
      label: `${tag} ${dims.join("×") || "total"}=${key.replaceAll(KEY_SEPARATOR, "×")}`,
      atoms: cell.filter(inRange),
      value: dims.length ? (map.get(key) ?? 0) : table.total,
      ...setsOf(cell, dims, query),
    }));
  };
  return [
    ...cellsOf([], new Map(), range),
    ...cellsOf(query.dimensions, table.cells, range),
    ...table.margins.flatMap((m, i) => cellsOf([query.dimensions[i]!], m, `${range} subtotal`)),
  ];
}

/** Every answer the API can give about these responses. */
export function everyAnswer(responses: readonly Respondent[]): Published[] {
  const out: Published[] = [];
  for (const channel of [null, ...CHANNELS]) {
    const weeks = weeksOf(responses, channel);
    for (let i = 0; i < WEEKS.length; i++) {
      for (let j = i; j < WEEKS.length; j++) {
        for (const dimensions of GROUPINGS) {
          out.push(...answers(responses, { dimensions, from: WEEKS[i]!, to: addDays(WEEKS[j]!, 6), channel }, weeks));
        }
      }
    }
  }
  return out;
}
