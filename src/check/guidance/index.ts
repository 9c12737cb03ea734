/**
 * @module
 * `guidance(answers, today, locale)`: what one respondent needs to know and do.
 * Pure and deterministic (no I/O, no clock): the same answers, day and locale
 * always give the same result, which is what lets a stored reference show its
 * result again. Which steps and in what order is select.ts; this adds the words.
 */
import type { Answers } from "../answers";
import { catalogFor, fill, type Catalog, type Locale } from "../../i18n";
import type { Kind } from "./model";
import { policyDates } from "./policy-dates";
import { GUIDANCE_VERSION, SOURCES, type StepId } from "./rules";
import { selectRules } from "./select";
import { triggersOf, whySentence, type Trigger } from "./why";

export type { Trigger };

/** A paragraph, or a list of bullet points. */
export type Block = string | readonly string[];

export interface Step {
  readonly id: StepId;
  /** Facts are read first, tasks are numbered in order, contacts come last. */
  readonly kind: Kind;
  readonly title: string;
  readonly body: readonly Block[];
  /** "Why you see this", as a sentence. */
  readonly why: string;
  readonly triggers: readonly Trigger[];
  readonly source?: { readonly label: string; readonly url: string };
  /** Reopened checks only: the step was not in the advice given on the day of the check (history.ts). */
  readonly new?: true;
}

export interface Guidance {
  readonly version: number;
  readonly locale: Locale;
  readonly day: string;
  /** Facts, then tasks (most urgent first), then contacts. */
  readonly steps: readonly Step[];
}

/**
 * The steps that apply to these (already validated) answers on `today`
 * (`YYYY-MM-DD`, UTC): facts first, then tasks in the order to do them, then contacts.
 */
export function guidance(answers: Answers, today: string, locale: Locale): Guidance {
  const catalog = catalogFor(locale);
  const steps = selectRules(answers, today).map(({ rule, matched }): Step => {
    const triggers = triggersOf(matched, answers);
    const words = datedStepWords(catalog, locale, rule.id);
    return {
      id: rule.id,
      kind: rule.kind,
      title: words.title,
      body: words.body,
      why: whySentence(rule, triggers, catalog, locale),
      triggers,
      ...(rule.source && { source: { label: catalog.sources[rule.source], url: SOURCES[rule.source] } }),
    };
  });
  return { version: GUIDANCE_VERSION, locale, day: today, steps };
}

const dated = new WeakMap<Catalog, Map<StepId, Pick<Step, "title" | "body">>>();

/**
 * A step's title and body with the policy dates filled in: the same for every
 * request in a language, so worked out once per catalog (a catalog is one
 * language's words, loaded once per Worker instance) and step, not per request.
 */
function datedStepWords(catalog: Catalog, locale: Locale, id: StepId): Pick<Step, "title" | "body"> {
  let steps = dated.get(catalog);
  if (!steps) {
    steps = new Map();
    dated.set(catalog, steps);
  }
  let words = steps.get(id);
  if (!words) {
    const dates = policyDates(locale);
    const withDates = (text: string) => fill(text, dates);
    const { title, body } = catalog.steps[id];
    words = {
      title: withDates(title),
      body: body.map((block) => (typeof block === "string" ? withDates(block) : block.map(withDates))),
    };
    steps.set(id, words);
  }
  return words;
}

/** The guidance with these steps marked new (a reopened check whose advice changed). */
export function markNew(result: Guidance, ids: readonly StepId[]): Guidance {
  if (!ids.length) return result;
  return { ...result, steps: result.steps.map((step) => (ids.includes(step.id) ? { ...step, new: true as const } : step)) };
}

/** The steps by kind, each in order: how pages present facts, numbered tasks and contacts apart. */
export function byKind(result: Guidance): { facts: readonly Step[]; tasks: readonly Step[]; contacts: readonly Step[] } {
  const of = (kind: Kind) => result.steps.filter((step) => step.kind === kind);
  return { facts: of("fact"), tasks: of("task"), contacts: of("contact") };
}
