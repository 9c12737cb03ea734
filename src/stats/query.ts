/**
 * @module
 * Reading a stats request's parameters: `group_by` (zero to two dimensions,
 * comma-separated), `from` and `to` (`YYYY-MM-DD`, both optional), `channel`
 * and `format`. Dates snap outwards to whole ISO weeks (Monday to Sunday, UTC),
 * start no earlier than STATS_START and end no later than the last complete
 * week; the answer says which weeks it covers. Each problem names its
 * parameter, a code (for translated messages) and an English message (for the API).
 */
import * as z from "../validation";
import { isIsoDay } from "../check/dates";
import { CHANNELS } from "../check/vocabulary";
import { STATS_START, lastCompleteWeekEnd, weekEnd, weekOf } from "./calendar";
import { DIMENSION_NAMES, isDimensionName, type DimensionName } from "./dimensions";
import type { StatsQuery } from "./tabulate";

export const STATS_PARAMETERS = ["group_by", "from", "to", "channel", "format"] as const;
export type StatsParameter = (typeof STATS_PARAMETERS)[number];
export type StatsFormat = "json" | "csv";

export type ProblemCode =
  | "unknown_parameter"
  | "repeated_parameter"
  | "unknown_dimension"
  | "too_many_dimensions"
  | "repeated_dimension"
  | "not_a_date"
  | "from_after_to"
  | "no_complete_week"
  | "unknown_channel"
  | "unknown_format"
  /** `from` is before a dimension asked was counted (src/stats/coverage.ts). */
  | "not_yet_counted";

export interface QueryProblem {
  readonly parameter: string;
  readonly code: ProblemCode;
  readonly message: string;
}

export type ParsedQuery =
  | {
      readonly ok: true;
      readonly query: StatsQuery;
      readonly format: StatsFormat | undefined;
      /** `from` was given, not defaulted: one before a dimension's first week is refused, not moved (src/stats/coverage.ts). */
      readonly fromGiven: boolean;
    }
  | { readonly ok: false; readonly problems: readonly QueryProblem[] };

const channelSchema = z.enum(CHANNELS);
const formatSchema = z.enum(["json", "csv"]);

function readDimensions(text: string | undefined, problems: QueryProblem[]): DimensionName[] {
  if (text === undefined || text.trim() === "") return [];
  const names = text.split(",").map((n) => n.trim());
  const problem = (code: ProblemCode, message: string) => problems.push({ parameter: "group_by", code, message });
  for (const name of names.filter((n) => !isDimensionName(n))) {
    problem("unknown_dimension", `Unknown dimension "${name}"; use one or two of: ${DIMENSION_NAMES.join(", ")}`);
  }
  if (names.length > 2) problem("too_many_dimensions", `group_by takes at most two dimensions; it has ${names.length}`);
  if (new Set(names).size < names.length) problem("repeated_dimension", "group_by names the same dimension twice");
  return names.filter(isDimensionName);
}

function readDay(parameter: "from" | "to", text: string | undefined, problems: QueryProblem[]): string | undefined {
  if (text === undefined || text === "") return undefined;
  if (isIsoDay(text)) return text;
  problems.push({ parameter, code: "not_a_date", message: `${parameter} must be a real date written YYYY-MM-DD, not "${text}"` });
  return undefined;
}

/**
 * Parses a request's parameters (each name with every value it was given).
 * `allowed` lists extra parameter names the caller accepts (such as `lang`);
 * anything else is refused, so a misspelt parameter is never silently ignored.
 */
export function parseStatsQuery(
  params: Readonly<Record<string, readonly string[]>>,
  today: string,
  allowed: readonly string[] = [],
): ParsedQuery {
  const problems: QueryProblem[] = [];
  for (const [name, values] of Object.entries(params)) {
    if (!(STATS_PARAMETERS as readonly string[]).includes(name) && !allowed.includes(name)) {
      problems.push({
        parameter: name,
        code: "unknown_parameter",
        message: `Unknown parameter "${name}"; use ${STATS_PARAMETERS.join(", ")}`,
      });
    } else if (values.length > 1) {
      problems.push({
        parameter: name,
        code: "repeated_parameter",
        message: `${name} is given ${values.length} times; give it once`,
      });
    }
  }
  const one = (name: StatsParameter) => params[name]?.[0];
  const dimensions = readDimensions(one("group_by"), problems);
  const from = readDay("from", one("from"), problems);
  const to = readDay("to", one("to"), problems);
  if (from && to && from > to)
    problems.push({ parameter: "from", code: "from_after_to", message: `from (${from}) is after to (${to})` });

  const channelText = one("channel");
  const channel = channelText === undefined || channelText === "" ? null : channelSchema.safeParse(channelText).data;
  if (channel === undefined) {
    problems.push({
      parameter: "channel",
      code: "unknown_channel",
      message: `channel must be one of ${CHANNELS.join(", ")}, not "${channelText}"`,
    });
  }
  const formatText = one("format");
  const format = formatText === undefined ? undefined : formatSchema.safeParse(formatText).data;
  if (formatText !== undefined && !format) {
    problems.push({ parameter: "format", code: "unknown_format", message: `format must be json or csv, not "${formatText}"` });
  }
  if (problems.length) return { ok: false, problems };

  const last = lastCompleteWeekEnd(today);
  // biome-ignore lint/complexity/useMathMinMax: ISO day strings, compared as strings, not numbers
  const start = weekOf(from ?? STATS_START) < STATS_START ? STATS_START : weekOf(from ?? STATS_START);
  // biome-ignore lint/complexity/useMathMinMax: as above
  const end = weekEnd(to ?? last) > last ? last : weekEnd(to ?? last);
  if (start > end) {
    const message =
      `No complete week between ${from ?? STATS_START} and ${to ?? last}: counts cover whole weeks (Monday to Sunday, UTC) ` +
      `from ${STATS_START} to the last week published, which ended ${last} (each week is published on the Tuesday after it ends)`;
    return { ok: false, problems: [{ parameter: to ? "to" : "from", code: "no_complete_week", message }] };
  }
  return {
    ok: true,
    query: { dimensions, from: start, to: end, channel: channel ?? null },
    format,
    fromGiven: from !== undefined,
  };
}
