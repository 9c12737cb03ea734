/**
 * @module
 * The public self-check: start page, one question a page, "not sure" help,
 * check your answers, result by reference. Post/Redirect/Get throughout; every
 * page works without JavaScript.
 */
import { Hono, type Context } from "hono";
import { applies, offeredOptions, type Answers } from "../check/answers";
import { CHECK_ANSWERS, applicableQuestions, firstUnanswered, nextStep, previousStep } from "../check/journey";
import { findQuestion, type Question } from "../check/questionnaire";
import { newReference, normalizeReference } from "../check/reference";
import { validateAnswers } from "../check/answers";
import { database } from "../db/client";
import { DEFAULT_LOCALE, catalogFor, fill, isLocale, questionWords, type Locale } from "../i18n";
import { AnswersPage } from "../ui/pages/answers";
import { MessagePage } from "../ui/pages/message";
import { NotSurePage } from "../ui/pages/not-sure";
import { QuestionPage } from "../ui/pages/question";
import { ResultPage } from "../ui/pages/result";
import { StartPage } from "../ui/pages/start";
import { ReferenceLookup } from "../ui/components/reference-lookup";
import { clearAnswers, readAnswers, writeAnswers } from "./check-state";
import { recordCheck, resultOf } from "./record-check";

export const publicPages = new Hono<{ Bindings: Env }>();

const NOT_SURE_PAGE = "not-sure";

/** The page's language: `?lang=` when supported, else the default. */
export function pageLocale(c: Context): Locale {
  const lang = c.req.query("lang");
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

const stepHref = (step: string, change = false) =>
  `/check/${step}${change && step !== CHECK_ANSWERS ? "?change=1" : ""}`;

publicPages.get("/", (c) => {
  const locale = pageLocale(c);
  return c.html(<StartPage catalog={catalogFor(locale)} locale={locale} />);
});

publicPages.get(`/check/${NOT_SURE_PAGE}`, (c) => {
  const locale = pageLocale(c);
  const answers = readAnswers(c);
  return c.html(
    <NotSurePage
      catalog={catalogFor(locale)}
      locale={locale}
      questionHref={stepHref("has_kaspersky")}
      continueHref={stepHref(nextStep(answers, "has_kaspersky"))}
    />,
  );
});

publicPages.get(`/check/${CHECK_ANSWERS}`, (c) => {
  const locale = pageLocale(c);
  const answers = readAnswers(c);
  const missing = firstUnanswered(answers);
  if (missing) return c.redirect(stepHref(missing.id), 303);
  const back = previousStep(answers, CHECK_ANSWERS);
  return c.html(
    <AnswersPage
      catalog={catalogFor(locale)}
      locale={locale}
      questions={applicableQuestions(answers)}
      answers={answers}
      backHref={back && stepHref(back)}
      oneTimeReference={newReference()}
    />,
  );
});

publicPages.post(`/check/${CHECK_ANSWERS}`, async (c) => {
  const locale = pageLocale(c);
  const catalog = catalogFor(locale);
  const form = await c.req.parseBody();
  const answers = readAnswers(c);
  const validation = validateAnswers(answers);
  // The one-time code names a repeated press of the button; a missing or
  // malformed one just means a fresh code is drawn.
  const proposed = typeof form["reference"] === "string" ? normalizeReference(form["reference"]) : undefined;
  if (!validation.ok) {
    if (proposed && (await resultOf(database(c.env.DB), proposed))) return c.redirect(`/result/${proposed}`, 303);
    const { sessionLost } = catalog.pages;
    return c.html(<MessagePage catalog={catalog} locale={locale} title={sessionLost.title} body={sessionLost.body} />, 400);
  }
  const check = await recordCheck(database(c.env.DB), {
    answers: validation.answers,
    channel: "web",
    locale,
    ...(proposed && { reference: proposed }),
  });
  clearAnswers(c);
  return c.redirect(`/result/${check.reference}`, 303);
});

/**
 * The question named in the path, or where to go instead: a question that does
 * not apply, or that skips one still unanswered, sends the user to the right page.
 */
function resolveQuestion(id: string, answers: Answers): Question | { redirectTo: string } | undefined {
  const question = findQuestion(id);
  if (!question) return undefined;
  const missing = firstUnanswered(answers);
  if (!applies(question, answers)) return { redirectTo: stepHref(missing?.id ?? CHECK_ANSWERS) };
  const order = applicableQuestions(answers);
  if (missing && order.indexOf(missing) < order.indexOf(question)) return { redirectTo: stepHref(missing.id) };
  return question;
}

function renderQuestion(c: Context, question: Question, answers: Answers, chosen: readonly string[], error?: string) {
  const locale = pageLocale(c);
  const change = c.req.query("change") === "1";
  const back = change ? CHECK_ANSWERS : previousStep(answers, question.id);
  return c.html(
    <QuestionPage
      catalog={catalogFor(locale)}
      locale={locale}
      question={question}
      options={offeredOptions(question, answers)}
      chosen={chosen}
      backHref={back && stepHref(back)}
      action={stepHref(question.id, change)}
      error={error}
    />,
    error ? 400 : 200,
  );
}

publicPages.get("/check/:question", (c) => {
  const answers = readAnswers(c);
  const question = resolveQuestion(c.req.param("question"), answers);
  if (!question) return notFound(c);
  if ("redirectTo" in question) return c.redirect(question.redirectTo, 303);
  const current = answers[question.id];
  return renderQuestion(c, question, answers, current === undefined ? [] : [current].flat());
});

publicPages.post("/check/:question", async (c) => {
  const answers = readAnswers(c);
  const question = resolveQuestion(c.req.param("question"), answers);
  if (!question) return notFound(c);
  if ("redirectTo" in question) return c.redirect(question.redirectTo, 303);
  const form = await c.req.parseBody({ all: true });
  const raw = [form[question.id] ?? []].flat().filter((v): v is string => typeof v === "string" && v !== "");
  const offered = new Set(offeredOptions(question, answers).map((o) => o.id));
  const chosen = raw.filter((id) => offered.has(id));
  const catalog = catalogFor(pageLocale(c));
  const name = questionWords(catalog, question.id).title;
  let error: string | undefined;
  if (chosen.length !== raw.length || (question.kind === "single" && chosen.length > 1)) {
    error = fill(catalog.errors.notOffered, { question: name });
  } else if (question.required && chosen.length === 0) {
    const template = question.kind === "multiple" ? catalog.errors.chooseAtLeastOne : catalog.errors.chooseOne;
    error = fill(template, { question: name });
  }
  if (error) return renderQuestion(c, question, answers, chosen, error);

  const { [question.id]: _previous, ...others } = answers;
  const updated: Answers = chosen.length
    ? { ...others, [question.id]: question.kind === "single" ? chosen[0]! : chosen }
    : others;
  writeAnswers(c, updated);
  if (question.id === "has_kaspersky" && chosen[0] === "not_sure") return c.redirect(`/check/${NOT_SURE_PAGE}`, 303);
  const change = c.req.query("change") === "1";
  return c.redirect(stepHref(nextStep(updated, question.id, change), change), 303);
});

publicPages.get("/result", (c) => {
  const locale = pageLocale(c);
  const catalog = catalogFor(locale);
  const typed = c.req.query("reference") ?? "";
  const reference = normalizeReference(typed);
  if (reference) return c.redirect(`/result/${reference}`, 303);
  const { lookup } = catalog.pages;
  const error = catalog.errors.referenceFormat;
  return c.html(
    <MessagePage catalog={catalog} locale={locale} title={lookup.title}>
      <ReferenceLookup catalog={catalog} value={typed} error={error} />
    </MessagePage>,
    400,
  );
});

publicPages.get("/result/:reference", async (c) => {
  const locale = pageLocale(c);
  const catalog = catalogFor(locale);
  const reference = normalizeReference(c.req.param("reference"));
  const found = reference && (await resultOf(database(c.env.DB), reference, isLocale(c.req.query("lang")) ? locale : undefined));
  if (!found) {
    const { referenceNotFound } = catalog.pages;
    return c.html(
      <MessagePage catalog={catalog} locale={locale} title={referenceNotFound.title} body={referenceNotFound.body}>
        <ReferenceLookup catalog={catalog} />
      </MessagePage>,
      404,
    );
  }
  if (reference !== c.req.param("reference")) return c.redirect(`/result/${reference}`, 301);
  const shownIn = found.guidance.locale;
  return c.html(
    <ResultPage catalog={catalogFor(shownIn)} locale={shownIn} reference={found.reference} guidance={found.guidance} />,
  );
});

/** The page for any unknown address. */
export function notFound(c: Context) {
  const locale = pageLocale(c);
  const catalog = catalogFor(locale);
  const { notFound: page } = catalog.pages;
  return c.html(<MessagePage catalog={catalog} locale={locale} title={page.title} body={page.body} />, 404);
}
