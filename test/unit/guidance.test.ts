import { describe, expect, it } from "vitest";
import { validateAnswers, type Answers } from "../../src/check/answers";
import { guidance } from "../../src/check/guidance";
import { GUIDANCE_VERSION, RULES } from "../../src/check/guidance/rules";
import { optionIds } from "../../src/check/questionnaire";
import { answers } from "../support/answers";

const TODAY = "2026-11-22";

interface Scenario {
  readonly name: string;
  readonly answers: Answers;
  readonly today?: string;
  readonly steps: readonly string[];
}

const householdWithPasswords = answers({ has_kaspersky: "yes", products: ["consumer_current", "password_manager"], platforms: ["windows", "android"] });
const householdTasks = ["export_passwords", "cancel_renewal", "uninstall_windows", "uninstall_android", "replacement_protection", "scan_after_switch"];
const afterUpdatesStop = ["updates_stopped", "not_illegal", ...householdTasks.slice(0, 2), "ultraav_billing", ...householdTasks.slice(2)];

const SCENARIOS: readonly Scenario[] = [
  { name: "a household with Kaspersky and Password Manager, today", answers: householdWithPasswords, steps: afterUpdatesStop },
  { name: "the same household before sales stopped (2024-07-01)", answers: householdWithPasswords, today: "2024-07-01", steps: ["sales_ending", "not_illegal", ...householdTasks] },
  { name: "the same household on the last day of sales (2024-07-19)", answers: householdWithPasswords, today: "2024-07-19", steps: ["sales_ending", "not_illegal", ...householdTasks] },
  { name: "the same household on the day sales stopped (2024-07-20)", answers: householdWithPasswords, today: "2024-07-20", steps: ["updates_ending", "not_illegal", ...householdTasks] },
  {
    name: "the same household on the last day of updates, after the UltraAV handover began (2024-09-28)",
    answers: householdWithPasswords,
    today: "2024-09-28",
    steps: ["updates_ending", ...afterUpdatesStop.slice(1)],
  },
  { name: "the same household on the day updates stopped (2024-09-29)", answers: householdWithPasswords, today: "2024-09-29", steps: afterUpdatesStop },
  { name: "a household without Kaspersky", answers: answers({ has_kaspersky: "no", platforms: ["mac"] }), steps: ["not_affected"] },
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
    name: "a household that removed Kaspersky Internet Security from a Mac",
    answers: answers({ has_kaspersky: "removed", products: ["consumer_classic"], platforms: ["mac"] }),
    steps: ["not_illegal", "cancel_renewal", "ultraav_billing", "replacement_protection", "scan_after_switch"],
  },
  {
    name: "a household that removed Password Manager is asked whether its passwords were moved, not told to export",
    answers: answers({ has_kaspersky: "removed", products: ["password_manager"], platforms: ["android"] }),
    steps: ["not_illegal", "passwords_moved", "cancel_renewal", "ultraav_billing"],
  },
  {
    name: "a household with only Password Manager hears about security fixes, not new threats",
    answers: answers({ has_kaspersky: "yes", products: ["password_manager"] }),
    steps: ["no_security_fixes", "not_illegal", "export_passwords", "cancel_renewal", "ultraav_billing", "uninstall_windows"],
  },
  {
    name: "a household with the VPN on an iPhone that also got UltraVPN",
    answers: answers({ has_kaspersky: "yes", products: ["vpn"], platforms: ["ios"], ultraav: "yes" }),
    steps: [
      "no_security_fixes", "not_illegal", "vpn_ends", "cancel_renewal", "ultraav_billing", "uninstall_ios", "ultraav_remove",
      "replacement_protection", "scan_after_switch",
    ],
  },
  {
    name: "a household with Safe Kids is told to remove it from the child's devices and that the controls stop",
    answers: answers({ has_kaspersky: "yes", products: ["safe_kids"], platforms: ["android"] }),
    steps: ["no_security_fixes", "not_illegal", "cancel_renewal", "ultraav_billing", "safe_kids_removal", "uninstall_android"],
  },
  {
    name: "a US household abroad with Kaspersky: told first that the rule still covers it",
    answers: answers({ has_kaspersky: "yes", products: ["consumer_current"], state: "outside_us" }),
    steps: ["outside_us_covered", "updates_stopped", "not_illegal", "cancel_renewal", "ultraav_billing", "uninstall_windows", "replacement_protection", "scan_after_switch"],
  },
  {
    name: "a non-US person abroad with Kaspersky: told the rule does not cover them, and nothing resting on it",
    answers: answers({ has_kaspersky: "yes", products: ["consumer_current"], state: "outside_us_non_us" }),
    steps: ["outside_us_not_covered"],
  },
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

describe("guidance scenarios", () => {
  it("has at least 20 scenarios, each a valid answer set", () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(30);
    for (const scenario of SCENARIOS) expect(validateAnswers(scenario.answers), scenario.name).toEqual({ ok: true, answers: scenario.answers });
  });

  it.each(SCENARIOS)("$name gets the right steps in the right order", ({ answers, today, steps }) => {
    expect(guidance(answers, today ?? TODAY, "en").steps.map((step) => step.id)).toEqual(steps);
  });
});

describe("guidance", () => {
  it("is deterministic: the same answers, day and locale give the same result", () => {
    expect(guidance(householdWithPasswords, TODAY, "en")).toEqual(guidance(householdWithPasswords, TODAY, "en"));
  });

  it("says which answers triggered each step, and only answers that match", () => {
    const steps = guidance(householdWithPasswords, TODAY, "en").steps;
    const exportStep = steps.find((s) => s.id === "export_passwords")!;
    expect(exportStep.triggers).toEqual([
      { question: "has_kaspersky", answers: ["yes"] },
      { question: "products", answers: ["password_manager"] },
    ]);
    expect(exportStep.why).toContain("“Kaspersky Password Manager”");
    expect(exportStep.why).not.toContain("Basic, Standard");
    const windows = steps.find((s) => s.id === "uninstall_windows")!;
    expect(windows.triggers).toEqual([
      { question: "has_kaspersky", answers: ["yes"] },
      { question: "platforms", answers: ["windows"] },
    ]);
  });

  it("words each uninstall step for the devices that have Kaspersky (the question asks which devices are used)", () => {
    const windowsAndIphone = answers({ has_kaspersky: "yes", products: ["consumer_current"], platforms: ["windows", "ios"] });
    for (const locale of ["en", "es"] as const)
      for (const step of guidance(windowsAndIphone, TODAY, locale).steps.filter((s) => s.id.startsWith("uninstall_")))
        expect(step.title).toMatch(locale === "en" ? /that has it$/ : /que lo tengan$/);
  });

  it("names the date in the why of a date-bound step", () => {
    const stopped = guidance(householdWithPasswords, TODAY, "en").steps[0]!;
    expect(stopped.why).toContain("September 29, 2024");
  });

  it("links steps to their primary source where one exists", () => {
    const steps = guidance(householdWithPasswords, TODAY, "en").steps;
    expect(steps.find((s) => s.id === "updates_stopped")?.source?.url).toBe("https://oicts.bis.gov/kaspersky");
    expect(steps.find((s) => s.id === "export_passwords")?.source).toBeUndefined();
  });

  it("returns the version and the day it was computed for", () => {
    const result = guidance(householdWithPasswords, "2024-08-15", "en");
    expect(result).toMatchObject({ version: GUIDANCE_VERSION, locale: "en", day: "2024-08-15" });
    expect(GUIDANCE_VERSION).toBe(2);
  });

  it("gives every respondent at least one step, on every kind of day", () => {
    const days = ["2024-06-25", "2024-08-15", "2024-09-10", TODAY];
    let combinations = 0;
    for (const respondent of optionIds("respondent"))
      for (const hasKaspersky of optionIds("has_kaspersky"))
        for (const ultraav of optionIds("ultraav"))
          for (const embedded of optionIds("embedded"))
            for (const day of days) {
              const set = answers({ respondent, has_kaspersky: hasKaspersky, platforms: ["windows"], ultraav, embedded });
              expect(guidance(set, day, "en").steps.length, JSON.stringify({ answers: set, day })).toBeGreaterThan(0);
              combinations++;
            }
    expect(combinations).toBe(8 * 4 * 3 * 3 * 4);
  });

  it("has words for every rule and never shows an empty step", () => {
    const everything = answers({
      respondent: "critical_infrastructure", sector: "energy", has_kaspersky: "yes",
      products: ["password_manager", "security_center"], platforms: ["windows", "mac", "android", "ios", "servers"],
      devices: "1000_plus", ultraav: "yes", embedded: "yes", state: "outside_us",
    });
    const ids = new Set(RULES.map((r) => r.id));
    for (const day of ["2024-07-01", "2024-08-01", TODAY]) {
      for (const step of guidance(everything, day, "en").steps) {
        expect(ids.has(step.id)).toBe(true);
        expect(step.title.length).toBeGreaterThan(5);
        expect(step.body.length).toBeGreaterThan(0);
        expect(step.why.length).toBeGreaterThan(10);
      }
    }
  });
});
