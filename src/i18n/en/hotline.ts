/**
 * @module
 * English words for the hotline desk: the agent's screen, the script, outcomes
 * and reasons for changing a stored check.
 */

export const hotline = {
  staff: {
    navLabel: "Staff pages",
    signedInAs: "Signed in as",
    signOut: "Sign out",
    pages: { agent: "Hotline: new call", analyst: "Counts of responses" },
  },
  title: "Hotline: new call",
  editTitle: "Hotline: change answers for {reference}",
  intro: "Ask the caller each question. Questions that do not apply are skipped as you answer.",
  callerLanguage: "Caller's language",
  update: "Update questions",
  submit: "Save and show the script",
  saveChanges: "Save changes and show the script",
  optional: "(optional)",
  reopenTitle: "Caller has a reference code",
  reopenLabel: "Reference code",
  reopen: "Open",
  scriptTitle: "Script for {reference}",
  readReference: "Read the reference code to the caller",
  referenceSpoken: "{character} as in {word}",
  digitSpoken: "{character}, the number {word}",
  digits: { "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine" },
  adviceUpdated: "The advice has changed since {date}, the day of this check: read the current steps below.",
  newStepsMarked: "Steps marked New were not in the advice the caller was given that day: tell the caller they are new.",
  newStep: "New",
  readFacts: "Tell the caller first",
  readSteps: "Then go through these steps with the caller, in order",
  readContacts: "Contacts to give the caller",
  why: "Why (for you, not to read)",
  outcomeTitle: "How did the call end?",
  outcomeSaved: "Outcome saved.",
  changedSaved: "Changes saved. The steps below are recomputed.",
  fromPhone: "Came from the phone line: the caller answered these by keypad.",
  recordOutcome: "Save outcome",
  // Shown only when /assets/hotline.js runs (it handles the keys); Option is the Mac's Alt.
  shortcutsDesk: "Keyboard shortcut: Alt+S (Option+S on a Mac) saves the call.",
  shortcutsScript: "Keyboard shortcuts: Alt+O goes to the outcome, Alt+S saves it (Option on a Mac).",
  changeAnswers: "Change answers",
  newCall: "Take a new call",
  outcomes: {
    guided_removal: "Guided the caller through removal",
    referred_to_cisa: "Referred to CISA",
    will_check_and_call_back: "Caller will check and call back",
    not_affected: "Caller is not affected",
    other_help: "Other help given",
  },
  reasonLabel: "Why are the answers changing?",
  reasons: {
    caller_checked_devices: "The caller has now checked their devices",
    caller_corrected: "The caller corrected an answer",
    situation_changed: "The caller's situation has changed",
    agent_error: "An answer was entered wrongly",
  },
  errors: {
    outcome: "Select how the call ended",
    reason: "Select why the answers are changing",
    language: "Select the caller's language",
    notFound: "No check has the reference code {reference}",
  },
  /** Refusals that protect the published counts (README, "Counts for analysts"). */
  refusals: {
    weekClosed: {
      title: "This check can no longer be changed",
      body: "Checks can be changed, and call outcomes recorded, only until the end of the week (Sunday, UTC) they were made in. Make a new check for the caller instead.",
    },
    notACall: {
      title: "This check was not made by phone",
      body: "An outcome can be recorded only for a check made through the hotline or its phone line. Make a new check for the caller instead.",
    },
  },
};
