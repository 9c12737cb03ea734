/**
 * @module
 * English words the phone line says for each guidance step: short, no web
 * addresses, phone numbers digit by digit. Each says what its step's title and
 * body say (steps-facts.ts, steps-tasks.ts, steps-removal.ts), no more. Dates
 * are the same `{placeholders}` the step text uses. Typed by the rules' ids, so
 * a new step without its spoken words fails typecheck.
 */
import type { SpokenStepCatalog } from "../../telephony/words";

export const stepsSpoken = {
  outside_us_not_covered: "The {banYear} Commerce rule does not cover you. Check the rules of the country you are in.",
  outside_us_covered: "The rule still covers you outside the US, because you are a US person.",
  federal_already_barred:
    "Federal agencies may not use any Kaspersky product or service at all, including Kaspersky inside other products.",
  contractor_barred: "Federal contractors may not use Kaspersky in contract work, including Kaspersky inside other products.",
  provider_must_stop: "You may not sell, resell or build in Kaspersky products.",
  updates_stopped: "Kaspersky no longer protects your devices: since {updatesStop}, it gets no updates in the United States.",
  updates_ending: "Kaspersky updates stop on {updatesStop}.",
  sales_ending: "Kaspersky sales stop on {salesStop}, and updates on {updatesStop}.",
  no_security_fixes: "Your Kaspersky apps no longer get security fixes.",
  ultraav_sign: "UltraAV may have replaced Kaspersky on your device.",
  not_illegal: "Having or using Kaspersky is not against the law for you.",
  not_affected: "You do not seem to be affected.",
  contractor_report: "If you find Kaspersky in contract work, report it in writing to the contracting officer.",
  federal_report: "Report and remove any Kaspersky you find.",
  cisa_help: "Ask CISA, the Cybersecurity and Infrastructure Security Agency, for help moving off Kaspersky.",
  how_to_check: "Check whether you have Kaspersky on each of your devices.",
  org_inventory: "Find every device and product that runs Kaspersky.",
  embedded_ask_vendor: "Ask the makers of your other products whether Kaspersky is inside them.",
  provider_move_clients: "Move your clients off Kaspersky.",
  contractor_flow_down: "Put the clause in every subcontract.",
  edr_mdr_monitoring: "Set up other monitoring before Kaspersky EDR or MDR stops.",
  org_replacement_first: "Choose and test the replacement before you remove Kaspersky.",
  export_passwords: "Export your passwords from Kaspersky Password Manager before you uninstall it.",
  passwords_moved: "Make sure your passwords were moved to your new password manager.",
  vpn_ends: "Removing Kaspersky VPN ends your VPN.",
  cancel_renewal: "Stop paying for Kaspersky: turn off any automatic renewal.",
  org_licences: "End your business licences.",
  ultraav_billing: "Check whether UltraAV is charging you.",
  org_central_removal: "Remove Kaspersky from all devices at once, from your management tools.",
  security_center_removal: "Remove Kaspersky with Security Center, the agent included.",
  cloud_console_removal: "Remove Kaspersky managed from Kaspersky's web console.",
  office365_disconnect: "Disconnect Kaspersky from Microsoft 365.",
  safe_kids_removal: "Remove Safe Kids from your child's devices too.",
  uninstall_windows: "Uninstall Kaspersky from any Windows computer that has it.",
  uninstall_mac: "Uninstall Kaspersky from any Mac that has it.",
  uninstall_android: "Uninstall Kaspersky from any Android phone or tablet that has it.",
  uninstall_ios: "Remove Kaspersky from any iPhone or iPad that has it.",
  uninstall_servers: "Remove Kaspersky from any server that has it.",
  ultraav_remove: "Keep UltraAV, or cancel it and then remove it.",
  replacement_protection: "Make sure something up to date protects every device.",
  scan_after_switch: "Scan every device, and report any signs of a break-in.",
  cisa_central: "CISA Central answers 24 hours a day. Call 8 8 8, 2 8 2, 0 8 7 0.",
} satisfies SpokenStepCatalog;
