/**
 * @module
 * What a guidance rule is. Each rule says when its step shows (`when`), who it
 * may ever reach (`audience`), what kind of step it is (a fact to know, a task
 * to do, a contact to keep), how urgent a task is, and which other steps it
 * must never stand next to (`notWith`). Keeping all of that as data lets the
 * tests prove, over every reachable answer set, that no result contradicts
 * itself (test/unit/guidance-properties.test.ts).
 */
import type { Condition } from "../questionnaire";

/** Primary sources a step links to; labels are in the catalogs under `sources`. */
export const SOURCES = {
  bis: "https://oicts.bis.gov/kaspersky",
  federal_register: "https://www.federalregister.gov/d/2024-13532",
  eo_13873: "https://www.federalregister.gov/citation/84-FR-22689",
  bod_17_01: "https://www.cisa.gov/news-events/directives/bod-17-01-removal-kaspersky-branded-products",
  far_4_20: "https://www.acquisition.gov/far/subpart-4.20",
  far_52_204_23: "https://www.acquisition.gov/far/52.204-23",
  cisa: "https://www.cisa.gov/",
  test_labs: "https://www.av-comparatives.org/",
} as const;

export type SourceId = keyof typeof SOURCES;

/**
 * A fact frames the result (read first, nothing to do); a task is numbered and
 * done in order; a contact is someone to reach, listed last.
 */
export type Kind = "fact" | "task" | "contact";

/**
 * How urgent a task is, most urgent first: duties to report, finding out what
 * you have, preparing (keeping what you would lose, having the replacement
 * ready), removing, then checking afterwards. Tasks are shown in this order;
 * within one level, in the order the rules are written.
 */
export const URGENCY = ["report", "find", "prepare", "remove", "after"] as const;
export type Urgency = (typeof URGENCY)[number];

/** Who a step may reach at all, whatever else holds. */
export interface Audience {
  /** Only respondents for whom one of these holds (everyone, when absent). */
  readonly only?: readonly Condition[];
  /** Never respondents for whom any of these holds. */
  readonly never?: readonly Condition[];
}

/** In `notWith`: the step is dropped when any task is shown. */
export const ANY_TASK = "any_task";

export interface Rule {
  /** The step's id: its words are `steps.<id>` in every catalog. */
  readonly id: string;
  readonly kind: Kind;
  /** Tasks only. */
  readonly urgency?: Urgency;
  /**
   * The step shows when any one of these conditions holds. The answers named in
   * the first condition that holds are the ones "why you see this" quotes.
   */
  readonly when: readonly Condition[];
  /** Checked on top of `when`: a step never reaches anyone outside it. */
  readonly audience?: Audience;
  /** Dropped when any of these steps (or, with ANY_TASK, any task) is shown. */
  readonly notWith?: readonly string[];
  /** First day the step applies (inclusive). */
  readonly from?: string;
  /** Last day the step applies (inclusive). */
  readonly until?: string;
  readonly source?: SourceId;
}
