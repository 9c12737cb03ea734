/**
 * @module
 * JSON API v1: the questionnaire, completing a check, reading one back. Used by
 * call-centre software and by tests; the same core as the web form.
 */
import { Hono } from "hono/tiny";
import { QUESTIONNAIRE_VERSION, QUESTIONS } from "../check/questionnaire";
import { normalizeReference } from "../check/reference";
import { catalogFor, questionWords } from "../i18n";
import { apiError, refuse } from "../middleware/refusals";
import { goneRefusal, isGone } from "../services/gone";
import { checkRequest, requestedLocale, unsupportedLang } from "../contracts/check-request";
import { limitLookups, limitSubmissions } from "../middleware/rate-limit";
import { requireTurnstile } from "../middleware/turnstile";
import { recordCheck, resultOf } from "../services/record-check";
import { pendingFrom, writeContext } from "../services/pending-token";

export const api = new Hono<{ Bindings: Env }>();

api.get("/questionnaire", (c) => {
  const lang = c.req.query("lang");
  const locale = requestedLocale(lang);
  if (!locale) return apiError(c, 400, unsupportedLang(lang!));
  const catalog = catalogFor(locale);
  const questions = QUESTIONS.map((q) => {
    const words = questionWords(catalog, q.id);
    return {
      id: q.id,
      kind: q.kind,
      required: q.required,
      label: words.title,
      hint: words.hint ?? null,
      appliesWhen: q.when ?? null,
      options: q.options.map((o) => ({
        id: o.id,
        label: words.options[o.id]?.label ?? o.id,
        hint: words.options[o.id]?.hint ?? null,
        offeredWhen: o.when ?? null,
      })),
    };
  });
  return c.json({
    version: QUESTIONNAIRE_VERSION,
    lang: locale,
    branching:
      "A question is asked only when its appliesWhen holds, and an option is offered only when its offeredWhen holds: " +
      "each maps question ids to option ids, and holds when every named question has one of the listed options selected. " +
      "Answers to questions that do not apply are rejected.",
    questions,
  });
});

api.post("/checks", limitSubmissions, requireTurnstile, checkRequest({}), async (c) => {
  const { answers, locale } = c.req.valid("json");
  const check = await recordCheck(writeContext(c), { answers, channel: "api", locale });
  return c.json({ reference: check.reference, guidance: check.guidance, ...(check.queued && { queued: true }) }, 201, {
    Location: checkLocation(check.reference, check.queued?.token),
  });
});

// Rate-limited: reference codes must not be guessable by trying them (rate-limit.tsx).
api.get("/checks/:reference", limitLookups, async (c) => {
  const lang = c.req.query("lang");
  const locale = lang === undefined ? undefined : requestedLocale(lang);
  if (lang !== undefined && !locale) return apiError(c, 400, unsupportedLang(lang));
  const reference = normalizeReference(c.req.param("reference"));
  const found = reference && (await resultOf(c.env, reference, { ...(locale && { locale }), token: pendingFrom(c) }));
  if (!found && (await isGone(c, reference))) return refuse(c, 410, goneRefusal(c));
  if (!found) return apiError(c, 404, "No check has that reference code");
  return c.json(found);
});

/** Where a check can be read back; a queued one carries its token until it is stored (pending-token.ts). */
export function checkLocation(reference: string, token?: string): string {
  return `/api/v1/checks/${reference}${token ? `?pending=${token}` : ""}`;
}

api.notFound((c) => apiError(c, 404, `No API route ${c.req.method} ${c.req.path}`));
