/**
 * @module
 * The guidance rules, as data: facts (facts.ts), tasks (tasks.ts) and
 * contacts (below). guidance() shows facts first, then tasks most urgent
 * first, then contacts (select.ts). The words of each step are in the locale
 * catalogs under `steps.<id>`; the facts they rest on are in
 * shared/facts/kaspersky-ban.md.
 */
import { CISA_GROUPS, US_RULE } from "./audiences";
import { FACTS } from "./facts";
import type { ANY_TASK, Rule } from "./model";
import { TASKS } from "./tasks";

export { SOURCES, type Rule, type SourceId } from "./model";

/**
 * Bump when a rule, its order or its words change what a respondent is told.
 * 2: audiences, kinds and urgency; federal, contractor, seller and non-US tracks.
 * 3: uninstall steps follow where Kaspersky is installed (`installed_on`), not the
 *    devices used; find_installed; plainer words. What version 2 chose: history.ts.
 */
export const GUIDANCE_VERSION = 3;

const CONTACTS = [
  { id: "cisa_central", kind: "contact", when: [CISA_GROUPS], audience: US_RULE, source: "cisa" },
] as const satisfies readonly Rule[];

export const RULES = [...FACTS, ...TASKS, ...CONTACTS] as const satisfies readonly Rule[];

/** The id of a guidance step: the catalogs' `steps` are keyed by these. */
export type StepId = (typeof RULES)[number]["id"];

// Every `notWith` names a step (or ANY_TASK): a misspelt one fails here, naming it.
type Named = Extract<(typeof RULES)[number], { notWith: readonly string[] }>["notWith"][number];
type Unknown = Exclude<Named, StepId | typeof ANY_TASK>;
const notWithNamesSteps: [Unknown] extends [never] ? true : Unknown = true;
void notWithNamesSteps;
