/**
 * @module
 * Every distinct guidance result for a covering set of answers, as Markdown:
 * each step's words once (English and Spanish), then each distinct result
 * (told apart by its sequence of step ids) with the answers that reach it and
 * its facts, numbered tasks and contacts, titled in both languages. `npm run
 * guidance:render` writes it to docs/guidance-results.md, and
 * test/unit/guidance-results.test.ts fails while the committed file differs,
 * so every change of wording or of who sees what is reviewed as a diff.
 */
// The catalogs from their sources (the Worker reads them from a static file; src/i18n/index.ts).
import "../../src/i18n/bundled";
import { guidance } from "../../src/check/guidance";
import { RULES } from "../../src/check/guidance/rules";
import type { Answers } from "../../src/check/questionnaire";
import { LOCALES, catalogFor, fill } from "../../src/i18n";
import { policyDates } from "../../src/check/guidance/policy-dates";
import { answers } from "./answers";

/** A day after every policy date: the advice people get now. Dated steps are pinned by scenario tests. */
export const RENDER_DAY = "2026-01-01";

type Given = Parameters<typeof answers>[0] & object;
const HOME_PRODUCTS = [["consumer_current", "password_manager"], ["vpn"], ["safe_kids"]] as const;
const ORG_PRODUCTS = [["endpoint", "security_center"], ["small_office"], ["edr_mdr"], ["office365"]] as const;
const HOME_DEVICES = ["windows", "mac", "android", "ios"] as const;
const ORG_DEVICES = ["windows", "servers"] as const;
const WHO: readonly Given[] = [
  { respondent: "household" },
  ...(
    ["small_business", "large_organization", "sltt_government", "federal_agency", "federal_contractor", "it_provider"] as const
  ).map((respondent): Given => ({ respondent, devices: "50_249" })),
  { respondent: "critical_infrastructure", sector: "energy", devices: "50_249" },
  { respondent: "critical_infrastructure", sector: "defense_industrial_base", devices: "50_249" },
];
const ELSEWHERE: readonly Given[] = [
  { ultraav: "no", embedded: "no" },
  { ultraav: "yes", embedded: "no" },
  { ultraav: "not_sure", embedded: "no" },
  { ultraav: "no", embedded: "yes" },
];
/** US persons abroad get one fact in front of the same steps: households show it; everyone shows the non-US track. */
const placesFor = (home: boolean): readonly Given[] => [
  {},
  ...(home ? [{ state: "outside_us" } as const] : []),
  { state: "outside_us_non_us" },
];

/** The covering set: every respondent type, Kaspersky answer, product family, UltraAV and embedded answer, and place. */
export function coveringSets(): Answers[] {
  const sets: Answers[] = [];
  for (const who of WHO) {
    const home = who.respondent === "household";
    for (const has of ["yes", "removed", "not_sure", "no"] as const) {
      const productSets = has === "yes" || has === "removed" ? (home ? HOME_PRODUCTS : ORG_PRODUCTS) : [undefined];
      for (const products of productSets)
        for (const elsewhere of ELSEWHERE)
          for (const place of placesFor(home))
            sets.push(
              answers({
                ...who,
                has_kaspersky: has,
                ...(products && { products: [...products], installed_on: home ? HOME_DEVICES : ORG_DEVICES }),
                ...elsewhere,
                ...place,
              }),
            );
    }
  }
  // Not sure where Kaspersky is: a step to check each device, then every kind's removal.
  for (const who of [WHO[0]!, WHO[1]!])
    sets.push(answers({ ...who, has_kaspersky: "yes", products: ["consumer_current"], installed_on: ["not_sure"] }));
  return sets;
}

const describeAnswers = (set: Answers) =>
  Object.entries(set)
    .map(([question, value]) => `${question}: ${[value].flat().join(", ")}`)
    .join("; ");

/** One row per step: its place (a fact, a task's number, a contact) and its title in each language. */
function resultTable(set: Answers): string[] {
  const [english, ...others] = LOCALES.map((locale) => guidance(set, RENDER_DAY, locale).steps);
  let task = 0;
  const rows = english!.map((step, i) => {
    const place = step.kind === "task" ? String(++task) : step.kind;
    return `| ${place} | ${[step, ...others.map((steps) => steps[i]!)].map((s) => s.title).join(" | ")} |`;
  });
  return [`| | ${LOCALES.join(" | ")} |`, `|---|${LOCALES.map(() => "---").join("|")}|`, ...rows, ""];
}

/** Every distinct result of the covering set (keyed by its step ids, in order), with the answer sets that reach it. */
export function distinctResults(): Map<string, Answers[]> {
  const results = new Map<string, Answers[]>();
  for (const set of coveringSets()) {
    const key = guidance(set, RENDER_DAY, "en")
      .steps.map((s) => s.id)
      .join(" ");
    results.set(key, [...(results.get(key) ?? []), set]);
  }
  return results;
}

/** The whole document. */
export function renderGuidanceResults(): string {
  const out = [
    "# Every guidance result",
    "",
    "Written by `npm run guidance:render` from the rules and catalogs; do not edit. A test fails while this file",
    `differs from what the code says, so a change of wording or of who sees what shows here as a diff. Day: ${RENDER_DAY}.`,
    "",
    "## Every step's words",
    "",
  ];
  for (const rule of RULES)
    for (const locale of LOCALES) {
      const words = catalogFor(locale).steps[rule.id];
      const filled = (text: string) => fill(text, policyDates(locale));
      out.push(
        `### ${rule.id} (${rule.kind}${"urgency" in rule ? `, ${rule.urgency}` : ""}) [${locale}]`,
        "",
        `**${filled(words.title)}**`,
        "",
      );
      for (const block of words.body)
        out.push(...(typeof block === "string" ? [filled(block)] : block.map((item) => `- ${filled(item)}`)), "");
    }
  const results = distinctResults();
  out.push("## Every distinct result", "", `${results.size} results from ${coveringSets().length} answer sets.`, "");
  // Headed by their step ids, not numbered: a new result then adds a section instead of renumbering the rest.
  for (const [key, sets] of results) {
    out.push(`### ${key}`, "", `Reached by ${sets.length} answer set${sets.length === 1 ? "" : "s"}, for example:`, "");
    out.push(...sets.slice(0, 2).map((set) => `- ${describeAnswers(set)}`), "", ...resultTable(sets[0]!));
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
