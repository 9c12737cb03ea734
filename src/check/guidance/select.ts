/**
 * @module
 * Which rules apply to an answer set on a day, and in what order: the part of
 * guidance that needs no words, so property tests can run it over every
 * reachable answer set quickly. A rule applies when its dates hold, one of its
 * `when` conditions holds and its audience admits the respondent; then a rule
 * is dropped when a step it must not stand next to applies. Facts come first
 * (in rule order), then tasks by urgency (stable), then contacts.
 */
import { conditionHolds, type Answers } from "../answers";
import type { Condition } from "../questionnaire";
import { ANY_TASK, URGENCY, type Audience, type Kind, type Rule } from "./model";
import { RULES, type StepId } from "./rules";

/** A rule that applies, with the condition that made it (quoted by "why you see this"). */
export interface Selected {
  readonly rule: Rule & { readonly id: StepId };
  readonly matched: Condition;
}

/** Whether the audience admits these answers. */
export function admits(audience: Audience | undefined, answers: Answers): boolean {
  if (!audience) return true;
  if (audience.only && !audience.only.some((c) => conditionHolds(c, answers))) return false;
  return !(audience.never ?? []).some((c) => conditionHolds(c, answers));
}

function inDateRange(rule: Rule, today: string): boolean {
  return (!rule.from || today >= rule.from) && (!rule.until || today <= rule.until);
}

const KIND_ORDER: readonly Kind[] = ["fact", "task", "contact"];
const rank = (rule: Rule) => KIND_ORDER.indexOf(rule.kind) * 10 + (rule.urgency ? URGENCY.indexOf(rule.urgency) : 0);

/**
 * The rules that apply to these answers on `today`, in the order they are shown.
 * `rules`: today's, or an earlier version's (history.ts) to know what a check was told.
 */
export function selectRules(answers: Answers, today: string, rules: readonly Rule[] = RULES): Selected[] {
  const candidates: Selected[] = [];
  for (const rule of rules as readonly (Rule & { id: StepId })[]) {
    if (!inDateRange(rule, today) || !admits(rule.audience, answers)) continue;
    const matched = rule.when.find((condition) => conditionHolds(condition, answers));
    if (matched) candidates.push({ rule, matched });
  }
  // Exclusions are judged against the candidates, not against each other's
  // outcome: a test keeps them from chaining, so the order never matters.
  const ids = new Set<string>(candidates.map((c) => c.rule.id));
  const anyTask = candidates.some((c) => c.rule.kind === "task");
  const kept = candidates.filter(({ rule }) => !(rule.notWith ?? []).some((id) => (id === ANY_TASK ? anyTask : ids.has(id))));
  // Array.prototype.sort is stable: within a rank, rule order stands.
  return kept.sort((a, b) => rank(a.rule) - rank(b.rule));
}
