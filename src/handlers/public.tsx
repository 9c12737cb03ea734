/**
 * @module
 * The public self-check: start page, one question a page, "not sure" help,
 * check your answers, result by reference; help and contact, the privacy
 * notice, the accessibility statement and the icon. Post/Redirect/Get throughout; every
 * page works without JavaScript.
 */
import { Hono } from "hono/tiny";
import type { Context } from "hono";
import { applies, offeredOptions, pruneAnswers, type Answers } from "../check/answers";
import { CHECK_ANSWERS, applicableQuestions, firstUnanswered, nextStep, previousStep } from "../check/journey";
import { QUESTIONS, findQuestion, type Question } from "../check/questionnaire";
import { normalizeReference } from "../check/reference";
import { validateAnswers } from "../check/answers";
import { AnswersPage } from "../ui/pages/answers";
import { MessagePage } from "../ui/pages/message";
import { NotSurePage } from "../ui/pages/not-sure";
import { QuestionPage } from "../ui/pages/question";
import { ResultPage } from "../ui/pages/result";
import { StartPage } from "../ui/pages/start";
import { ReferenceLookup } from "../ui/components/reference-lookup";
import { clearAnswers, readAnswers, writeAnswers } from "../services/check-state";
import { formValues, readForm } from "../contracts/form-answers";
import { goneRefusal, isGone } from "../services/gone";
import { chosenLocale, pageContext, rememberLocale } from "../middleware/locale";
import { acceptedReference, issueReference } from "../services/one-time-code";
import { limitFeedback, limitLookups, limitSubmissions } from "../middleware/rate-limit";
import { requireTurnstile, turnstileSiteKey } from "../middleware/turnstile";
import { recordCheck, resultOf } from "../services/record-check";
import { pendingFrom, rememberPending, writeContext } from "../services/pending-token";
import { NOT_FOUND, refuse } from "../middleware/refusals";
import { answerError } from "../i18n/answer-errors";
import { configOf, DEFAULT_RETENTION_DAYS } from "../config";
import { HelpPage } from "../ui/pages/help";
import { AccessibilityPage, PrivacyPage } from "../ui/pages/about";
import { FAVICON_PATH } from "../ui/favicon";
import { isFeedbackAnswer, resultKind } from "../check/feedback";
import { database } from "../db/client";
import { recordFeedback } from "../db/feedback";
import { utcDay } from "../check/dates";

export const publicPages = new Hono<{ Bindings: Env }>();
publicPages.use(rememberLocale);

/** The question whose "not sure" answer opens the how-to-check page: the registry marks it with `helpPage`. */
const helped = QUESTIONS.find((q) => q.helpPage)!;
const NOT_SURE = { question: helped.id, page: helped.helpPage!.page };

const stepHref = (step: string, change = false) => `/check/${step}${change && step !== CHECK_ANSWERS ? "?change=1" : ""}`;

publicPages.get("/", (c) => c.html(<StartPage page={pageContext(c)} />));

publicPages.get("/help", (c) => c.html(<HelpPage page={pageContext(c)} />));
// One page for both: people look for either word.
publicPages.get("/contact", (c) => c.redirect("/help", 301));
publicPages.get("/accessibility", (c) => c.html(<AccessibilityPage page={pageContext(c)} />));
publicPages.get("/privacy", (c) => {
  const { retention } = configOf(c.env);
  return c.html(<PrivacyPage page={pageContext(c)} retentionDays={retention.ok ? retention.days : DEFAULT_RETENTION_DAYS} />);
});

// The icon itself is a static file (public/, scripts/build-css.mjs). Browsers ask for /favicon.ico by themselves, whatever the page links.
publicPages.get("/favicon.ico", (c) => c.redirect(FAVICON_PATH, 301));

publicPages.get(`/check/${NOT_SURE.page}`, (c) => {
  const answers = readAnswers(c);
  return c.html(
    <NotSurePage
      page={pageContext(c)}
      questionHref={stepHref(NOT_SURE.question)}
      continueHref={stepHref(nextStep(answers, NOT_SURE.question))}
    />,
  );
});

publicPages.get(`/check/${CHECK_ANSWERS}`, async (c) => {
  const answers = readAnswers(c);
  const missing = firstUnanswered(answers);
  if (missing) return c.redirect(stepHref(missing.id), 303);
  const back = previousStep(answers, CHECK_ANSWERS);
  return c.html(
    <AnswersPage
      page={pageContext(c)}
      questions={applicableQuestions(answers)}
      answers={answers}
      backHref={back && stepHref(back)}
      oneTimeReference={await issueReference(c.env)}
      turnstileSiteKey={turnstileSiteKey(c.env)}
    />,
  );
});

publicPages.post(`/check/${CHECK_ANSWERS}`, limitSubmissions, requireTurnstile, async (c) => {
  const page = pageContext(c);
  const form = await readForm(c);
  const answers = readAnswers(c);
  const validation = validateAnswers(answers);
  // The one-time code names a repeated press of the button. Only a code this server
  // signed is proposed: a missing, malformed or made-up one just means a fresh code.
  const [typed] = formValues(form, "reference");
  const [signature] = formValues(form, "reference_signature");
  const proposed = await acceptedReference(c.env, typed, signature);
  if (!validation.ok) {
    if (proposed && (await resultOf(c.env, proposed, { token: pendingFrom(c) }))) return c.redirect(`/result/${proposed}`, 303);
    const { sessionLost } = page.catalog.pages;
    return c.html(<MessagePage page={page} title={sessionLost.title} body={sessionLost.body} />, 400);
  }
  const check = await recordCheck(writeContext(c), {
    answers: validation.answers,
    channel: "web",
    locale: page.locale,
    ...(proposed && { reference: proposed }),
  });
  clearAnswers(c);
  if (check.queued?.token) rememberPending(c, check.queued.token);
  // Queued with no secret to sign a token: the reference cannot open yet, so the result comes with this answer.
  else if (check.queued)
    return c.html(
      <ResultPage page={pageContext(c, check.guidance.locale)} reference={check.reference} guidance={check.guidance} />,
    );
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
  const change = c.req.query("change") === "1";
  const back = change ? CHECK_ANSWERS : previousStep(answers, question.id);
  return c.html(
    <QuestionPage
      page={pageContext(c)}
      question={question}
      options={offeredOptions(question, answers)}
      chosen={chosen}
      // The first question goes back to the start page.
      backHref={back ? stepHref(back) : "/"}
      action={stepHref(question.id, change)}
      error={error}
    />,
    error ? 400 : 200,
  );
}

publicPages.get("/check/:question", (c) => {
  const answers = readAnswers(c);
  const question = resolveQuestion(c.req.param("question"), answers);
  if (!question) return refuse(c, 404, NOT_FOUND);
  if ("redirectTo" in question) return c.redirect(question.redirectTo, 303);
  const current = answers[question.id];
  return renderQuestion(c, question, answers, current === undefined ? [] : [current].flat());
});

publicPages.post("/check/:question", async (c) => {
  const answers = readAnswers(c);
  const question = resolveQuestion(c.req.param("question"), answers);
  if (!question) return refuse(c, 404, NOT_FOUND);
  if ("redirectTo" in question) return c.redirect(question.redirectTo, 303);
  const form = await readForm(c);
  const raw = formValues(form, question.id);
  const offered = new Set<string>(offeredOptions(question, answers).map((o) => o.id));
  const chosen = raw.filter((id) => offered.has(id));
  const { catalog } = pageContext(c);
  let error: string | undefined;
  if (chosen.length !== raw.length || (question.kind === "single" && chosen.length > 1)) {
    error = answerError(catalog, question, "not_offered");
  } else if (question.required && chosen.length === 0) {
    error = answerError(catalog, question, "required");
  }
  if (error) return renderQuestion(c, question, answers, chosen, error);

  const { [question.id]: _previous, ...others } = answers;
  // `chosen` holds only offered options of this question: pruning keeps them all.
  const updated = pruneAnswers(
    chosen.length ? { ...others, [question.id]: question.kind === "single" ? chosen[0]! : chosen } : others,
  );
  writeAnswers(c, updated);
  const help = question.helpPage;
  if (help && chosen[0] === help.option) return c.redirect(`/check/${help.page}`, 303);
  const change = c.req.query("change") === "1";
  return c.redirect(stepHref(nextStep(updated, question.id, change), change), 303);
});

publicPages.get("/result", (c) => {
  const page = pageContext(c);
  const { catalog } = page;
  const typed = c.req.query("reference") ?? "";
  const reference = normalizeReference(typed);
  if (reference) return c.redirect(`/result/${reference}`, 303);
  const { lookup } = catalog.pages;
  const error = catalog.errors.referenceFormat;
  return c.html(
    <MessagePage page={page} title={lookup.title} errors={[{ field: "reference", message: error }]}>
      <ReferenceLookup catalog={catalog} value={typed} error={error} title={false} />
    </MessagePage>,
    400,
  );
});

// Rate-limited: reference codes must not be guessable by trying them (rate-limit.tsx).
publicPages.get("/result/:reference", limitLookups, async (c) => {
  const reference = normalizeReference(c.req.param("reference"));
  // Shown in the language the visitor chose, else the one the check was taken in.
  const locale = chosenLocale(c);
  const found = reference && (await resultOf(c.env, reference, { ...(locale && { locale }), token: pendingFrom(c) }));
  if (!found && (await isGone(c, reference))) return refuse(c, 410, goneRefusal(c));
  if (!found) {
    const page = pageContext(c);
    const { referenceNotFound } = page.catalog.pages;
    return c.html(
      <MessagePage page={page} title={referenceNotFound.title} body={referenceNotFound.body}>
        <ReferenceLookup catalog={page.catalog} />
      </MessagePage>,
      404,
    );
  }
  if (reference !== c.req.param("reference")) return c.redirect(`/result/${reference}`, 301);
  return c.html(
    <ResultPage
      page={pageContext(c, found.guidance.locale)}
      reference={found.reference}
      guidance={found.guidance}
      changedSince={found.changedSince}
      feedback={{ action: feedbackPath(found.reference), sent: c.req.query("feedback") === "sent" }}
    />,
  );
});

const feedbackPath = (reference: string) => `/result/${reference}/feedback`;

/**
 * "Was this useful?": one more in today's count for the result's kind and
 * language (src/db/feedback.ts), then back to the result, which thanks instead
 * of asking. The reference only finds the result's kind; it is never stored.
 * Same-site forms only (security.tsx), rate-limited per client (rate-limit.tsx).
 */
publicPages.post("/result/:reference/feedback", limitFeedback, async (c) => {
  const reference = normalizeReference(c.req.param("reference"));
  const locale = chosenLocale(c);
  const found = reference && (await resultOf(c.env, reference, { ...(locale && { locale }), token: pendingFrom(c) }));
  if (!found) return refuse(c, 404, NOT_FOUND);
  const [answer] = formValues(await readForm(c), "answer");
  const back = `/result/${found.reference}`;
  // Not a yes or a no (a form from elsewhere, a script): nothing counted, the question asked again.
  if (!isFeedbackAnswer(answer)) return c.redirect(`${back}#feedback`, 303);
  await recordFeedback(database(c.env.DB), {
    day: utcDay(new Date()),
    kind: resultKind(found.guidance),
    locale: found.guidance.locale,
    answer,
  });
  return c.redirect(`${back}?feedback=sent#feedback`, 303);
});
