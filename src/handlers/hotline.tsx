/**
 * @module
 * The hotline desk for call-centre agents (role `agent`): one screen with every
 * question, a script to read in the caller's language, the call's outcome, and
 * changing a stored check when a caller calls back. Every action is written to
 * the audit log, which names the agent but never the reference or the answers.
 */
import { Hono } from "hono/tiny";
import type { Context } from "hono";
import { pruneAnswers, selected, validateAnswers, type AnswerProblem, type Answers } from "../check/answers";
import { QUESTIONS, findQuestion } from "../check/questionnaire";
import { normalizeReference } from "../check/reference";
import { GUIDANCE_VERSION } from "../check/guidance/rules";
import { QUESTIONNAIRE_VERSION } from "../check/questionnaire";
import { requireStaff, type StaffVariables } from "../auth/middleware";
import { auditInsert, writeAudit, type AuditEntry } from "../db/audit";
import { database } from "../db/client";
import { findResponse, isWeekClosed, recordOutcome, replaceAnswers, type StoredResponse } from "../db/responses";
import { CALL_CHANNELS, CHANGE_REASONS, OUTCOMES, type ChangeReason, type Outcome } from "../check/vocabulary";
import { fill, isLocale, type Catalog, type Locale } from "../i18n";
import type { FieldError } from "../ui/components/error-summary";
import { HotlineFormPage } from "../ui/pages/hotline-form";
import { HotlineScriptPage } from "../ui/pages/hotline-script";
import { answersFromForm, formValues, readForm } from "../contracts/form-answers";
import { pageContext, rememberLocale } from "../middleware/locale";
import { hotlineGoneMessage, hotlineGonePage, isGone } from "../services/gone";
import { onlyFromThisSite } from "../middleware/same-site";
import { NOT_FOUND, refuse, type Refusal } from "../middleware/refusals";
import { answerError } from "../i18n/answer-errors";
import { findCheck, recordCheck, reopen } from "../services/record-check";
import { pendingFrom, rememberPending, writeContext } from "../services/pending-token";
import { parseState } from "../telephony/call-state";
import { readToken } from "../telephony/flow-token";

type HotlineEnv = { Bindings: Env; Variables: StaffVariables };
export const hotline = new Hono<HotlineEnv>();
hotline.use(requireStaff("agent"), rememberLocale);

/** An audit entry for the signed-in agent. */
const audit = (c: Context<HotlineEnv>, action: AuditEntry["action"], detail?: AuditEntry["detail"]): AuditEntry => ({
  staff: c.get("staff").email,
  role: c.get("staff").role,
  action,
  ...(detail && { detail }),
});

/** A reference with no stored check: deleted by the retention purge (410), or never made (404). */
async function missing(c: Context<HotlineEnv>, reference: string | undefined) {
  return reference && (await isGone(c, reference)) ? hotlineGonePage(c, reference) : refuse(c, 404, NOT_FOUND);
}

/** A refused answer, in the words the public form uses. */
export function problemMessage(catalog: Catalog, problem: AnswerProblem): string {
  return answerError(
    catalog,
    findQuestion(problem.question) ?? problem.question,
    problem.code === "required" ? "required" : "not_offered",
  );
}

// Published weeks never change (README, "Counts for analysts"): a check is changed only in its own week, an outcome only on a call.
const WEEK_CLOSED: Refusal = {
  api: "This check's week is over: it can no longer be changed",
  page: (catalog) => catalog.hotline.refusals.weekClosed,
};
const NOT_A_CALL: Refusal = {
  api: "Only a call (the desk or the phone line) has an outcome",
  page: (catalog) => catalog.hotline.refusals.notACall,
};
const changeRefused = (stored: StoredResponse, outcome = false): Refusal | undefined =>
  outcome && !isCall(stored.channel) ? NOT_A_CALL : isWeekClosed(stored.day) ? WEEK_CLOSED : undefined;

const isCall = (channel: string) => (CALL_CHANNELS as readonly string[]).includes(channel);
const isOutcome = (value: unknown): value is Outcome => (OUTCOMES as readonly unknown[]).includes(value);
const isReason = (value: unknown): value is ChangeReason => (CHANGE_REASONS as readonly unknown[]).includes(value);

/** What the agent posted: answers (pruned to what applies), the caller's language, and what they pressed. */
async function readCallForm(c: Context<HotlineEnv>) {
  const form = await readForm(c);
  const [lang] = formValues(form, "caller_lang");
  const [action] = formValues(form, "action");
  const [reason] = formValues(form, "reason");
  return {
    answers: pruneAnswers(answersFromForm(form)),
    callerLocale: isLocale(lang) ? lang : undefined,
    refresh: action === "refresh",
    reason,
  };
}

/** The answers' problems and the missing caller language, as field errors. */
function callFormErrors(c: Context<HotlineEnv>, answers: Answers, callerLocale: Locale | undefined): FieldError[] {
  const { catalog } = pageContext(c);
  const validation = validateAnswers(answers);
  const errors = validation.ok
    ? []
    : validation.problems.map((p) => ({ field: p.question, message: problemMessage(catalog, p) }));
  return callerLocale ? errors : [{ field: "caller_lang", message: catalog.hotline.errors.language }, ...errors];
}

hotline.get("/", (c) =>
  c.html(<HotlineFormPage page={pageContext(c)} answers={{}} callerLocale={pageContext(c).locale} errors={[]} />),
);

hotline.post("/", async (c) => {
  const page = pageContext(c);
  const { answers, callerLocale, refresh } = await readCallForm(c);
  const errors = refresh ? [] : callFormErrors(c, answers, callerLocale);
  if (refresh || errors.length || !callerLocale) {
    const props = { page, answers, callerLocale: callerLocale ?? page.locale, errors };
    return c.html(<HotlineFormPage {...props} />, errors.length ? 400 : 200);
  }
  const check = await recordCheck(writeContext(c), {
    answers,
    channel: "hotline",
    locale: callerLocale,
    audit: audit(c, "hotline.check.created"),
  });
  if (check.queued?.token) rememberPending(c, check.queued.token);
  return c.redirect(`/hotline/checks/${check.reference}`, 303);
});

// A caller the phone line handed over before the end: its answers so far come from the call's signed,
// short-lived state (the SIP header X-Check-State; src/handlers/ivr.ts), since nothing was stored.
hotline.get("/phone", async (c) => {
  const state = parseState(await readToken(c.env, c.req.query("s"), Math.floor(Date.now() / 1000)));
  if (!state) return refuse(c, 404, NOT_FOUND);
  const page = pageContext(c);
  const callerLocale = state.locale ?? page.locale;
  const props = { page, answers: pruneAnswers(state.answers), callerLocale, errors: [], notice: page.catalog.hotline.fromPhone };
  return c.html(<HotlineFormPage {...props} />);
});

// Writes an audit entry: never for a request another site started (same-site.tsx).
hotline.get("/open", onlyFromThisSite, async (c) => {
  const page = pageContext(c);
  const typed = c.req.query("reference") ?? "";
  const reference = normalizeReference(typed);
  const found = reference && (await findResponse(database(c.env.DB), reference));
  if (!reference || !found) {
    const gone = await isGone(c, reference);
    const lookupError = !reference
      ? page.catalog.errors.referenceFormat
      : gone
        ? hotlineGoneMessage(c, reference, page)
        : fill(page.catalog.hotline.errors.notFound, { reference: typed });
    const props = { page, answers: {}, callerLocale: page.locale, errors: [], lookupError, lookupValue: typed };
    return c.html(<HotlineFormPage {...props} />, !reference ? 400 : gone ? 410 : 404);
  }
  await writeAudit(database(c.env.DB), audit(c, "hotline.check.reopened"));
  return c.redirect(`/hotline/checks/${reference}`, 303);
});

/** The script page for a stored check, with an optional notice or outcome error. */
async function scriptPage(c: Context<HotlineEnv>, reference: string, extra: { notice?: string; outcomeError?: string } = {}) {
  // A check still queued opens from the token the agent's browser was given (pending-token.ts).
  const stored = await findCheck(c.env, reference, pendingFrom(c));
  if (!stored) return missing(c, reference);
  const locale = isLocale(stored.locale) ? stored.locale : pageContext(c).locale;
  const props = {
    page: pageContext(c),
    reference,
    outcome: stored.outcome,
    ...reopen(stored, locale),
    ...(stored.channel === "ivr" && { notice: pageContext(c).catalog.hotline.fromPhone }),
    ...extra,
  };
  return c.html(<HotlineScriptPage {...props} />, extra.outcomeError ? 400 : 200);
}

hotline.get("/checks/:reference", async (c) => {
  const reference = normalizeReference(c.req.param("reference"));
  if (!reference) return refuse(c, 404, NOT_FOUND);
  const { hotline: words } = pageContext(c).catalog;
  const saved = c.req.query("saved");
  const notice = saved === "outcome" ? words.outcomeSaved : saved === "changes" ? words.changedSaved : undefined;
  return scriptPage(c, reference, notice ? { notice } : {});
});

hotline.post("/checks/:reference/outcome", async (c) => {
  const reference = normalizeReference(c.req.param("reference"));
  if (!reference) return refuse(c, 404, NOT_FOUND);
  const [outcome] = formValues(await readForm(c), "outcome");
  if (!isOutcome(outcome)) return scriptPage(c, reference, { outcomeError: pageContext(c).catalog.hotline.errors.outcome });
  const db = database(c.env.DB);
  const stored = await findResponse(db, reference);
  if (!stored) return missing(c, reference);
  const refused = changeRefused(stored, true);
  if (refused) return refuse(c, 409, refused);
  const recorded = await recordOutcome(db, reference, outcome, [auditInsert(db, audit(c, "hotline.outcome.recorded"))]);
  if (!recorded) return missing(c, reference);
  return c.redirect(`/hotline/checks/${reference}?saved=outcome`, 303);
});

hotline.get("/checks/:reference/edit", async (c) => {
  const reference = normalizeReference(c.req.param("reference"));
  const stored = reference && (await findResponse(database(c.env.DB), reference));
  if (!reference || !stored) return missing(c, reference);
  const refused = changeRefused(stored);
  if (refused) return refuse(c, 409, refused);
  const callerLocale = isLocale(stored.locale) ? stored.locale : pageContext(c).locale;
  return c.html(
    <HotlineFormPage
      page={pageContext(c)}
      reference={reference}
      answers={stored.answers}
      callerLocale={callerLocale}
      errors={[]}
    />,
  );
});

hotline.post("/checks/:reference/edit", async (c) => {
  const reference = normalizeReference(c.req.param("reference"));
  const db = database(c.env.DB);
  const stored = reference && (await findResponse(db, reference));
  if (!reference || !stored) return missing(c, reference);
  const refused = changeRefused(stored);
  if (refused) return refuse(c, 409, refused);
  const page = pageContext(c);
  const { answers, callerLocale, refresh, reason } = await readCallForm(c);
  const errors = refresh ? [] : callFormErrors(c, answers, callerLocale);
  if (!refresh && !isReason(reason)) errors.push({ field: "reason", message: page.catalog.hotline.errors.reason });
  if (refresh || errors.length || !callerLocale || !isReason(reason)) {
    const props = { page, reference, answers, callerLocale: callerLocale ?? page.locale, errors, ...(reason && { reason }) };
    return c.html(<HotlineFormPage {...props} />, errors.length ? 400 : 200);
  }
  // Which questions changed, by id only: the log must not hold the answers themselves.
  const changed = QUESTIONS.map((q) => q.id).filter(
    (id) => JSON.stringify(selected(stored.answers, id)) !== JSON.stringify(selected(answers, id)),
  );
  const change = {
    reference,
    day: stored.day,
    locale: callerLocale,
    answers,
    questionnaireVersion: QUESTIONNAIRE_VERSION,
    guidanceVersion: GUIDANCE_VERSION,
  };
  await replaceAnswers(db, change, [auditInsert(db, audit(c, "hotline.check.changed", { reason, questions: changed }))]);
  return c.redirect(`/hotline/checks/${reference}?saved=changes`, 303);
});
