/**
 * @module
 * English words for the pages, errors, "why you see this" and source links.
 * Placeholders in braces ({date}) are filled by `fill` in src/i18n/index.ts.
 */

export const site = {
  languageName: "English",
  languageSwitchLabel: "Language",
  serviceName: "Kaspersky ban: check what to do",
  skipLink: "Skip to main content",
  back: "Back",
  continue: "Continue",
  errorTitlePrefix: "Error: ",
  errorSummaryTitle: "There is a problem",
  footer: "This service stores your answers without anything that identifies you: no name, no address, no IP address.",
  governmentBanner: "An official website of the United States government",
  howYouKnow: "Here’s how you know",
  howYouKnowGov:
    "Official websites use .gov. A .gov website belongs to an official government organization in the United States.",
  howYouKnowHttps:
    "Secure .gov websites use HTTPS. A lock or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.",
  runBy: "A service of {agency}",
  hotline: "Hotline",
  footerLinks: "About this service",
  helpLink: "Help and contact",
  privacyLink: "Privacy notice",
  accessibilityLink: "Accessibility statement",
};

export const pages = {
  start: {
    title: "Check what the Kaspersky ban means for you",
    lead: "In 2024 the US government banned Kaspersky security software. For most people using it is not illegal, but it no longer gets updates, so it no longer protects you.",
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
    adviceUpdated: "Your advice has changed since {date}, the day of this check. The steps below are today's advice.",
    newStepsMarked: "Steps marked New were not in your advice on that day.",
    newStep: "New",
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
  optionGroups: {
    home: { title: "Home products", hint: "Sold to people for their own computers and phones." },
    business: { title: "Business products", hint: "Sold to organizations, usually run by an IT team." },
  },
  help: {
    title: "Help and contact",
    hotlineTitle: "Call the hotline",
    hotlineBody:
      "An agent can go through the check with you, in English or Spanish, and explain your next steps. If you have a reference code, have it ready.",
    hotlineNumber: "Hotline number:",
    hotlineHours: "Opening hours:",
    noHotline: "This service has no hotline yet.",
    cisaTitle: "For organizations: CISA Central",
    cisaBody:
      "If you run critical infrastructure, a government service or a business network, the Cybersecurity and Infrastructure Security Agency (CISA) can help. It is open 24 hours a day.",
    email: "Email:",
    phone: "Phone:",
    // CISA Central's own contacts, the same in every language and deployment.
    cisaEmail: "central@cisa.gov",
    cisaPhone: "888-282-0870",
    cisaTel: "tel:+18882820870",
    codeTitle: "Lost your reference code?",
    codeBody:
      "We cannot find a result without its code, because we store nothing that identifies you. Start a new check: it takes about 3 minutes.",
  },
  privacy: {
    title: "Privacy notice",
    sections: [
      {
        heading: "What we store",
        body: [
          "When you finish the check, we store the options you chose, whether you used the website, the hotline or another program, the language, the day (never the time) and a random reference code.",
          "We never store your name, address, email, phone number, IP address, or anything you type in your own words.",
          "If you answer “Was this useful?” under your result, we add one to a count for that day, the kind of result (something to do or nothing to do), the language and your answer. It is not stored with your reference code or your answers.",
        ],
      },
      {
        heading: "Cookies",
        body: [
          "While you fill in the check, your answers are kept in a cookie on your device, and another remembers your language. They are deleted when you finish the check or close your browser. We use no tracking or advertising cookies.",
        ],
      },
      {
        heading: "How long we keep it",
        body: [
          "We keep your answers for {days} days, then delete them. After that only the reference code is kept, so that it is never given to anyone else; opening it says the result was deleted.",
        ],
      },
      {
        heading: "Who sees what",
        body: [
          "Hotline agents can open a result when you tell them its reference code.",
          "Analysts see only counts of answers, never a single check, and every count has a little random noise added so that no one can be picked out.",
          "What staff do is logged, without naming any check.",
        ],
      },
      {
        heading: "Logs",
        body: [
          "We keep no record of your visits. Rare error messages are kept by our hosting provider, Cloudflare, for at most 7 days.",
        ],
      },
    ],
    questions: "Questions about your privacy? See Help and contact.",
  },
  accessibility: {
    title: "Accessibility statement",
    intro:
      "We want everyone to be able to use this service. It aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA, in English and in Spanish.",
    sections: [
      {
        heading: "What you can do",
        body: [
          "You can use every page with a keyboard only, with JavaScript turned off, on a screen 320 pixels wide and zoomed to 400% without scrolling sideways, and with a screen reader. Every result can be printed.",
        ],
      },
      {
        heading: "How we tested it",
        body: [
          "Every kind of page, errors included, is tested automatically in English and Spanish on every change: with axe-core in the Chromium browser, with the keyboard only, with JavaScript off, at 320 pixels wide and at 200% zoom.",
          "We have not yet tested it with people who use screen readers, voice control or screen magnifiers. We will before the service is widely used, and this statement will say what we found.",
        ],
      },
      {
        heading: "Report a problem",
        body: [
          "If something does not work for you, call the hotline and tell the agent which page and what happened. They can also complete the check with you on the phone.",
        ],
      },
    ],
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
