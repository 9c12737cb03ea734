/**
 * @module
 * The groups of respondents the rules speak to, as registry conditions, named
 * once. Three legal regimes differ (shared/facts/kaspersky-ban.md): federal
 * agencies (barred since 2018 by NDAA FY2018 s.1634), federal contractors
 * (FAR 52.204-23: barred in contract work, must report, must flow down), and
 * everyone else (the 2024 Commerce rule binds Kaspersky and its sellers, and
 * covers only US persons).
 */
import { BUSINESS_PRODUCTS, CONDITIONS, CONSUMER_PRODUCTS } from "../questionnaire";
import type { Audience } from "./model";

export const { hasKaspersky: HAS_IT, hasOrHadKaspersky: HAD_IT, mayHaveHadKaspersky: MAY_HAVE, isOrganization: ORG } = CONDITIONS;

export const HOUSEHOLD = { respondent: ["household"] } as const;
export const FEDERAL_AGENCY = { respondent: ["federal_agency"] } as const;
export const CONTRACTOR = { respondent: ["federal_contractor"] } as const;
/** Defense-industrial-base operators work under federal (defense) contracts and subcontracts. */
export const DEFENSE_BASE = { respondent: ["critical_infrastructure"], sector: ["defense_industrial_base"] } as const;
export const SELLER = { respondent: ["it_provider"] } as const;
/** Those CISA was asked to help: critical infrastructure, and state and local governments. */
export const CISA_GROUPS = { respondent: ["critical_infrastructure", "sltt_government"] } as const;
export const US_PERSON_ABROAD = { state: ["outside_us"] } as const;
export const NOT_US_PERSON = CONDITIONS.notUsPerson;
export const EMBEDDED = { embedded: ["yes", "not_sure"] } as const;

/** Products that scan for threats: without updates they miss new ones. */
export const SCANNERS = ["consumer_classic", "consumer_current", ...BUSINESS_PRODUCTS, "other_or_unknown"] as const;
/** Products bought at home: My Kaspersky, Nexway or an app store; the ones handed to UltraAV. */
export const HOME_PRODUCTS = CONSUMER_PRODUCTS;
/** Licences that usually come through a reseller. */
export const LICENSED = [...BUSINESS_PRODUCTS, "other_or_unknown"] as const;

/** Steps that rest on the 2024 Commerce rule: it does not cover non-US persons abroad. */
export const US_RULE: Audience = { never: [NOT_US_PERSON] };
