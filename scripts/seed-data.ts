/**
 * @module
 * Realistic synthetic responses for local development and benchmarks (see
 * scripts/seed.ts). Deterministic for a given seed. The mix, roughly:
 *
 * - days: from 2024-06-17 to the last complete week; a rush after the ban was
 *   announced (June 2024), a second one when UltraAV replaced Kaspersky and
 *   updates stopped (September 2024), then a slow decline; half as many checks
 *   on weekends;
 * - channel: web 82 %, hotline 12 %, API 6 %; Spanish 10 % (25 % on the hotline);
 * - respondent: households 72 %, small businesses 11 %, critical infrastructure
 *   5.5 %, IT providers 5 %, large organizations 3 %, state/local 3 %, federal 0.5 %;
 * - Kaspersky: has it 38 %, removed it 17 %, not sure 20 %, no 25 %; products
 *   follow the respondent (consumer products for households, business ones for
 *   organizations), one to three of them; where Kaspersky is installed mostly Windows;
 * - state: by population (2020 census) for 88 %; the rest prefer not to say,
 *   are outside the US, or skip the question;
 * - hotline calls: an outcome recorded for 85 %.
 *
 * Every response walks the question registry in order and follows its
 * branching, as the app would store it: a question this mix has no weights
 * for (one added later) gets an even draw over its offered options.
 */
import {
  CONDITIONS,
  MULTIPLE_CHOICE_IDS,
  QUESTIONS,
  SINGLE_CHOICE_IDS,
  type STATES,
  conditionHolds,
  optionIds,
  selected,
  type Answers,
  type OptionId,
  type QuestionId,
} from "../src/check/questionnaire.ts";
import { REFERENCE_ALPHABET } from "../src/check/reference.ts";
import type { Outcome } from "../src/check/vocabulary.ts";

export const SEED_START = "2024-06-17";

/** One row of `responses`, in column order, and its choices. */
export interface SeedResponse {
  readonly row: readonly (string | number | null)[];
  readonly choices: readonly (readonly [string, string, string])[];
}

export const RESPONSE_COLUMNS = [
  "reference",
  "channel",
  "locale",
  "questionnaire_version",
  "guidance_version",
  "day",
  ...SINGLE_CHOICE_IDS,
  "outcome",
  "record_key",
] as const;

/**
 * A seeded response's record key (src/stats/cell-key.ts): a hash of its reference, so
 * the same seed gives the same keys without drawing from the answers' random stream.
 */
export function seedRecordKey(reference: string): number {
  let h = 0x811c9dc5;
  for (const ch of reference) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const next = random(h);
  next();
  return Math.floor(next() * 2 ** 31);
}

/** A small fast PRNG (mulberry32): the same seed gives the same responses. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weights (single choice) or chances (multiple choice) of a question's options: typed, so a misspelt id does not compile. */
type Weights<K extends string = string> = Readonly<Partial<Record<K, number>>>;
export type Mix<Q extends QuestionId> = Weights<OptionId<Q>>;

function pick<K extends string>(rand: () => number, weights: Weights<K>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rand() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

/** Each option with its own chance; at least one is chosen (the likeliest, if chance picks none). */
function pickSome<K extends string>(rand: () => number, chances: Weights<K>): K[] {
  const entries = Object.entries(chances) as [K, number][];
  const chosen = entries.filter(([, p]) => rand() < p).map(([v]) => v);
  return chosen.length ? chosen : [entries.sort((a, b) => b[1] - a[1])[0]![0]];
}

/** Population shares, 2020 census (thousands), with DC and the territories. */
const POPULATION: Mix<"state"> & Record<(typeof STATES)[number], number> = {
  AL: 5024,
  AK: 733,
  AZ: 7152,
  AR: 3012,
  CA: 39538,
  CO: 5774,
  CT: 3606,
  DE: 990,
  DC: 690,
  FL: 21538,
  GA: 10712,
  HI: 1455,
  ID: 1839,
  IL: 12813,
  IN: 6786,
  IA: 3190,
  KS: 2938,
  KY: 4506,
  LA: 4658,
  ME: 1362,
  MD: 6177,
  MA: 7030,
  MI: 10077,
  MN: 5706,
  MS: 2961,
  MO: 6155,
  MT: 1084,
  NE: 1962,
  NV: 3105,
  NH: 1378,
  NJ: 9289,
  NM: 2118,
  NY: 20201,
  NC: 10439,
  ND: 779,
  OH: 11799,
  OK: 3959,
  OR: 4237,
  PA: 13003,
  RI: 1097,
  SC: 5118,
  SD: 887,
  TN: 6911,
  TX: 29146,
  UT: 3272,
  VT: 643,
  VA: 8631,
  WA: 7705,
  WV: 1794,
  WI: 5894,
  WY: 577,
  AS: 50,
  GU: 154,
  MP: 48,
  PR: 3286,
  VI: 87,
};

const RESPONDENTS: Mix<"respondent"> = {
  household: 72,
  small_business: 11,
  large_organization: 3,
  sltt_government: 3,
  federal_agency: 0.5,
  critical_infrastructure: 5.5,
  it_provider: 5,
};
const SECTOR_WEIGHTS: Mix<"sector"> = Object.fromEntries(
  optionIds("sector").map((s) => [
    s,
    [
      "energy",
      "water_wastewater",
      "healthcare_public_health",
      "communications",
      "information_technology",
      "financial_services",
    ].includes(s)
      ? 4
      : s === "nuclear" || s === "dams"
        ? 0.3
        : 1,
  ]),
);
const DEVICES: Record<string, Mix<"devices">> = {
  small_business: { "1_9": 60, "10_49": 35, "50_249": 5 },
  it_provider: { "1_9": 20, "10_49": 40, "50_249": 30, "250_999": 10 },
  default: { "10_49": 15, "50_249": 35, "250_999": 30, "1000_plus": 20 },
};
const CONSUMER_PRODUCTS: Mix<"products"> = {
  consumer_current: 0.45,
  consumer_classic: 0.25,
  password_manager: 0.2,
  vpn: 0.15,
  safe_kids: 0.08,
  other_or_unknown: 0.05,
};
const BUSINESS_PRODUCTS: Mix<"products"> = {
  small_office: 0.3,
  endpoint: 0.45,
  security_center: 0.2,
  edr_mdr: 0.08,
  hybrid_cloud: 0.06,
  office365: 0.1,
  industrial: 0.05,
  consumer_current: 0.1,
  other_or_unknown: 0.08,
};
const OUTCOMES: Weights<Outcome> = {
  guided_removal: 40,
  referred_to_cisa: 10,
  will_check_and_call_back: 20,
  not_affected: 20,
  other_help: 10,
};

const DAY_MS = 86_400_000;
const time = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/** How busy each day from SEED_START to `end` is: rushes after the news, fewer checks at weekends. */
export function dayWeights(end: string): { days: string[]; cumulative: Float64Array } {
  const days: string[] = [];
  for (let t = time(SEED_START); t <= time(end); t += DAY_MS) days.push(dayOf(t));
  const cumulative = new Float64Array(days.length);
  let sum = 0;
  const announced = time("2024-06-20");
  const ultraav = time("2024-09-20");
  days.forEach((day, i) => {
    const t = time(day);
    const sinceNews = Math.max(0, (t - announced) / DAY_MS);
    const nearUltraav = (t - ultraav) / DAY_MS;
    const busy =
      0.35 + 6 * Math.exp(-sinceNews / 25) + 3 * Math.exp(-(nearUltraav * nearUltraav) / 200) + 0.4 * Math.exp(-sinceNews / 300);
    const weekday = new Date(t).getUTCDay();
    sum += busy * (weekday === 0 || weekday === 6 ? 0.5 : 1);
    cumulative[i] = sum;
  });
  return { days, cumulative };
}

/** `count` days drawn from the weights, in order (so writes in a batch touch few weeks). */
export function drawDays(rand: () => number, count: number, end: string): string[] {
  const { days, cumulative } = dayWeights(end);
  const total = cumulative[cumulative.length - 1]!;
  const drawn = new Uint32Array(count);
  for (let n = 0; n < count; n++) {
    const r = rand() * total;
    let lo = 0;
    let hi = days.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    drawn[n] = lo;
  }
  drawn.sort();
  return Array.from(drawn, (i) => days[i]!);
}

// 30^8 codes; multiplying a counter by a number prime to 30 visits each once (a bijection mod 30^8).
const CODE_SPACE = 30 ** 8;
const STRIDE = 1_000_000_007;

/** The n-th reference code of a run starting at `offset`: distinct within a run, scattered, valid. */
export function referenceCode(offset: number, n: number): string {
  let x = Number((BigInt(offset + n) * BigInt(STRIDE)) % BigInt(CODE_SPACE));
  let code = "";
  for (let i = 0; i < 8; i++) {
    code = REFERENCE_ALPHABET[x % 30]! + code;
    x = Math.floor(x / 30);
  }
  return code;
}

/** The mix of each question, given the answers so far and the day; a question without one is drawn evenly. */
const MIX: { readonly [Q in QuestionId]?: (answers: Answers, day: string) => Mix<Q> } = {
  respondent: () => RESPONDENTS,
  sector: () => SECTOR_WEIGHTS,
  has_kaspersky: () => ({ yes: 38, removed: 17, not_sure: 20, no: 25 }),
  products: (a) => (conditionHolds(CONDITIONS.isOrganization, a) ? BUSINESS_PRODUCTS : CONSUMER_PRODUCTS),
  installed_on: (a) => ({
    windows: 0.85,
    mac: 0.18,
    android: 0.25,
    ios: 0.15,
    ...(conditionHolds(CONDITIONS.isOrganization, a) && { servers: 0.5 }),
    not_sure: 0.1,
  }),
  devices: (a) => DEVICES[a.respondent ?? ""] ?? DEVICES.default!,
  ultraav: (a, day) =>
    !conditionHolds(CONDITIONS.isOrganization, a) && conditionHolds(CONDITIONS.hasOrHadKaspersky, a) && day >= "2024-09-05"
      ? { yes: 35, not_sure: 20, no: 45 }
      : { yes: 5, not_sure: 20, no: 75 },
  embedded: (a) =>
    conditionHolds(CONDITIONS.isOrganization, a) ? { yes: 15, not_sure: 35, no: 50 } : { yes: 3, not_sure: 30, no: 67 },
};

/** The state question's mix: by population for 88 %, then prefer not to say, outside the US, or skipped (undefined). */
function drawState(rand: () => number): OptionId<"state"> | undefined {
  const roll = rand();
  return roll < 0.88 ? pick(rand, POPULATION) : roll < 0.91 ? "prefer_not_to_say" : roll < 0.92 ? "outside_us" : undefined;
}

/** A registry-following answer set for `day`. */
export function seedAnswers(rand: () => number, day: string): Answers {
  const answers: Record<string, string | readonly string[]> = {};
  for (const question of QUESTIONS) {
    const sofar = answers as Answers;
    if (!conditionHolds(question.when, sofar)) continue;
    const offered = question.options.filter((o) => conditionHolds(o.when, sofar)).map((o) => o.id as string);
    const mix = (MIX[question.id] as ((a: Answers, day: string) => Weights) | undefined)?.(sofar, day);
    const weights: Weights = mix ?? Object.fromEntries(offered.map((id) => [id, question.kind === "single" ? 1 : 0.3]));
    const value =
      question.id === "state" ? drawState(rand) : question.kind === "single" ? pick(rand, weights) : pickSome(rand, weights);
    if (value !== undefined) answers[question.id] = value;
  }
  return answers as Answers;
}

/** One response on `day`: its row in RESPONSE_COLUMNS order and its choices. */
export function seedResponse(rand: () => number, reference: string, day: string): SeedResponse {
  const channel = pick(rand, { web: 82, hotline: 12, api: 6 });
  const locale = rand() < (channel === "hotline" ? 0.25 : channel === "web" ? 0.1 : 0.05) ? "es" : "en";
  const answers = seedAnswers(rand, day);
  const outcome = channel === "hotline" && rand() < 0.85 ? pick(rand, OUTCOMES) : null;
  const row = [
    reference,
    channel,
    locale,
    1,
    1,
    day,
    ...SINGLE_CHOICE_IDS.map((id) => answers[id] ?? null),
    outcome,
    seedRecordKey(reference),
  ];
  const choices = MULTIPLE_CHOICE_IDS.flatMap((id) => selected(answers, id).map((option) => [reference, id, option] as const));
  return { row, choices };
}
