/**
 * @module
 * Guidance scenarios for households: each an answer set (built through the
 * registry builder, naming only what the scenario is about), a day and the
 * steps expected, in order. Most name the issue-10 finding they pin.
 */
import type { Answers } from "../../src/check/answers";
import { answers } from "../support/answers";

export interface Scenario {
  readonly name: string;
  readonly answers: Answers;
  readonly today?: string;
  readonly steps: readonly string[];
}

export const householdWithPasswords = answers({
  has_kaspersky: "yes",
  products: ["consumer_current", "password_manager"],
  installed_on: ["windows", "android"],
});
const householdTasks = [
  "export_passwords",
  "cancel_renewal",
  "uninstall_windows",
  "uninstall_android",
  "replacement_protection",
  "scan_after_switch",
];
const afterUpdatesStop = [
  "updates_stopped",
  "not_illegal",
  ...householdTasks.slice(0, 2),
  "ultraav_billing",
  ...householdTasks.slice(2),
];

export const HOUSEHOLD_SCENARIOS: readonly Scenario[] = [
  { name: "a household with Kaspersky and Password Manager, today", answers: householdWithPasswords, steps: afterUpdatesStop },
  {
    name: "the same household before sales stopped (2024-07-01)",
    answers: householdWithPasswords,
    today: "2024-07-01",
    steps: ["sales_ending", "not_illegal", ...householdTasks],
  },
  {
    name: "the same household on the last day of sales (2024-07-19)",
    answers: householdWithPasswords,
    today: "2024-07-19",
    steps: ["sales_ending", "not_illegal", ...householdTasks],
  },
  {
    name: "the same household on the day sales stopped (2024-07-20)",
    answers: householdWithPasswords,
    today: "2024-07-20",
    steps: ["updates_ending", "not_illegal", ...householdTasks],
  },
  {
    name: "the same household on the last day of updates, after the UltraAV handover began (2024-09-28)",
    answers: householdWithPasswords,
    today: "2024-09-28",
    steps: ["updates_ending", ...afterUpdatesStop.slice(1)],
  },
  {
    name: "the same household on the day updates stopped (2024-09-29)",
    answers: householdWithPasswords,
    today: "2024-09-29",
    steps: afterUpdatesStop,
  },
  {
    name: "a household without Kaspersky",
    answers: answers({ has_kaspersky: "no" }),
    steps: ["not_affected"],
  },
  {
    name: "a household without Kaspersky that found UltraAV on a device",
    answers: answers({ has_kaspersky: "no", ultraav: "yes" }),
    steps: ["ultraav_sign", "not_illegal", "ultraav_billing", "ultraav_remove", "replacement_protection", "scan_after_switch"],
  },
  {
    name: "a household without Kaspersky, unsure about UltraAV, is not sent to UltraAV billing (it never had Kaspersky)",
    answers: answers({ has_kaspersky: "no", ultraav: "not_sure" }),
    steps: ["not_affected"],
  },
  {
    name: "a household not sure whether it has Kaspersky",
    answers: answers({ has_kaspersky: "not_sure" }),
    steps: ["not_illegal", "how_to_check", "replacement_protection", "scan_after_switch"],
  },
  {
    name: "Kaspersky only on Windows, though the household also uses an iPhone: no step for the iPhone (finding: uninstall steps follow where Kaspersky is)",
    answers: answers({ has_kaspersky: "yes", products: ["consumer_current"], installed_on: ["windows"] }),
    steps: [
      "updates_stopped",
      "not_illegal",
      "cancel_renewal",
      "ultraav_billing",
      "uninstall_windows",
      "replacement_protection",
      "scan_after_switch",
    ],
  },
  {
    name: "a household not sure where Kaspersky is: how to check each device, then each kind's removal (no servers)",
    answers: answers({ has_kaspersky: "yes", products: ["consumer_current"], installed_on: ["not_sure"] }),
    steps: [
      "updates_stopped",
      "not_illegal",
      "find_installed",
      "cancel_renewal",
      "ultraav_billing",
      "uninstall_windows",
      "uninstall_mac",
      "uninstall_android",
      "uninstall_ios",
      "replacement_protection",
      "scan_after_switch",
    ],
  },
  {
    name: "a Mac household: Kaspersky's own uninstaller, not the Trash (finding: Mac steps)",
    answers: answers({ has_kaspersky: "yes", products: ["consumer_classic"], installed_on: ["mac"] }),
    steps: [
      "updates_stopped",
      "not_illegal",
      "cancel_renewal",
      "ultraav_billing",
      "uninstall_mac",
      "replacement_protection",
      "scan_after_switch",
    ],
  },
  {
    name: "a household that removed Kaspersky Internet Security from a Mac",
    answers: answers({ has_kaspersky: "removed", products: ["consumer_classic"], installed_on: ["mac"] }),
    steps: ["not_illegal", "cancel_renewal", "ultraav_billing", "replacement_protection", "scan_after_switch"],
  },
  {
    name: "a household that removed Password Manager is asked whether its passwords were moved, not told to export",
    answers: answers({ has_kaspersky: "removed", products: ["password_manager"], installed_on: ["android"] }),
    steps: ["not_illegal", "passwords_moved", "cancel_renewal", "ultraav_billing"],
  },
  {
    name: "a household with only Password Manager hears about security fixes, not new threats",
    answers: answers({ has_kaspersky: "yes", products: ["password_manager"] }),
    steps: ["no_security_fixes", "not_illegal", "export_passwords", "cancel_renewal", "ultraav_billing", "uninstall_windows"],
  },
  {
    name: "a household with the VPN on an iPhone that also got UltraVPN",
    answers: answers({ has_kaspersky: "yes", products: ["vpn"], installed_on: ["ios"], ultraav: "yes" }),
    steps: [
      "no_security_fixes",
      "not_illegal",
      "vpn_ends",
      "cancel_renewal",
      "ultraav_billing",
      "uninstall_ios",
      "ultraav_remove",
      "replacement_protection",
      "scan_after_switch",
    ],
  },
  {
    name: "a household with Safe Kids is told to remove it from the child's devices and that the controls stop",
    answers: answers({ has_kaspersky: "yes", products: ["safe_kids"], installed_on: ["android"] }),
    steps: ["no_security_fixes", "not_illegal", "cancel_renewal", "ultraav_billing", "safe_kids_removal", "uninstall_android"],
  },
  {
    name: "a US household abroad with Kaspersky: told first that the rule still covers it",
    answers: answers({ has_kaspersky: "yes", products: ["consumer_current"], state: "outside_us" }),
    steps: [
      "outside_us_covered",
      "updates_stopped",
      "not_illegal",
      "cancel_renewal",
      "ultraav_billing",
      "uninstall_windows",
      "replacement_protection",
      "scan_after_switch",
    ],
  },
  {
    name: "a non-US person abroad with Kaspersky: told the rule does not cover them, and nothing resting on it",
    answers: answers({ has_kaspersky: "yes", products: ["consumer_current"], state: "outside_us_non_us" }),
    steps: ["outside_us_not_covered"],
  },
];
