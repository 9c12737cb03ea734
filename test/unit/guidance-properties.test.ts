/**
 * Invariants of the guidance over every reachable answer set: each branch of
 * the single-choice questions (options no condition names stand for each
 * other), with the products answered "all offered" or "each alone", and the
 * devices likewise; plus fast-check samples of any answer set, every option
 * and combination included. The rules say who a step is for; these tests check that as
 * data and, independently, against what the facts file says must never happen.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selected, type Answers } from "../../src/check/answers";
import { guidance } from "../../src/check/guidance";
import { ANY_TASK, URGENCY, type Rule } from "../../src/check/guidance/model";
import { RULES, type StepId } from "../../src/check/guidance/rules";
import { admits, selectRules } from "../../src/check/guidance/select";
import { BUSINESS_PRODUCTS, QUESTIONS, conditionHolds, type Condition, type OptionId } from "../../src/check/questionnaire";
import { anyAnswers, namedOptions, reachable, type Picker } from "../support/reachable";

const DAYS = ["2024-07-01", "2024-08-15", "2024-09-10", "2026-11-22"];
const CONDITIONS_NAMED: Condition[] = [
  ...(RULES as readonly Rule[]).flatMap((r) => [...r.when, ...(r.audience?.only ?? []), ...(r.audience?.never ?? [])]),
  ...QUESTIONS.flatMap((q) => [q.when ?? {}, ...q.options.map((o) => o.when ?? {})]),
];
const NAMED = namedOptions(CONDITIONS_NAMED);
const eachAloneOf =
  (id: string): Picker =>
  (question, offered) =>
    question.id === id ? [offered, ...offered.map((o) => [o])] : [offered];
const SETS = [...reachable(eachAloneOf("products"), NAMED), ...reachable(eachAloneOf("installed_on"), NAMED)];
const byId = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

/** What the facts file says, written independently of the rules' own audiences. */
function violations(answers: Answers, ids: readonly StepId[]): string[] {
  const has = (id: StepId) => ids.includes(id);
  const is = (respondent: string) => answers.respondent === respondent;
  const found: string[] = [];
  const bound =
    is("federal_agency") ||
    is("federal_contractor") ||
    (is("critical_infrastructure") && answers.sector === "defense_industrial_base");
  if (has("not_illegal") && (bound || is("it_provider"))) found.push("not_illegal for someone the law binds");
  if (has("not_affected") && ids.some((id) => byId.get(id)!.kind === "task")) found.push("not_affected next to a task");
  if (has("not_affected") && has("provider_must_stop")) found.push("not_affected next to a seller's duties");
  if (answers.state === "outside_us_non_us") {
    const allowed = ["outside_us_not_covered", "not_affected", "federal_already_barred", "federal_report", "cisa_central"];
    const stray = ids.filter((id) => !allowed.includes(id) && !/^(contractor|provider)_/.test(id));
    if (stray.length) found.push(`Commerce-rule steps for a non-US person: ${stray.join(", ")}`);
  }
  // Removal steps only for devices where Kaspersky is now; every kind when the respondent is not sure
  // where (servers only for an organization).
  const where = selected(answers, "installed_on");
  const notSure = where.includes("not_sure");
  for (const id of ids.filter((i) => i.startsWith("uninstall_"))) {
    const device = id.slice(10);
    const unsureFits = notSure && (device !== "servers" || !is("household"));
    if (answers.has_kaspersky !== "yes" || !(where.includes(device as never) || unsureFits))
      found.push(`${id} without Kaspersky there`);
  }
  if (has("find_installed") && !notSure) found.push("find_installed for someone who knows where Kaspersky is");
  if (
    has("ultraav_billing") &&
    (is("federal_agency") ||
      (answers.ultraav !== "yes" &&
        !answers.products?.some(
          (p) => !([...BUSINESS_PRODUCTS, "other_or_unknown"] as readonly OptionId<"products">[]).includes(p),
        )))
  )
    found.push("UltraAV billing for someone it cannot concern");
  if (is("household") && ids.some((id) => id.startsWith("org_"))) found.push("organization step for a household");
  if (has("replacement_protection") && has("org_replacement_first")) found.push("two replacement steps");
  if (ids.filter((id) => /^(updates_stopped|updates_ending|sales_ending|no_security_fixes)$/.test(id)).length > 1)
    found.push("two update facts");
  return found;
}

/** Everything wrong with one result, as sentences (empty when all holds); no expect() per set, so 100,000 sets stay fast. */
function problems(answers: Answers, day: string): string[] {
  const chosen = selectRules(answers, day);
  const ids = chosen.map((c) => c.rule.id);
  const found = violations(answers, ids);
  for (const { rule, matched } of chosen) {
    if (!rule.when.includes(matched) || !conditionHolds(matched, answers))
      found.push(`${rule.id}: no condition of its own holds`);
    if (!admits(rule.audience, answers)) found.push(`${rule.id} outside its audience`);
    for (const other of rule.notWith ?? [])
      if (other === ANY_TASK ? chosen.some((c) => c.rule.kind === "task") : ids.includes(other as StepId))
        found.push(`${rule.id} next to ${other}`);
  }
  // Facts, then tasks most urgent first, then contacts.
  const ranks = chosen.map(
    ({ rule }) => ["fact", "task", "contact"].indexOf(rule.kind) * 10 + (rule.urgency ? URGENCY.indexOf(rule.urgency) : 0),
  );
  if (ranks.some((rank, i) => i > 0 && rank < ranks[i - 1]!)) found.push("out of order");
  const firstUninstall = ids.findIndex((id) => id.startsWith("uninstall_"));
  for (const before of ["org_replacement_first", "export_passwords", "edr_mdr_monitoring"] as const)
    if (ids.includes(before) && firstUninstall >= 0 && ids.indexOf(before) > firstUninstall)
      found.push(`${before} after an uninstall`);
  return found.map((problem) => `${problem}: ${JSON.stringify({ answers, day, ids })}`);
}

function checkOne(answers: Answers, day: string): void {
  expect(problems(answers, day)).toEqual([]);
}

// Each walk covers tens of thousands of sets: give it a minute on a shared machine.
describe("guidance over every reachable answer set", { timeout: 120_000 }, () => {
  it("covers every single-choice branch, and every rule is reachable", () => {
    expect(SETS.length).toBeGreaterThan(10_000);
    const seen = new Set<string>();
    for (const answers of SETS) for (const day of DAYS) for (const { rule } of selectRules(answers, day)) seen.add(rule.id);
    expect([...seen].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it("never shows a step outside its audience, an excluded pair, or a step out of order", () => {
    const found: string[] = [];
    for (const answers of SETS) for (const day of DAYS) if (found.length < 5) found.push(...problems(answers, day));
    expect(found).toEqual([]);
  });

  it("holds for any multiple-choice combination too (fast-check)", () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...DAYS), (answers, day) => checkOne(answers, day)),
      { numRuns: 3000, seed: 10 },
    );
  });

  it("quotes in every step's why only answers that were given, in both languages", () => {
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...DAYS), fc.constantFrom("en" as const, "es" as const), (answers, day, locale) => {
        for (const step of guidance(answers, day, locale).steps) {
          expect(step.why.length).toBeGreaterThan(10);
          expect(step.why).not.toContain("?”");
          for (const trigger of step.triggers) {
            expect(trigger.answers.length).toBeGreaterThan(0);
            for (const option of trigger.answers) expect(selected(answers, trigger.question)).toContain(option);
          }
        }
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});

describe("the rules as data", () => {
  it("give tasks, and only tasks, an urgency", () => {
    for (const rule of RULES as readonly Rule[]) expect(rule.urgency !== undefined, rule.id).toBe(rule.kind === "task");
  });

  it("never chain exclusions: a step another must not stand next to excludes nothing itself", () => {
    for (const rule of RULES as readonly Rule[])
      for (const other of rule.notWith ?? [])
        if (other !== ANY_TASK) expect(byId.get(other)?.notWith, `${rule.id} → ${other}`).toBeUndefined();
  });

  it("gives every step a non-empty result: someone always gets at least one step", () => {
    for (const answers of SETS.filter((_, i) => i % 7 === 0))
      for (const day of DAYS) expect(selectRules(answers, day).length).toBeGreaterThan(0);
  });
});
