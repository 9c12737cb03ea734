/**
 * @module
 * What a stored check was told on its day, so a reopened result can mark the
 * steps that are new since. Today's rules give today's advice; a check made
 * with an earlier GUIDANCE_VERSION was told what that version's rules chose
 * from the answers as that questionnaire asked them. Each earlier version is
 * written here as a change to today's rules (their conditions only: the
 * words never decide which steps show). A version not written here (1)
 * is unknown: its reopened result says the advice changed and marks nothing.
 *
 * When a version bump changes which steps show (a rule's `when`, `audience`,
 * `notWith` or dates, or a new or removed rule), write the version it
 * replaces here, and test it (test/unit/guidance-history.test.ts).
 */
import type { Answers } from "../answers";
import { CONDITIONS, conditionHolds, type Condition } from "../questionnaire";
import type { Rule } from "./model";
import { GUIDANCE_VERSION, RULES, type StepId } from "./rules";
import { selectRules } from "./select";

/** What is stored of a check, as far as its guidance goes. */
export interface StoredCheck {
  readonly questionnaireVersion: number;
  readonly guidanceVersion: number;
  readonly day: string;
  readonly answers: Answers;
  /** Answers to questions the registry no longer asks (e.g. "platforms", questionnaire 1 and 2), as stored. */
  readonly retired?: Readonly<Record<string, readonly string[]>>;
}

/** Steps version 3 added: version 2 never showed them. */
const ADDED_IN_3: ReadonlySet<string> = new Set<StepId>(["find_installed"]);
const UNINSTALL_DEVICE: Readonly<Record<string, string>> = {
  uninstall_windows: "windows",
  uninstall_mac: "mac",
  uninstall_android: "android",
  uninstall_ios: "ios",
  uninstall_servers: "servers",
};

/** Version 2: uninstall steps followed the devices used ("platforms"), for those who had Kaspersky now. */
function version2(stored: StoredCheck): { rules: readonly Rule[]; answers: Answers } {
  const rules = RULES.filter((rule) => !ADDED_IN_3.has(rule.id)).map((rule): Rule => {
    const device = UNINSTALL_DEVICE[rule.id];
    // "platforms" is no longer a registry question, so its condition is written untyped.
    const onDevice = { ...CONDITIONS.hasKaspersky, platforms: [device] } as unknown as Condition;
    return device ? { ...rule, when: [onDevice] } : rule;
  });
  const answers = { ...stored.answers, platforms: stored.retired?.platforms ?? [] } as unknown as Answers;
  return { rules, answers };
}

const EARLIER: Readonly<Record<number, (stored: StoredCheck) => { rules: readonly Rule[]; answers: Answers }>> = {
  2: version2,
};

/**
 * The answers today's rules read for a stored check. Questionnaires 1 and 2
 * never asked where Kaspersky was installed: for someone who has or had it,
 * that reads as "not sure" (never stored, never counted), so the reopened
 * result shows how to check each device instead of no removal steps at all.
 */
export function answersToday(stored: StoredCheck): Answers {
  const { answers } = stored;
  if (stored.questionnaireVersion >= 3 || answers.installed_on || !conditionHolds(CONDITIONS.hasOrHadKaspersky, answers)) {
    return answers;
  }
  return { ...answers, installed_on: ["not_sure"] };
}

/** The ids of the steps the check was given on its day, or undefined when that version's rules are not known. */
export function stepsOnTheDay(stored: StoredCheck): ReadonlySet<string> | undefined {
  if (stored.guidanceVersion === GUIDANCE_VERSION) {
    return new Set(selectRules(answersToday(stored), stored.day).map(({ rule }) => rule.id));
  }
  const earlier = EARLIER[stored.guidanceVersion];
  if (!earlier) return undefined;
  const { rules, answers } = earlier(stored);
  return new Set(selectRules(answers, stored.day, rules).map(({ rule }) => rule.id));
}

/** The steps of today's advice for a stored check that its original advice did not have; none when that is unknown. */
export function newStepIds(stored: StoredCheck, todaysSteps: readonly { readonly id: StepId }[]): StepId[] {
  const original = stepsOnTheDay(stored);
  return original ? todaysSteps.filter(({ id }) => !original.has(id)).map(({ id }) => id) : [];
}
