/**
 * @module
 * The tasks, grouped by urgency (model.ts URGENCY) and, within a group, in the
 * order to do them: duties to report first, then finding out, preparing (the
 * replacement before removal, passwords before uninstalling), removing, and
 * checking afterwards. Uninstall steps follow where Kaspersky is installed
 * (`installed_on`); "not sure" gets a step to check each device and the steps
 * for every kind of device (servers for organizations only). Words: `steps.<id>`.
 */
import { ULTRAAV_HANDOVER } from "../dates";
import {
  CISA_GROUPS,
  CONTRACTOR,
  DEFENSE_BASE,
  EMBEDDED,
  FEDERAL_AGENCY,
  HAD_IT,
  HAS_IT,
  HOME_PRODUCTS,
  HOUSEHOLD,
  LICENSED,
  MAY_HAVE,
  NOT_US_PERSON,
  ORG,
  SCANNERS,
  SELLER,
  US_RULE,
} from "./audiences";
import type { Rule } from "./model";

const LARGER = { devices: ["10_49", "50_249", "250_999", "1000_plus"] } as const;
/** Kaspersky is on this kind of device, or the respondent is not sure where it is. */
const ON = (device: "windows" | "mac" | "android" | "ios") => ({ ...HAS_IT, installed_on: [device, "not_sure"] }) as const;
const WHERE_UNKNOWN = { ...HAS_IT, installed_on: ["not_sure"] } as const;
/** A scanner is (or was, or may be) gone: not for a Password Manager, VPN or Safe Kids user alone. */
const PROTECTION_MATTERS = [{ has_kaspersky: ["not_sure"] }, { ...HAD_IT, products: SCANNERS }, { ultraav: ["yes"] }] as const;
const NOT_FEDERAL_OR_ABROAD = { never: [FEDERAL_AGENCY, NOT_US_PERSON] } as const;

export const TASKS = [
  // report: duties and help that come before anything else.
  {
    id: "contractor_report",
    kind: "task",
    urgency: "report",
    when: [
      { ...CONTRACTOR, ...MAY_HAVE },
      { ...CONTRACTOR, ...EMBEDDED },
      { ...DEFENSE_BASE, ...MAY_HAVE },
      { ...DEFENSE_BASE, ...EMBEDDED },
    ],
    source: "far_52_204_23",
  },
  {
    id: "federal_report",
    kind: "task",
    urgency: "report",
    when: [
      { ...FEDERAL_AGENCY, ...MAY_HAVE },
      { ...FEDERAL_AGENCY, ...EMBEDDED },
    ],
    source: "bod_17_01",
  },
  {
    id: "cisa_help",
    kind: "task",
    urgency: "report",
    when: [
      { ...CISA_GROUPS, ...MAY_HAVE },
      { ...CISA_GROUPS, ...EMBEDDED },
    ],
    audience: US_RULE,
    source: "cisa",
  },
  // find: know what you have.
  { id: "how_to_check", kind: "task", urgency: "find", when: [{ has_kaspersky: ["not_sure"] }], audience: US_RULE },
  {
    id: "org_inventory",
    kind: "task",
    urgency: "find",
    when: [{ ...ORG, has_kaspersky: ["yes", "not_sure"] }],
    audience: US_RULE,
  },
  // Organizations find their devices with org_inventory; a household checks each device.
  { id: "find_installed", kind: "task", urgency: "find", when: [{ ...HOUSEHOLD, ...WHERE_UNKNOWN }], audience: US_RULE },
  { id: "embedded_ask_vendor", kind: "task", urgency: "find", when: [EMBEDDED], audience: US_RULE, source: "federal_register" },
  // prepare: duties to others, the replacement, and what you would lose.
  {
    id: "provider_move_clients",
    kind: "task",
    urgency: "prepare",
    when: [SELLER],
    audience: US_RULE,
    source: "federal_register",
  },
  { id: "contractor_flow_down", kind: "task", urgency: "prepare", when: [CONTRACTOR, DEFENSE_BASE], source: "far_52_204_23" },
  { id: "edr_mdr_monitoring", kind: "task", urgency: "prepare", when: [{ ...HAS_IT, products: ["edr_mdr"] }], audience: US_RULE },
  {
    id: "org_replacement_first",
    kind: "task",
    urgency: "prepare",
    when: [{ ...ORG, ...HAS_IT }],
    audience: US_RULE,
    source: "test_labs",
  },
  {
    id: "export_passwords",
    kind: "task",
    urgency: "prepare",
    when: [{ ...HAS_IT, products: ["password_manager"] }],
    audience: US_RULE,
  },
  {
    id: "passwords_moved",
    kind: "task",
    urgency: "prepare",
    when: [{ has_kaspersky: ["removed"], products: ["password_manager"] }],
    audience: US_RULE,
  },
  { id: "vpn_ends", kind: "task", urgency: "prepare", when: [{ ...HAS_IT, products: ["vpn"] }], audience: US_RULE },
  {
    id: "cancel_renewal",
    kind: "task",
    urgency: "prepare",
    when: [
      { ...HAD_IT, ...HOUSEHOLD },
      { ...HAD_IT, products: [...HOME_PRODUCTS, "small_office"] },
    ],
    audience: NOT_FEDERAL_OR_ABROAD,
  },
  { id: "org_licences", kind: "task", urgency: "prepare", when: [{ ...ORG, ...HAD_IT, products: LICENSED }], audience: US_RULE },
  {
    id: "ultraav_billing",
    kind: "task",
    urgency: "prepare",
    when: [{ ultraav: ["yes"] }, { ...HAD_IT, products: HOME_PRODUCTS }],
    from: ULTRAAV_HANDOVER,
    audience: NOT_FEDERAL_OR_ABROAD,
  },
  // remove: centrally first, then product by product, then device by device.
  { id: "org_central_removal", kind: "task", urgency: "remove", when: [{ ...ORG, ...HAS_IT, ...LARGER }], audience: US_RULE },
  {
    id: "security_center_removal",
    kind: "task",
    urgency: "remove",
    when: [{ ...HAS_IT, products: ["security_center"] }],
    audience: US_RULE,
  },
  {
    id: "cloud_console_removal",
    kind: "task",
    urgency: "remove",
    when: [{ ...HAS_IT, products: ["small_office", "endpoint"] }],
    audience: US_RULE,
  },
  {
    id: "office365_disconnect",
    kind: "task",
    urgency: "remove",
    when: [{ ...HAD_IT, products: ["office365"] }],
    audience: US_RULE,
  },
  { id: "safe_kids_removal", kind: "task", urgency: "remove", when: [{ ...HAS_IT, products: ["safe_kids"] }], audience: US_RULE },
  { id: "uninstall_windows", kind: "task", urgency: "remove", when: [ON("windows")], audience: US_RULE },
  { id: "uninstall_mac", kind: "task", urgency: "remove", when: [ON("mac")], audience: US_RULE },
  { id: "uninstall_android", kind: "task", urgency: "remove", when: [ON("android")], audience: US_RULE },
  { id: "uninstall_ios", kind: "task", urgency: "remove", when: [ON("ios")], audience: US_RULE },
  {
    id: "uninstall_servers",
    kind: "task",
    urgency: "remove",
    when: [
      { ...HAS_IT, installed_on: ["servers"] },
      { ...ORG, ...WHERE_UNKNOWN },
    ],
    audience: US_RULE,
  },
  {
    id: "ultraav_remove",
    kind: "task",
    urgency: "remove",
    when: [{ ultraav: ["yes"] }],
    from: ULTRAAV_HANDOVER,
    audience: US_RULE,
  },
  // after: protection on, then look for signs of a break-in.
  {
    id: "replacement_protection",
    kind: "task",
    urgency: "after",
    when: PROTECTION_MATTERS,
    audience: US_RULE,
    notWith: ["org_replacement_first"],
    source: "test_labs",
  },
  { id: "scan_after_switch", kind: "task", urgency: "after", when: PROTECTION_MATTERS, audience: US_RULE, source: "cisa" },
] as const satisfies readonly Rule[];
