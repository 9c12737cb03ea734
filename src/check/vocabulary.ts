/**
 * @module
 * The service's own vocabularies besides the questionnaire: how a check came
 * in, what came of a hotline call and why an agent changed a stored check. Stored with each response, counted for
 * analysts and accepted by the hotline API, so they live in the core, and
 * storage and stats import them from here. Import-free for Node scripts.
 */

/** How a check came in: the public web form, the hotline desk, the JSON API or the phone line's keypad (IVR). */
export const CHANNELS = ["web", "hotline", "api", "ivr"] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * The channels where a check is made on a call, so an agent may record what came of it: the desk, and the
 * phone line, whose callers can press 0 for an agent. Web and API checks never have an outcome.
 */
export const CALL_CHANNELS = ["hotline", "ivr"] as const satisfies readonly Channel[];

/** What came of a hotline call, chosen by the agent from this fixed list. */
export const OUTCOMES = ["guided_removal", "referred_to_cisa", "will_check_and_call_back", "not_affected", "other_help"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Why an agent changed a stored check's answers: a fixed list, so the audit log holds no free text. */
export const CHANGE_REASONS = ["caller_checked_devices", "caller_corrected", "situation_changed", "agent_error"] as const;
export type ChangeReason = (typeof CHANGE_REASONS)[number];

/**
 * "Was this useful?" on a result: the result's kind (at least one task to do, or
 * nothing to do; src/check/feedback.ts) and the answer. Counted by day only.
 */
export const FEEDBACK_KINDS = ["to_do", "nothing_to_do"] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_ANSWERS = ["yes", "no"] as const;
export type FeedbackAnswer = (typeof FEEDBACK_ANSWERS)[number];
