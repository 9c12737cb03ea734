/**
 * @module
 * English words for "Was this useful?" on results, and for the feedback counts
 * on the analyst dashboard.
 */

export const feedback = {
  result: {
    question: "Was this useful?",
    hint: "We count only your answer, the day and the language. Not your reference code or your answers.",
    yes: "Yes",
    no: "No",
    thanks: "Thank you for your feedback.",
  },
  tooMany: {
    title: "Too many answers from your connection",
    body: "We accept a limited number of answers a minute from one connection. Your result has not changed: go back to it.",
  },
  analyst: {
    title: "Was the result useful?",
    intro:
      "What people answered to “Was this useful?” under their result on the website, in the weeks shown (the channel filter does not apply). Stored only as counts per day, kind of result and language, never with a reference code; each count has noise added, as above.",
    caption: "Answers to “Was this useful?” by kind of result and language",
    kind: "Kind of result",
    language: "Language",
    yes: "Yes",
    no: "No",
    kinds: { to_do: "Something to do", nothing_to_do: "Nothing to do" },
  },
};
