/**
 * @module
 * JSON API v1: the questionnaire, completing a check, reading one back. Used by
 * call-centre software and by tests; the same core as the web form.
 */
import { Hono } from "hono";
import { z } from "zod";
import { validateAnswers } from "../check/answers";
import { QUESTIONNAIRE_VERSION, QUESTIONS } from "../check/questionnaire";
import { normalizeReference } from "../check/reference";
import { database } from "../db/client";
import { DEFAULT_LOCALE, LOCALES, catalogFor, isLocale, questionWords, type Locale } from "../i18n";
import { apiError } from "./api-errors";
import { recordCheck, resultOf } from "./record-check";

export const api = new Hono<{ Bindings: Env }>();

function requestedLocale(lang: string | undefined): Locale | undefined {
  if (lang === undefined) return DEFAULT_LOCALE;
  return isLocale(lang) ? lang : undefined;
}

const unsupportedLang = (lang: string) =>
  `lang "${lang}" is not supported; use one of: ${LOCALES.join(", ")}`;

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

const checkRequest = z.strictObject({
  answers: z.record(z.string(), z.unknown()),
  lang: z.string().optional(),
});

api.post("/checks", async (c) => {
  if (!/^application\/(.+\+)?json\b/i.test(c.req.header("content-type") ?? "")) {
    return apiError(c, 415, "Send the check as JSON with Content-Type: application/json");
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    return apiError(c, 400, "The request body is not valid JSON");
  }
  const request = checkRequest.safeParse(body);
  if (!request.success) {
    const fields = request.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    return apiError(c, 400, `The body must be an object { "answers": {...}, "lang": "en" }: ${fields}`);
  }
  const locale = requestedLocale(request.data.lang);
  if (!locale) return apiError(c, 400, unsupportedLang(request.data.lang!));
  const validation = validateAnswers(request.data.answers);
  if (!validation.ok) {
    const problems = validation.problems.map((p) => ({ ...p, message: `${p.question}: ${p.message}` }));
    return apiError(c, 422, "The answers do not fit the questionnaire", problems);
  }
  const check = await recordCheck(database(c.env.DB), { answers: validation.answers, channel: "api", locale });
  return c.json({ reference: check.reference, guidance: check.guidance }, 201, {
    Location: `/api/v1/checks/${check.reference}`,
  });
});

api.get("/checks/:reference", async (c) => {
  const lang = c.req.query("lang");
  const locale = lang === undefined ? undefined : requestedLocale(lang);
  if (lang !== undefined && !locale) return apiError(c, 400, unsupportedLang(lang));
  const reference = normalizeReference(c.req.param("reference"));
  const found = reference && (await resultOf(database(c.env.DB), reference, locale));
  if (!found) return apiError(c, 404, "No check has that reference code");
  return c.json(found);
});

api.notFound((c) => apiError(c, 404, `No API route ${c.req.method} ${c.req.path}`));
