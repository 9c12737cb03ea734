/**
 * @module
 * The contract of a JSON check request, `{ answers, lang }` plus any extra
 * fields a route adds (the hotline's `outcome`), as a Hono validator: content
 * type, JSON, shape, language and answers are checked in that order, the first
 * failure is the API error, and the route reads the typed result with
 * `c.req.valid("json")`. A body that is not JSON at all is refused by Hono's
 * validator with a 400 that src/index.tsx words.
 */
import type { Context } from "hono";
import { validator } from "hono/validator";
import { validateAnswers, type Answers } from "../check/answers";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "../i18n";
import { apiError } from "../middleware/refusals";
import * as z from "../validation";

export const unsupportedLang = (lang: string) => `lang "${lang}" is not supported; use one of: ${LOCALES.join(", ")}`;

/** The locale named by `lang`, the default when absent, undefined when unsupported. */
export function requestedLocale(lang: string | undefined): Locale | undefined {
  if (lang === undefined) return DEFAULT_LOCALE;
  return isLocale(lang) ? lang : undefined;
}

type Fields = Record<string, z.ZodMiniType>;

/** A valid check request: answers that fit the questionnaire, the language, and the route's extra fields. */
export interface CheckRequest<Extra> {
  readonly answers: Answers;
  readonly locale: Locale;
  readonly extra: Extra;
}

const JSON_TYPE = /^application\/(.+\+)?json\b/i;

/** The body's shape for a route with these extra fields: built once per route, not per request (building costs more than parsing). */
function bodyShape<Extra extends Fields>(extraFields: Extra) {
  return z.strictObject({ answers: z.record(z.string(), z.unknown()), lang: z.optional(z.string()), ...extraFields });
}

/** Checks what Hono parsed against the contract: the request, or the API error that refuses it. */
function readCheckRequest<Extra extends Fields>(
  body: unknown,
  c: Context,
  extraFields: Extra,
  shape: ReturnType<typeof bodyShape<Extra>>,
) {
  type Read = CheckRequest<z.infer<z.ZodMiniObject<Extra>>>;
  // Hono's validator parses JSON bodies only; anything else arrives here unread.
  if (!JSON_TYPE.test(c.req.header("content-type") ?? "")) {
    return apiError(c, 415, "Send the check as JSON with Content-Type: application/json");
  }
  const request = shape.safeParse(body);
  if (!request.success) {
    const fields = request.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    const extra = Object.keys(extraFields)
      .map((k) => `, "${k}": ...`)
      .join("");
    return apiError(c, 400, `The body must be an object { "answers": {...}, "lang": "en"${extra} }: ${fields}`);
  }
  const { answers: rawAnswers, lang, ...extra } = request.data as { answers: unknown; lang?: string };
  const locale = requestedLocale(lang);
  if (!locale) return apiError(c, 400, unsupportedLang(lang!));
  const validation = validateAnswers(rawAnswers);
  if (!validation.ok) {
    const problems = validation.problems.map((p) => ({ ...p, message: `${p.question}: ${p.message}` }));
    return apiError(c, 422, "The answers do not fit the questionnaire", problems);
  }
  return { answers: validation.answers, locale, extra: extra as Read["extra"] } satisfies Read;
}

/** The validator for a route that takes a check request with these extra fields. */
export function checkRequest<Extra extends Fields>(extraFields: Extra) {
  const shape = bodyShape(extraFields);
  return validator("json", (body, c) => readCheckRequest(body, c, extraFields, shape));
}
