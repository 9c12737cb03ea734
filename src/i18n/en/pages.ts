/**
 * @module
 * English words for the pages, errors, "why you see this" and source links.
 * Placeholders in braces ({date}) are filled by `fill` in src/i18n/index.ts.
 */

export const site = {
  languageName: "English",
  languageSwitchLabel: "Language",
  serviceName: "Kaspersky ban: check what to do",
  officialBanner: "An official service for people and organizations affected by the US ban on Kaspersky software",
  skipLink: "Skip to main content",
  back: "Back",
  continue: "Continue",
  errorTitlePrefix: "Error: ",
  errorSummaryTitle: "There is a problem",
  footer: "This service stores your answers without anything that identifies you: no name, no address, no IP address.",
};

export const pages = {
  start: {
    title: "Check what the Kaspersky ban means for you",
    lead: "In 2024 the US government banned Kaspersky security software. Using it is not illegal, but it no longer gets updates, so it no longer protects you.",
    usesTitle: "Use this service to find out",
    uses: [
      "whether you or your organization are affected",
      "what you need to do, in order, on each kind of device",
      "who can help if you run critical infrastructure or a government service",
    ],
    time: "It takes about 3 minutes. You will not be asked for your name or contact details.",
    start: "Start now",
  },
  notSure: {
    title: "How to check whether you have Kaspersky",
    intro: "Look on each of your devices. It takes a minute or two.",
    again: "Answer the question again",
    continueUnsure: "Continue: I'm still not sure",
  },
  answers: {
    title: "Check your answers",
    change: "Change",
    notAnswered: "Not answered",
    submitTitle: "Now get your next steps",
    submitText: "When you continue, we store your answers without anything that identifies you and give you a reference code.",
    submit: "Get my next steps",
  },
  result: {
    title: "Your next steps",
    referenceLabel: "Your reference code",
    referenceHint: "Keep this code. You can open this page again with it, or give it to the hotline.",
    checkedOn: "Checked on {date}",
    factsTitle: "What you need to know",
    tasksTitle: "What to do, in order",
    contactsTitle: "Who can help",
    adviceUpdated: "We have updated our advice since this check was made. The steps below are the current advice.",
    why: "Why you see this",
    source: "Source:",
    print: "To keep a copy, print this page or save it as a PDF from your browser.",
    startAgain: "Start a new check",
  },
  lookup: {
    title: "Open a result with your reference code",
    label: "Reference code",
    hint: "8 letters and numbers, for example KX7P-4M2Q.",
    submit: "Open result",
  },
  notFound: {
    title: "Page not found",
    body: "If you typed the web address, check it is correct.",
    startLink: "Start a new check",
  },
  referenceNotFound: {
    title: "We could not find that reference code",
    body: "Check the code and try again. Codes are 8 characters and never contain the letters O, I, L or U, or the numbers 0 and 1.",
  },
  sessionLost: {
    title: "Your answers were not kept",
    body: "We keep your answers in a cookie while you fill in the check. Allow cookies for this site and start again.",
  },
  forbidden: {
    title: "We could not accept that form",
    body: "It was not sent from this service's own pages. Go back to the start page and try again.",
  },
  tooLarge: {
    title: "That was more than a form sends",
    body: "What was sent is larger than this service accepts. Go back and try again.",
  },
  tooMany: {
    title: "Too many checks from your connection",
    body: "So that the service stays available for everyone, we accept a limited number of checks a minute from one connection. Your answers are kept: wait a minute, then go back and press the button again.",
  },
  tooManyLookups: {
    title: "Too many look-ups from your connection",
    body: "So that reference codes cannot be guessed, we answer a limited number of look-ups a minute from one connection. Wait a minute, then try again.",
  },
  unreadable: {
    title: "We could not read that form",
    body: "What was sent was not a form this service understands. Go back and try again.",
  },
  humanCheckFailed: {
    title: "We could not confirm you are a person",
    body: "Go back to the previous page, complete the check box, and press the button again. Your answers are kept.",
  },
  humanCheckUnavailable: {
    title: "The human check is not available right now",
    body: "Your answers are kept. Wait a minute, then go back and press the button again.",
  },
  serverError: {
    title: "Sorry, there is a problem with the service",
    body: "Your answers have not been lost. Try again in a few minutes.",
  },
};

export const errors = {
  chooseOne: "Select an answer to “{question}”",
  chooseAtLeastOne: "Select at least one option for “{question}”",
  notOffered: "Select one of the options shown for “{question}”",
  referenceFormat: "Enter a reference code of 8 letters and numbers, like KX7P-4M2Q",
};

export const why = {
  answered: "Your answers: {answers}.",
  answerPair: "{question}: “{answer}”",
  joiner: "; ",
  or: "” or “",
  from: "It applies from {date}.",
  until: "It applies until {date}.",
  always: "It applies to everyone who uses this service.",
};

export const sources = {
  bis: "Commerce Department, Bureau of Industry and Security: Kaspersky",
  federal_register: "Final Determination, 89 FR 52434 (Federal Register)",
  eo_13873: "Executive Order 13873, 84 FR 22689, section 3(e): who is a United States person",
  bod_17_01: "CISA: Binding Operational Directive 17-01",
  far_4_20: "Federal Acquisition Regulation, subpart 4.20 (NDAA FY2018, section 1634)",
  far_52_204_23: "Federal Acquisition Regulation, clause 52.204-23",
  cisa: "Cybersecurity and Infrastructure Security Agency (CISA)",
  test_labs: "AV-Comparatives, an independent test lab",
};
