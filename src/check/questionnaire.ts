/**
 * @module
 * The question registry: every question, its options, when it applies, how
 * the web form shows it and what analysts count it as, defined once with
 * literal-typed ids. The answers schema, the journey, storage (one column per
 * single-choice question), the facts the counts are built from, the analyst
 * dimensions, the hotline desk, the catalogs' keys, the guidance rules and the
 * seed mix all derive from it, so a misspelt id anywhere fails `npm run
 * typecheck` (test/types/registry-ids.ts proves it). Words live in the
 * catalogs (src/i18n), keyed by these ids; ids are stable and public (API).
 *
 * Deliberately free of imports: Node scripts (seed, counts:rebuild) load it
 * as it is, with type stripping.
 */

/** Bump when a question or option is added, removed or changes meaning. */
export const QUESTIONNAIRE_VERSION = 3;
// 2: respondent "federal_contractor"; state "outside_us" now means a US person
// abroad and "outside_us_non_us" was added (version 1 did not say which).
// 3: "installed_on" (where Kaspersky is or was installed, asked only of those who
// have or had it) replaces "platforms" (which devices you use), which uninstall
// steps followed wrongly. Stored "platforms" answers are kept as given and no
// longer read, except to show what a version 2 result said (guidance/history.ts).

/** Every respondent type that is an organization rather than a household. */
export const ORGANIZATIONS = [
  "small_business",
  "large_organization",
  "sltt_government",
  "federal_agency",
  "federal_contractor",
  "critical_infrastructure",
  "it_provider",
] as const;

/** CISA's 16 critical-infrastructure sectors. */
const CISA_SECTORS = [
  "chemical",
  "commercial_facilities",
  "communications",
  "critical_manufacturing",
  "dams",
  "defense_industrial_base",
  "emergency_services",
  "energy",
  "financial_services",
  "food_agriculture",
  "government_facilities",
  "healthcare_public_health",
  "information_technology",
  "nuclear",
  "transportation_systems",
  "water_wastewater",
] as const;

/** States, DC and the inhabited territories, by USPS code. */
export const STATES = [
  "AL",
  "AK",
  "AZ",
  "AR",
  "CA",
  "CO",
  "CT",
  "DE",
  "DC",
  "FL",
  "GA",
  "HI",
  "ID",
  "IL",
  "IN",
  "IA",
  "KS",
  "KY",
  "LA",
  "ME",
  "MD",
  "MA",
  "MI",
  "MN",
  "MS",
  "MO",
  "MT",
  "NE",
  "NV",
  "NH",
  "NJ",
  "NM",
  "NY",
  "NC",
  "ND",
  "OH",
  "OK",
  "OR",
  "PA",
  "RI",
  "SC",
  "SD",
  "TN",
  "TX",
  "UT",
  "VT",
  "VA",
  "WA",
  "WV",
  "WI",
  "WY",
  "AS",
  "GU",
  "MP",
  "PR",
  "VI",
] as const;

/** Home products, offered to everyone. */
export const CONSUMER_PRODUCTS = ["consumer_classic", "consumer_current", "password_manager", "vpn", "safe_kids"] as const;

/** Business products, offered only to organizations. */
export const BUSINESS_PRODUCTS = [
  "small_office",
  "endpoint",
  "security_center",
  "edr_mdr",
  "hybrid_cloud",
  "office365",
  "industrial",
] as const;

const YES_NO_NOT_SURE = ["yes", "no", "not_sure"] as const;

/** Each question's option ids, in the order they are shown. */
const OPTION_IDS = {
  respondent: ["household", ...ORGANIZATIONS],
  sector: CISA_SECTORS,
  has_kaspersky: ["yes", "not_sure", "removed", "no"],
  products: [...CONSUMER_PRODUCTS, ...BUSINESS_PRODUCTS, "other_or_unknown"],
  installed_on: ["windows", "mac", "android", "ios", "servers", "not_sure"],
  devices: ["1_9", "10_49", "50_249", "250_999", "1000_plus"],
  ultraav: YES_NO_NOT_SURE,
  embedded: YES_NO_NOT_SURE,
  state: [...STATES, "outside_us", "outside_us_non_us", "prefer_not_to_say"],
} as const;

export type QuestionId = keyof typeof OPTION_IDS;
/** The option ids of one question (or of any question). */
export type OptionId<Q extends QuestionId = QuestionId> = (typeof OPTION_IDS)[Q][number];

/**
 * Holds when every question named has one of the listed options chosen (for a
 * multiple-choice question: any chosen option matches). Typed: a misspelt
 * question or option id does not compile.
 */
export type Condition = { readonly [Q in QuestionId]?: readonly OptionId<Q>[] };

/** Named conditions, defined once and used by name (questionnaire, guidance, seed data). */
export const CONDITIONS = {
  isOrganization: { respondent: ORGANIZATIONS },
  isCriticalInfrastructure: { respondent: ["critical_infrastructure"] },
  /** Has Kaspersky now. */
  hasKaspersky: { has_kaspersky: ["yes"] },
  /** Has it now or had it: the products question applies. */
  hasOrHadKaspersky: { has_kaspersky: ["yes", "removed"] },
  /** Has it, had it, or cannot rule it out. */
  mayHaveHadKaspersky: { has_kaspersky: ["yes", "removed", "not_sure"] },
  /** Outside the US and not a US person: the 2024 Commerce rule does not cover them (EO 13873 s.3(e)). */
  notUsPerson: { state: ["outside_us_non_us"] },
} as const satisfies Readonly<Record<string, Condition>>;

/** What a question is, apart from its options; one entry per question id, in the order asked. */
interface QuestionSpecOf<Q extends QuestionId> {
  readonly id: Q;
  readonly kind: "single" | "multiple";
  /** How the web form shows it: radios, checkboxes or a drop-down list. */
  readonly control: "radios" | "checkboxes" | "select";
  /** Optional questions may be left out; the answer then counts as not given. */
  readonly required: boolean;
  /** Asked only when this holds. */
  readonly when?: Condition;
  /** Options offered only when a condition holds (e.g. business products for organizations). */
  readonly offeredWhen?: { readonly options: readonly OptionId<Q>[]; readonly when: Condition };
  /** The analyst dimension it is counted as, or null when it is not counted. */
  readonly counted: string | null;
  /** A drop-down list's empty choice means this option (optional questions). */
  readonly emptyChoice?: OptionId<Q>;
  /** Choosing this option opens a help page before the journey goes on. */
  readonly helpPage?: { readonly option: OptionId<Q>; readonly page: string };
}
type QuestionSpec = { [Q in QuestionId]: QuestionSpecOf<Q> }[QuestionId];

const SPECS = [
  { id: "respondent", kind: "single", control: "radios", required: true, counted: "respondent_type" },
  {
    id: "sector",
    kind: "single",
    control: "select",
    required: true,
    when: CONDITIONS.isCriticalInfrastructure,
    counted: "sector",
  },
  {
    id: "has_kaspersky",
    kind: "single",
    control: "radios",
    required: true,
    counted: "uses_kaspersky",
    helpPage: { option: "not_sure", page: "not-sure" },
  },
  {
    id: "products",
    kind: "multiple",
    control: "checkboxes",
    required: true,
    when: CONDITIONS.hasOrHadKaspersky,
    offeredWhen: { options: BUSINESS_PRODUCTS, when: CONDITIONS.isOrganization },
    counted: "product",
  },
  // Uninstall steps follow it. Counted from its first week: "platform" (the devices
  // people used, questionnaire versions 1 and 2) is no longer asked or counted.
  {
    id: "installed_on",
    kind: "multiple",
    control: "checkboxes",
    required: true,
    when: CONDITIONS.hasOrHadKaspersky,
    counted: "installed_on",
  },
  // Asked of organizations to size the removal; not counted for analysts (yet).
  { id: "devices", kind: "single", control: "radios", required: true, when: CONDITIONS.isOrganization, counted: null },
  { id: "ultraav", kind: "single", control: "radios", required: true, counted: "ultraav" },
  { id: "embedded", kind: "single", control: "radios", required: true, counted: "embedded" },
  {
    id: "state",
    kind: "single",
    control: "select",
    required: false,
    counted: "state",
    emptyChoice: "prefer_not_to_say",
  },
] as const satisfies readonly QuestionSpec[];

type Spec = (typeof SPECS)[number];
/** The questions answered with one option (each a column of `responses`). */
export type SingleQuestionId = Extract<Spec, { kind: "single" }>["id"];
/** The questions answered with one or more options (rows of `response_choices`). */
export type MultipleQuestionId = Extract<Spec, { kind: "multiple" }>["id"];
/** The analyst dimensions that come from an answer. */
export type AnswerDimension = NonNullable<Spec["counted"]>;

// Every question id has a spec: a missing one fails here, naming it.
type QuestionsWithoutSpec = Exclude<QuestionId, Spec["id"]>;
const everyQuestionHasASpec: [QuestionsWithoutSpec] extends [never] ? true : QuestionsWithoutSpec = true;
void everyQuestionHasASpec;

export interface Option<Q extends QuestionId = QuestionId> {
  readonly id: OptionId<Q>;
  /** Offered only when this holds. */
  readonly when?: Condition;
}

export type QuestionOf<Q extends QuestionId> = Omit<QuestionSpecOf<Q>, "offeredWhen" | "counted"> & {
  readonly options: readonly Option<Q>[];
  readonly counted: AnswerDimension | null;
};
/** A question with its options, whichever it is. */
export type Question = { [Q in QuestionId]: QuestionOf<Q> }[QuestionId];

function withOptions(spec: QuestionSpec): Question {
  const { offeredWhen, ...rest } = spec;
  const ids: readonly string[] = OPTION_IDS[spec.id];
  const limited = new Set<string>(offeredWhen?.options ?? []);
  const options = ids.map((id) => (offeredWhen && limited.has(id) ? { id, when: offeredWhen.when } : { id }));
  return { ...rest, options } as Question;
}

/** The questions in the order they are asked. */
export const QUESTIONS: readonly Question[] = SPECS.map(withOptions);

const byId = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));

/** Narrows any string (a path segment, a form field, a JSON key) to a question id. */
export function isQuestionId(id: string): id is QuestionId {
  return byId.has(id);
}

/** The question with this id, or undefined for an unknown id. */
export function findQuestion(id: string): Question | undefined {
  return byId.get(id);
}

/** The question with this id (a typed id always has one). */
export function questionOf<Q extends QuestionId>(id: Q): QuestionOf<Q> {
  return byId.get(id) as unknown as QuestionOf<Q>;
}

/** The option ids of one question, in order. */
export function optionIds<Q extends QuestionId>(id: Q): readonly OptionId<Q>[] {
  return OPTION_IDS[id];
}

/**
 * A complete or partial answer set that fits the registry: question id to the
 * chosen option id (single choice) or ids (multiple choice). Input from
 * outside (JSON, a form, a cookie) becomes this only through validation or
 * pruning (src/check/answers.ts).
 */
export type Answers = { readonly [Q in SingleQuestionId]?: OptionId<Q> } & {
  readonly [Q in MultipleQuestionId]?: readonly OptionId<Q>[];
};

/** The chosen option ids of a question, whatever its kind; empty when unanswered. */
export function selected<Q extends QuestionId>(answers: Answers, questionId: Q): readonly OptionId<Q>[] {
  const value = (answers as Readonly<Record<string, string | readonly string[] | undefined>>)[questionId];
  if (value === undefined) return [];
  return (typeof value === "string" ? [value] : value) as readonly OptionId<Q>[];
}

/** Whether every question named in the condition has one of the listed options chosen. */
export function conditionHolds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  return (Object.entries(condition) as [QuestionId, readonly string[]][]).every(([questionId, allowed]) =>
    selected(answers, questionId).some((option) => allowed.includes(option)),
  );
}

/** The single-choice question ids, in order: each is a column of `responses`. */
export const SINGLE_CHOICE_IDS = QUESTIONS.filter((q) => q.kind === "single").map((q) => q.id) as readonly SingleQuestionId[];

/** The multiple-choice question ids, in order: their answers are rows of `response_choices`. */
export const MULTIPLE_CHOICE_IDS = QUESTIONS.filter((q) => q.kind === "multiple").map(
  (q) => q.id,
) as readonly MultipleQuestionId[];
