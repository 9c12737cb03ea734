/**
 * guidance(): the scenarios (scenarios-households.ts, scenarios-organizations.ts)
 * get exactly the steps they expect, in order; and the result's own promises
 * (determinism, triggers, dates in the why, sources, version).
 */
import { describe, expect, it } from "vitest";
import { validateAnswers } from "../../src/check/answers";
import { guidance } from "../../src/check/guidance";
import { GUIDANCE_VERSION, RULES } from "../../src/check/guidance/rules";
import { optionIds } from "../../src/check/questionnaire";
import { answers } from "../support/answers";
import { HOUSEHOLD_SCENARIOS, householdWithPasswords } from "./scenarios-households";
import { ORGANIZATION_SCENARIOS } from "./scenarios-organizations";

/** The day scenarios are checked on unless they name one: after every policy date. */
const TODAY = "2026-11-22";
const SCENARIOS = [...HOUSEHOLD_SCENARIOS, ...ORGANIZATION_SCENARIOS];

describe("guidance scenarios", () => {
  it("has at least 20 scenarios, each a valid answer set", () => {
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(30);
    for (const scenario of SCENARIOS)
      expect(validateAnswers(scenario.answers), scenario.name).toEqual({ ok: true, answers: scenario.answers });
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
      { question: "installed_on", answers: ["windows"] },
    ]);
  });

  it("words each uninstall step for the devices that have Kaspersky (a respondent may not be sure which do)", () => {
    const windowsAndIphone = answers({ has_kaspersky: "yes", products: ["consumer_current"], installed_on: ["windows", "ios"] });
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
    expect(GUIDANCE_VERSION).toBe(3);
  });

  it("gives every respondent at least one step, on every kind of day", () => {
    const days = ["2024-06-25", "2024-08-15", "2024-09-10", TODAY];
    let combinations = 0;
    for (const respondent of optionIds("respondent"))
      for (const hasKaspersky of optionIds("has_kaspersky"))
        for (const ultraav of optionIds("ultraav"))
          for (const embedded of optionIds("embedded"))
            for (const day of days) {
              const where = hasKaspersky === "yes" || hasKaspersky === "removed" ? { installed_on: ["windows" as const] } : {};
              const set = answers({ respondent, has_kaspersky: hasKaspersky, ...where, ultraav, embedded });
              expect(guidance(set, day, "en").steps.length, JSON.stringify({ answers: set, day })).toBeGreaterThan(0);
              combinations++;
            }
    expect(combinations).toBe(8 * 4 * 3 * 3 * 4);
  });

  it("has words for every rule and never shows an empty step", () => {
    const everything = answers({
      respondent: "critical_infrastructure",
      sector: "energy",
      has_kaspersky: "yes",
      products: ["password_manager", "security_center"],
      installed_on: ["windows", "mac", "android", "ios", "servers"],
      devices: "1000_plus",
      ultraav: "yes",
      embedded: "yes",
      state: "outside_us",
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
