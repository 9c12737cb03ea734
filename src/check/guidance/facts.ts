/**
 * @module
 * The facts: what applies to the respondent, read before any task. Written in
 * the order they frame the result: where you stand (outside the US), which
 * regime binds you (federal, contract, seller), then what has happened to the
 * software and whether you are breaking the law. Words: `steps.<id>`.
 */
import { SALES_STOP, ULTRAAV_HANDOVER, UPDATES_STOP, dayBefore } from "../dates";
import {
  CONTRACTOR,
  DEFENSE_BASE,
  FEDERAL_AGENCY,
  HAS_IT,
  MAY_HAVE,
  NOT_US_PERSON,
  SCANNERS,
  SELLER,
  US_PERSON_ABROAD,
  US_RULE,
} from "./audiences";
import { ANY_TASK, type Rule } from "./model";

const SCANNER_NOW = { ...HAS_IT, products: SCANNERS };

export const FACTS = [
  // Where you are decides which rules cover you, so it comes first.
  // A seller abroad is still told what it may not supply to US persons, not that the rule passes it by.
  {
    id: "outside_us_not_covered",
    kind: "fact",
    when: [NOT_US_PERSON],
    audience: { never: [FEDERAL_AGENCY] },
    notWith: ["provider_must_stop"],
    source: "eo_13873",
  },
  { id: "outside_us_covered", kind: "fact", when: [US_PERSON_ABROAD], audience: { never: [FEDERAL_AGENCY] }, source: "eo_13873" },
  // The regime that binds you.
  { id: "federal_already_barred", kind: "fact", when: [FEDERAL_AGENCY], source: "far_4_20" },
  { id: "contractor_barred", kind: "fact", when: [CONTRACTOR, DEFENSE_BASE], source: "far_52_204_23" },
  { id: "provider_must_stop", kind: "fact", when: [SELLER], source: "federal_register" },
  // What has happened to the software (scanners miss new threats; other apps lose security fixes).
  { id: "updates_stopped", kind: "fact", when: [SCANNER_NOW], from: UPDATES_STOP, audience: US_RULE, source: "bis" },
  {
    id: "updates_ending",
    kind: "fact",
    when: [SCANNER_NOW],
    from: SALES_STOP,
    until: dayBefore(UPDATES_STOP),
    audience: US_RULE,
    source: "bis",
  },
  { id: "sales_ending", kind: "fact", when: [SCANNER_NOW], until: dayBefore(SALES_STOP), audience: US_RULE, source: "bis" },
  {
    id: "no_security_fixes",
    kind: "fact",
    when: [HAS_IT],
    from: UPDATES_STOP,
    audience: US_RULE,
    notWith: ["updates_stopped"],
    source: "bis",
  },
  {
    id: "ultraav_sign",
    kind: "fact",
    when: [{ has_kaspersky: ["no", "not_sure"], ultraav: ["yes"] }],
    from: ULTRAAV_HANDOVER,
    audience: US_RULE,
  },
  // Am I breaking the law? Not as a customer under the 2024 rule; but federal
  // agencies and contractors are bound by older law, and sellers by this one.
  {
    id: "not_illegal",
    kind: "fact",
    when: [MAY_HAVE, { ultraav: ["yes"] }],
    audience: { never: [FEDERAL_AGENCY, CONTRACTOR, NOT_US_PERSON] },
    notWith: ["provider_must_stop", "contractor_barred"],
    source: "bis",
  },
  // Only when there is nothing to do: "nothing you need to remove" must not sit next to a task, nor next to a seller's duties.
  {
    id: "not_affected",
    kind: "fact",
    when: [{ has_kaspersky: ["no"], ultraav: ["no", "not_sure"] }],
    notWith: [ANY_TASK, "provider_must_stop"],
  },
] as const satisfies readonly Rule[];
