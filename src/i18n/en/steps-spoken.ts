/**
 * @module
 * English words the phone line says for each guidance step: short, no web
 * addresses, phone numbers digit by digit. Each says what its step's title and
 * body say (steps-facts.ts, steps-tasks.ts, steps-removal.ts), no more. Dates
 * are the same `{placeholders}` the step text uses. `null`: the step's title says it
 * all and is said as it is. Typed by the rules' ids, so a new step without its
 * entry fails typecheck.
 */
import type { SpokenStepCatalog } from "../../telephony/words";

export const stepsSpoken = {
  outside_us_not_covered: "The {banYear} Commerce rule does not cover you. Check the rules of the country you are in.",
  outside_us_covered: "The rule still covers you outside the US, because you are a US person.",
  federal_already_barred:
    "Federal agencies may not use any Kaspersky product or service at all, including Kaspersky inside other products.",
  contractor_barred: "Federal contractors may not use Kaspersky in contract work, including Kaspersky inside other products.",
  provider_must_stop: null,
  updates_stopped: "Kaspersky no longer protects your devices: since {updatesStop}, it gets no updates in the United States.",
  updates_ending: null,
  sales_ending: "Kaspersky sales stop on {salesStop}, and updates on {updatesStop}.",
  no_security_fixes: null,
  ultraav_sign: null,
  not_illegal: null,
  not_affected: null,
  contractor_report: "If you find Kaspersky in contract work, report it in writing to the contracting officer.",
  federal_report: null,
  cisa_help: "Ask CISA, the Cybersecurity and Infrastructure Security Agency, for help moving off Kaspersky.",
  how_to_check: "Check whether you have Kaspersky on each of your devices.",
  find_installed: "Find which of your devices have Kaspersky: look for it in the apps on each computer, phone and tablet.",
  org_inventory: null,
  embedded_ask_vendor: "Ask the makers of your other products whether Kaspersky is inside them.",
  provider_move_clients: null,
  contractor_flow_down: null,
  edr_mdr_monitoring: null,
  org_replacement_first: null,
  export_passwords: "Export your passwords from Kaspersky Password Manager before you uninstall it.",
  passwords_moved: "Make sure your passwords were moved to your new password manager.",
  vpn_ends: null,
  cancel_renewal: "Stop paying for Kaspersky: turn off any automatic renewal.",
  org_licences: null,
  ultraav_billing: null,
  org_central_removal: "Remove Kaspersky from all devices at once, from your management tools.",
  security_center_removal: "Remove Kaspersky with Security Center, the agent included.",
  cloud_console_removal: null,
  office365_disconnect: null,
  safe_kids_removal: null,
  uninstall_windows: null,
  uninstall_mac: null,
  uninstall_android: null,
  uninstall_ios: null,
  uninstall_servers: null,
  ultraav_remove: null,
  replacement_protection: null,
  scan_after_switch: "Scan every device, and report any signs of a break-in.",
  cisa_central: "CISA Central answers 24 hours a day. Call 8 8 8, 2 8 2, 0 8 7 0.",
} satisfies SpokenStepCatalog;
