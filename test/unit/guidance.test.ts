import { describe, expect, it } from "vitest";
import { validateAnswers, type Answers } from "../../src/check/answers";
import { guidance } from "../../src/check/guidance";
import { RULES } from "../../src/check/guidance/rules";
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
const afterUpdatesStop = [
  "updates_stopped", "not_illegal", "export_passwords", "cancel_renewal", "ultraav_billing",
  "uninstall_windows", "uninstall_android", "replacement_protection",
];

const SCENARIOS: readonly Scenario[] = [
  { name: "a household with Kaspersky and Password Manager, today", answers: householdWithPasswords, steps: afterUpdatesStop },
  {
    name: "the same household before sales stopped (2024-07-01)",
    answers: householdWithPasswords,
    today: "2024-07-01",
    steps: ["sales_ending", "not_illegal", "export_passwords", "cancel_renewal", "uninstall_windows", "uninstall_android", "replacement_protection"],
  },
  {
    name: "the same household on the last day of sales (2024-07-19)",
    answers: householdWithPasswords,
    today: "2024-07-19",
    steps: ["sales_ending", "not_illegal", "export_passwords", "cancel_renewal", "uninstall_windows", "uninstall_android", "replacement_protection"],
  },
  {
    name: "the same household on the day sales stopped (2024-07-20)",
    answers: householdWithPasswords,
    today: "2024-07-20",
    steps: ["updates_ending", "not_illegal", "export_passwords", "cancel_renewal", "uninstall_windows", "uninstall_android", "replacement_protection"],
  },
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
    steps: ["ultraav_sign", "not_illegal", "ultraav_billing", "replacement_protection"],
  },
  {
    name: "a household without Kaspersky that found UltraAV, dated before the handover (2024-08-01)",
    answers: answers({ has_kaspersky: "no", ultraav: "yes" }),
    today: "2024-08-01",
    steps: ["not_illegal", "replacement_protection"],
  },
  {
    name: "a household without Kaspersky, unsure about UltraAV",
    answers: answers({ has_kaspersky: "no", ultraav: "not_sure" }),
    steps: ["ultraav_billing", "not_affected"],
  },
  {
    name: "a household not sure whether it has Kaspersky",
    answers: answers({ has_kaspersky: "not_sure" }),
    steps: ["how_to_check", "not_illegal", "ultraav_billing", "replacement_protection"],
  },
  {
    name: "a household that removed Kaspersky Internet Security from a Mac",
    answers: answers({ has_kaspersky: "removed", products: ["consumer_classic"], platforms: ["mac"] }),
    steps: ["not_illegal", "cancel_renewal", "ultraav_billing", "replacement_protection"],
  },
  {
    name: "a household that removed Password Manager is not told to export (it is gone)",
    answers: answers({ has_kaspersky: "removed", products: ["password_manager"], platforms: ["android"] }),
    steps: ["not_illegal", "cancel_renewal", "ultraav_billing", "replacement_protection"],
  },
  {
    name: "a household with the VPN on an iPhone that also got UltraVPN",
    answers: answers({ has_kaspersky: "yes", products: ["vpn"], platforms: ["ios"], ultraav: "yes" }),
    steps: ["updates_stopped", "not_illegal", "cancel_renewal", "ultraav_billing", "uninstall_ios", "replacement_protection"],
  },
  {
    name: "a household with Kaspersky on every kind of device",
    answers: answers({ has_kaspersky: "yes", products: ["other_or_unknown"], platforms: ["windows", "mac", "android", "ios", "servers"] }),
    steps: [
      "updates_stopped", "not_illegal", "cancel_renewal", "ultraav_billing", "uninstall_windows", "uninstall_mac",
      "uninstall_android", "uninstall_ios", "uninstall_servers", "replacement_protection",
    ],
  },
  {
    name: "a US household living abroad with Kaspersky",
    answers: answers({ has_kaspersky: "yes", products: ["consumer_current"], state: "outside_us" }),
    steps: ["updates_stopped", "not_illegal", "cancel_renewal", "ultraav_billing", "uninstall_windows", "replacement_protection", "outside_us"],
  },
  {
    name: "a small business with a few devices is not sent to central removal",
    answers: answers({ respondent: "small_business", has_kaspersky: "yes", products: ["small_office"], platforms: ["windows", "mac"], devices: "1_9", ultraav: "no", embedded: "no" }),
    steps: ["updates_stopped", "not_illegal", "org_inventory", "cancel_renewal", "ultraav_billing", "uninstall_windows", "uninstall_mac", "replacement_protection"],
  },
  {
    name: "a small business that manages Kaspersky with Security Center is sent to central removal",
    answers: answers({ respondent: "small_business", has_kaspersky: "yes", products: ["security_center"], platforms: ["windows"], devices: "1_9", ultraav: "no", embedded: "no" }),
    steps: ["updates_stopped", "not_illegal", "org_inventory", "org_central_removal", "cancel_renewal", "ultraav_billing", "uninstall_windows", "replacement_protection"],
  },
  {
    name: "a larger organization with Endpoint Security on servers and an embedded engine",
    answers: answers({ respondent: "large_organization", has_kaspersky: "yes", products: ["endpoint", "security_center"], platforms: ["windows", "servers"], devices: "250_999", ultraav: "no", embedded: "yes" }),
    steps: [
      "updates_stopped", "not_illegal", "org_inventory", "org_central_removal", "cancel_renewal", "ultraav_billing",
      "uninstall_windows", "uninstall_servers", "replacement_protection", "embedded_ask_vendor",
    ],
  },
  {
    name: "a critical-infrastructure energy operator with Industrial CyberSecurity",
    answers: answers({ respondent: "critical_infrastructure", sector: "energy", has_kaspersky: "yes", products: ["industrial"], platforms: ["windows", "servers"], devices: "50_249", ultraav: "no", embedded: "not_sure" }),
    steps: [
      "updates_stopped", "not_illegal", "org_inventory", "org_central_removal", "cancel_renewal", "ultraav_billing",
      "uninstall_windows", "uninstall_servers", "replacement_protection", "embedded_ask_vendor", "cisa_help",
    ],
  },
  {
    name: "a water utility without Kaspersky is still pointed to CISA",
    answers: answers({ respondent: "critical_infrastructure", sector: "water_wastewater", has_kaspersky: "no", platforms: ["windows"], devices: "10_49", ultraav: "no", embedded: "no" }),
    steps: ["cisa_help", "not_affected"],
  },
  {
    name: "a county government that is not sure",
    answers: answers({ respondent: "sltt_government", has_kaspersky: "not_sure", platforms: ["windows"], devices: "1000_plus", ultraav: "not_sure", embedded: "not_sure" }),
    steps: ["how_to_check", "not_illegal", "org_inventory", "ultraav_billing", "replacement_protection", "embedded_ask_vendor", "cisa_help"],
  },
  {
    name: "a federal agency that finds Kaspersky",
    answers: answers({ respondent: "federal_agency", has_kaspersky: "yes", products: ["endpoint"], platforms: ["windows"], devices: "1000_plus", ultraav: "no", embedded: "no" }),
    steps: [
      "updates_stopped", "federal_already_barred", "not_illegal", "org_inventory", "org_central_removal",
      "cancel_renewal", "ultraav_billing", "uninstall_windows", "replacement_protection",
    ],
  },
  {
    name: "a federal agency without Kaspersky",
    answers: answers({ respondent: "federal_agency", has_kaspersky: "no", platforms: ["windows"], devices: "50_249", ultraav: "no", embedded: "no" }),
    steps: ["federal_already_barred", "not_affected"],
  },
  {
    name: "an IT provider that resells products with a Kaspersky engine",
    answers: answers({ respondent: "it_provider", has_kaspersky: "no", platforms: ["windows", "servers"], devices: "50_249", ultraav: "no", embedded: "yes" }),
    steps: ["provider_must_stop", "embedded_ask_vendor", "not_affected"],
  },
];

describe("guidance scenarios", () => {
  it("has at least 20 scenarios, each a valid answer set", () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(20);
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
    expect(result).toMatchObject({ version: 1, locale: "en", day: "2024-08-15" });
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
    expect(combinations).toBe(7 * 4 * 3 * 3 * 4);
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
