/**
 * @module
 * English words of the phone line (src/telephony): what it says around the
 * questions, whose words come from questions.ts. `{key}` is a keypad key.
 */
export const ivr = {
  /** Said in this language on the language menu, with this language's key. */
  chooseLanguage: "For English, press {key}.",
  welcome:
    "This is the Kaspersky ban check. I will ask a few questions, then tell you what to do. At any time, press star to hear a question again, or 0 to talk to an agent.",
  option: "For {label}, press {key}.",
  listed: "{key}: {label}.",
  pressEvery: "Press every number that applies, then the pound key.",
  noneOfThese: "If none of these apply, press 9, then the pound key.",
  moreChoices: "For more choices, press 9.",
  skip: "To skip this question, press the pound key.",
  repeatOrAgent: "Press star to repeat, or 0 for an agent.",
  notHeard: "Sorry, I did not get that.",
  chooseOne: "Please choose at least one.",
  offerAgent: "To talk to an agent, press 0. To hear the question again, press star.",
  resultIntro: "Thank you. Here is what this means for you, and what to do.",
  task: "Step {n}. {text}",
  reference: "Your reference code is: {code}. Keep it to see your result on the website, or when you call again.",
  letter: "{character} as in {word}",
  again: "To hear this again, press 9. To talk to an agent, press 0.",
  goodbye: "Thank you for calling. Goodbye.",
  connecting: "Connecting you to an agent. Please hold.",
  noAgent: "Sorry, no agent can take your call right now. Please call again later. Goodbye.",
  whisperReference: "A caller from the phone line. Their reference code is: {code}.",
  whisperPartial: "A caller from the phone line. They did not finish the questions.",
  unavailable: "Sorry, this phone line cannot take calls right now. Please call again later. Goodbye.",
} as const;
