/**
 * @module
 * The questionnaire: every question, its options and when it applies, defined
 * once. The public pages, the hotline desk, the JSON API, the answers schema and
 * the guidance rules are all views of this data. Words live in the locale
 * catalogs (src/ui/i18n), keyed by these ids; ids are stable and public (API).
 */

/** Bump when a question or option is added, removed or changes meaning. */
export const QUESTIONNAIRE_VERSION = 1;

/**
 * A question applies only when every listed question's answer is one of the
 * listed options (for a multiple-choice question: any selected option matches).
 */
export type Condition = Readonly<Record<string, readonly string[]>>;

export interface Option {
  readonly id: string;
  /** Offered only when this holds (e.g. business products for organizations). */
  readonly when?: Condition;
}

export interface Question {
  readonly id: string;
  readonly kind: "single" | "multiple";
  /** How the web form shows it: radios, checkboxes or a drop-down list. */
  readonly control: "radios" | "checkboxes" | "select";
  /** Optional questions may be left out; the answer then counts as not given. */
  readonly required: boolean;
  readonly when?: Condition;
  readonly options: readonly Option[];
}

/** Every respondent type that is an organization rather than a household. */
export const ORGANIZATIONS = [
  "small_business",
  "large_organization",
  "sltt_government",
  "federal_agency",
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

/** States, DC and the inhabited territories, by USPS code, then two non-answers. */
const STATES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
  "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM",
  "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA",
  "WV", "WI", "WY", "AS", "GU", "MP", "PR", "VI",
] as const;

const forOrganizations: Condition = { respondent: ORGANIZATIONS };
const options = (ids: readonly string[], when?: Condition): Option[] =>
  ids.map((id) => (when ? { id, when } : { id }));

/** The questions in the order they are asked. */
export const QUESTIONS: readonly Question[] = [
  {
    id: "respondent",
    kind: "single",
    control: "radios",
    required: true,
    options: options(["household", ...ORGANIZATIONS]),
  },
  {
    id: "sector",
    kind: "single",
    control: "select",
    required: true,
    when: { respondent: ["critical_infrastructure"] },
    options: options(CISA_SECTORS),
  },
  {
    id: "has_kaspersky",
    kind: "single",
    control: "radios",
    required: true,
    options: options(["yes", "not_sure", "removed", "no"]),
  },
  {
    id: "products",
    kind: "multiple",
    control: "checkboxes",
    required: true,
    when: { has_kaspersky: ["yes", "removed"] },
    options: [
      ...options(["consumer_classic", "consumer_current", "password_manager", "vpn", "safe_kids"]),
      ...options(
        [
          "small_office",
          "endpoint",
          "security_center",
          "edr_mdr",
          "hybrid_cloud",
          "office365",
          "industrial",
        ],
        forOrganizations,
      ),
      { id: "other_or_unknown" },
    ],
  },
  {
    id: "platforms",
    kind: "multiple",
    control: "checkboxes",
    required: true,
    options: options(["windows", "mac", "android", "ios", "servers"]),
  },
  {
    id: "devices",
    kind: "single",
    control: "radios",
    required: true,
    when: forOrganizations,
    options: options(["1_9", "10_49", "50_249", "250_999", "1000_plus"]),
  },
  {
    id: "ultraav",
    kind: "single",
    control: "radios",
    required: true,
    options: options(["yes", "no", "not_sure"]),
  },
  {
    id: "embedded",
    kind: "single",
    control: "radios",
    required: true,
    options: options(["yes", "no", "not_sure"]),
  },
  {
    id: "state",
    kind: "single",
    control: "select",
    required: false,
    options: options([...STATES, "outside_us", "prefer_not_to_say"]),
  },
];

const byId = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id, or undefined for an unknown id. */
export function findQuestion(id: string): Question | undefined {
  return byId.get(id);
}
