/**
 * @module
 * The journey through the questionnaire one question at a time: which page
 * comes next and which came before, given the answers so far.
 */
import { applies, type Answers } from "./answers";
import { QUESTIONS, type Question } from "./questionnaire";

/** Where the journey goes after the questions: the check-your-answers page. */
export const CHECK_ANSWERS = "answers";

/** The questions that apply to these answers, in order. */
export function applicableQuestions(answers: Answers): Question[] {
  return QUESTIONS.filter((question) => applies(question, answers));
}

/**
 * The page after `currentId`: the next question that applies, or, once every
 * applicable question has been seen, the check-your-answers page. When
 * `returnToSummary` is set (a Change link), go back to the summary as soon as
 * nothing required is left unanswered.
 */
export function nextStep(answers: Answers, currentId: string, returnToSummary = false): string {
  const questions = applicableQuestions(answers);
  if (returnToSummary) {
    const missing = questions.find((q) => q.required && answers[q.id] === undefined);
    return missing ? missing.id : CHECK_ANSWERS;
  }
  const index = questions.findIndex((q) => q.id === currentId);
  return questions[index + 1]?.id ?? CHECK_ANSWERS;
}

/** The page before `currentId` (a question id or the summary), or undefined at the start. */
export function previousStep(answers: Answers, currentId: string): string | undefined {
  const questions = applicableQuestions(answers);
  if (currentId === CHECK_ANSWERS) return questions.at(-1)?.id;
  const index = questions.findIndex((q) => q.id === currentId);
  return index > 0 ? questions[index - 1]!.id : undefined;
}

/** The first applicable required question not yet answered, if any: a guard for deep links. */
export function firstUnanswered(answers: Answers): Question | undefined {
  return applicableQuestions(answers).find((q) => q.required && answers[q.id] === undefined);
}
