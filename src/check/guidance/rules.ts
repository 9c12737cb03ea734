/**
 * @module
 * The guidance rules, as data, in the order their steps are shown: what to do
 * first comes first (export passwords before uninstalling, and so on). The words
 * of each step are in the locale catalogs under `steps.<id>`; the facts they rest
 * on are in shared/facts/kaspersky-ban.md.
 */
import { CONDITIONS, type Condition } from "../questionnaire";
import { SALES_STOP, ULTRAAV_HANDOVER, UPDATES_STOP, dayBefore } from "../dates";

/** Bump when a rule, its order or its words change what a respondent is told. */
export const GUIDANCE_VERSION = 1;

/** Primary sources a step links to; labels are in the catalogs under `sources`. */
export const SOURCES = {
  bis: "https://oicts.bis.gov/kaspersky",
  federal_register: "https://www.federalregister.gov/d/2024-13532",
  bod_17_01: "https://www.cisa.gov/news-events/directives/bod-17-01-removal-kaspersky-branded-products",
  cisa: "https://www.cisa.gov/",
  test_labs: "https://www.av-comparatives.org/",
} as const;

export type SourceId = keyof typeof SOURCES;

export interface Rule {
  /** The step's id: its words are `steps.<id>` in every catalog. */
  readonly id: string;
  /**
   * The step shows when any one of these conditions holds. The questions named
   * in the first condition that holds are the ones "why you see this" quotes.
   */
  readonly when: readonly Condition[];
  /** First day the step applies (inclusive). */
  readonly from?: string;
  /** Last day the step applies (inclusive). */
  readonly until?: string;
  readonly source?: SourceId;
}

const { hasKaspersky: HAS_IT, hasOrHadKaspersky: HAD_IT, mayHaveHadKaspersky, isOrganization } = CONDITIONS;

export const RULES = [
  // Urgent first: is this device protected at all, and is anything not what it seems.
  { id: "updates_stopped", when: [HAS_IT], from: UPDATES_STOP, source: "bis" },
  { id: "updates_ending", when: [HAS_IT], from: SALES_STOP, until: dayBefore(UPDATES_STOP), source: "bis" },
  { id: "sales_ending", when: [HAS_IT], until: dayBefore(SALES_STOP), source: "bis" },
  { id: "how_to_check", when: [{ has_kaspersky: ["not_sure"] }] },
  {
    id: "ultraav_sign",
    when: [{ has_kaspersky: ["no", "not_sure"], ultraav: ["yes"] }],
    from: ULTRAAV_HANDOVER,
  },
  { id: "federal_already_barred", when: [{ respondent: ["federal_agency"] }], source: "bod_17_01" },
  { id: "provider_must_stop", when: [{ respondent: ["it_provider"] }], source: "federal_register" },
  // Am I breaking the law?
  {
    id: "not_illegal",
    when: [mayHaveHadKaspersky, { ultraav: ["yes"] }],
    source: "bis",
  },
  // Organizations: know what you have, then remove it centrally.
  { id: "org_inventory", when: [{ ...isOrganization, has_kaspersky: ["yes", "not_sure"] }] },
  {
    id: "org_central_removal",
    when: [
      { ...isOrganization, ...HAS_IT, products: ["security_center"] },
      { ...isOrganization, ...HAS_IT, devices: ["10_49", "50_249", "250_999", "1000_plus"] },
    ],
  },
  // Before uninstalling: keep what you would lose, stop paying for what no longer works.
  { id: "export_passwords", when: [{ ...HAS_IT, products: ["password_manager"] }] },
  { id: "cancel_renewal", when: [HAD_IT] },
  {
    id: "ultraav_billing",
    when: [{ ultraav: ["yes", "not_sure"] }, mayHaveHadKaspersky],
    from: ULTRAAV_HANDOVER,
  },
  // Uninstall, device by device.
  { id: "uninstall_windows", when: [{ ...HAS_IT, platforms: ["windows"] }] },
  { id: "uninstall_mac", when: [{ ...HAS_IT, platforms: ["mac"] }] },
  { id: "uninstall_android", when: [{ ...HAS_IT, platforms: ["android"] }] },
  { id: "uninstall_ios", when: [{ ...HAS_IT, platforms: ["ios"] }] },
  { id: "uninstall_servers", when: [{ ...HAS_IT, platforms: ["servers"] }] },
  // What protects you afterwards.
  {
    id: "replacement_protection",
    when: [mayHaveHadKaspersky, { ultraav: ["yes"] }],
    source: "test_labs",
  },
  { id: "embedded_ask_vendor", when: [{ embedded: ["yes", "not_sure"] }], source: "federal_register" },
  // Who else can help.
  {
    id: "cisa_help",
    when: [{ respondent: ["critical_infrastructure"] }, { respondent: ["sltt_government"] }],
    source: "cisa",
  },
  { id: "outside_us", when: [{ state: ["outside_us"], ...mayHaveHadKaspersky }] },
  { id: "not_affected", when: [{ has_kaspersky: ["no"], ultraav: ["no", "not_sure"] }] },
] as const satisfies readonly Rule[];

/** The id of a guidance step: the catalogs' `steps` are keyed by these. */
export type StepId = (typeof RULES)[number]["id"];
