/**
 * @module
 * Guidance scenarios for organizations: federal agencies, federal contractors,
 * sellers, critical infrastructure, governments and businesses. Same shape as
 * scenarios-households.ts.
 */
import { answers } from "../support/answers";
import type { Scenario } from "./scenarios-households";

export const ORGANIZATION_SCENARIOS: readonly Scenario[] = [
  {
    name: "a small business with a few devices: the replacement comes before removal",
    answers: answers({ respondent: "small_business", has_kaspersky: "yes", products: ["small_office"], platforms: ["windows", "mac"], devices: "1_9" }),
    steps: [
      "updates_stopped", "not_illegal", "org_inventory", "org_replacement_first", "cancel_renewal", "org_licences", "cloud_console_removal",
      "uninstall_windows", "uninstall_mac", "scan_after_switch",
    ],
  },
  {
    name: "a larger organization with Endpoint Security and Security Center on servers, and an embedded engine",
    answers: answers({ respondent: "large_organization", has_kaspersky: "yes", products: ["endpoint", "security_center"], platforms: ["windows", "servers"], devices: "250_999", embedded: "yes" }),
    steps: [
      "updates_stopped", "not_illegal", "org_inventory", "embedded_ask_vendor", "org_replacement_first", "org_licences", "org_central_removal",
      "security_center_removal", "cloud_console_removal", "uninstall_windows", "uninstall_servers", "scan_after_switch",
    ],
  },
  {
    name: "a critical-infrastructure energy operator: CISA comes first, and its contact last",
    answers: answers({ respondent: "critical_infrastructure", sector: "energy", has_kaspersky: "yes", products: ["industrial"], platforms: ["windows", "servers"], devices: "50_249", embedded: "not_sure" }),
    steps: [
      "updates_stopped", "not_illegal", "cisa_help", "org_inventory", "embedded_ask_vendor", "org_replacement_first", "org_licences",
      "org_central_removal", "uninstall_windows", "uninstall_servers", "scan_after_switch", "cisa_central",
    ],
  },
  {
    name: "a water utility without Kaspersky is not affected, and keeps CISA's contact (no task to move off Kaspersky)",
    answers: answers({ respondent: "critical_infrastructure", sector: "water_wastewater", devices: "10_49" }),
    steps: ["not_affected", "cisa_central"],
  },
  {
    name: "a county government that is not sure",
    answers: answers({ respondent: "sltt_government", has_kaspersky: "not_sure", devices: "1000_plus", ultraav: "not_sure", embedded: "not_sure" }),
    steps: ["not_illegal", "cisa_help", "how_to_check", "org_inventory", "embedded_ask_vendor", "replacement_protection", "scan_after_switch", "cisa_central"],
  },
  {
    name: "a federal agency that finds Kaspersky: barred, never told it is not breaking the law, no UltraAV billing",
    answers: answers({ respondent: "federal_agency", has_kaspersky: "yes", products: ["endpoint"], platforms: ["windows"], devices: "1000_plus" }),
    steps: [
      "federal_already_barred", "updates_stopped", "federal_report", "org_inventory", "org_replacement_first", "org_licences",
      "org_central_removal", "cloud_console_removal", "uninstall_windows", "scan_after_switch",
    ],
  },
  {
    name: "a federal agency without Kaspersky",
    answers: answers({ respondent: "federal_agency", devices: "50_249" }),
    steps: ["federal_already_barred", "not_affected"],
  },
  {
    name: "a federal contractor with Kaspersky: barred in contract work, reports first, flows the clause down",
    answers: answers({ respondent: "federal_contractor", has_kaspersky: "yes", products: ["endpoint"], platforms: ["windows"], devices: "50_249" }),
    steps: [
      "contractor_barred", "updates_stopped", "contractor_report", "org_inventory", "contractor_flow_down", "org_replacement_first",
      "org_licences", "org_central_removal", "cloud_console_removal", "uninstall_windows", "scan_after_switch",
    ],
  },
  {
    name: "a federal contractor without Kaspersky still flows the clause down, so is not told it is unaffected",
    answers: answers({ respondent: "federal_contractor", devices: "10_49" }),
    steps: ["contractor_barred", "contractor_flow_down"],
  },
  {
    name: "a defense-industrial-base operator gets the contractor track as well as CISA",
    answers: answers({ respondent: "critical_infrastructure", sector: "defense_industrial_base", has_kaspersky: "removed", products: ["endpoint"], devices: "250_999" }),
    steps: ["contractor_barred", "contractor_report", "cisa_help", "contractor_flow_down", "org_licences", "replacement_protection", "scan_after_switch", "cisa_central"],
  },
  {
    name: "an IT provider that resells products with a Kaspersky engine: no \"not affected\" next to its duties",
    answers: answers({ respondent: "it_provider", platforms: ["windows", "servers"], devices: "50_249", embedded: "yes" }),
    steps: ["provider_must_stop", "embedded_ask_vendor", "provider_move_clients"],
  },
  {
    name: "a seller outside the US is told what it may not supply to US persons, not that the rule passes it by",
    answers: answers({ respondent: "it_provider", devices: "10_49", state: "outside_us_non_us" }),
    steps: ["provider_must_stop"],
  },
  {
    name: "a household without Kaspersky whose router has a Kaspersky engine is asked to check, not told it is unaffected",
    answers: answers({ has_kaspersky: "no", embedded: "yes" }),
    steps: ["embedded_ask_vendor"],
  },
  {
    name: "an organization that removed Security for Microsoft Office 365 is told to disconnect it from the tenant",
    answers: answers({ respondent: "large_organization", has_kaspersky: "removed", products: ["office365"], devices: "50_249" }),
    steps: ["not_illegal", "org_licences", "office365_disconnect", "replacement_protection", "scan_after_switch"],
  },
  {
    name: "an organization with MDR plans monitoring before removal",
    answers: answers({ respondent: "large_organization", has_kaspersky: "yes", products: ["edr_mdr"], platforms: ["windows"], devices: "250_999" }),
    steps: [
      "updates_stopped", "not_illegal", "org_inventory", "edr_mdr_monitoring", "org_replacement_first", "org_licences", "org_central_removal",
      "uninstall_windows", "scan_after_switch",
    ],
  },
];
