/**
 * @module
 * Reading a JSON check request, `{ answers, lang }` plus any extra fields a
 * route adds (the hotline's `outcome`): content type, JSON, shape, language and
 * answers are checked in that order, and the first failure is the API error.
 */
import type { Context } from "hono";
import * as z from "../validation";
import { validateAnswers, type Answers } from "../check/answers";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "../i18n";
import { apiError } from "./api-errors";

export const unsupportedLang = (lang: string) => `lang "${lang}" is not supported; use one of: ${LOCALES.join(", ")}`;

/** The locale named by `lang`, the default when absent, undefined when unsupported. */
export function requestedLocale(lang: string | undefined): Locale | undefined {
  if (lang === undefined) return DEFAULT_LOCALE;
  return isLocale(lang) ? lang : undefined;
}

type Read<Extra> = { ok: true; answers: Answers; locale: Locale; extra: Extra } | { ok: false; response: Response };

type Fields = Record<string, z.ZodMiniType>;

export async function readCheckRequest<Extra extends Fields>(c: Context, extraFields: Extra): Promise<Read<z.infer<z.ZodMiniObject<Extra>>>> {
  const fail = (response: Response) => ({ ok: false as const, response });
  if (!/^application\/(.+\+)?json\b/i.test(c.req.header("content-type") ?? "")) {
    return fail(apiError(c, 415, "Send the check as JSON with Content-Type: application/json"));
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    return fail(apiError(c, 400, "The request body is not valid JSON"));
  }
  const shape = z.strictObject({ answers: z.record(z.string(), z.unknown()), lang: z.optional(z.string()), ...extraFields });
  const request = shape.safeParse(body);
  if (!request.success) {
    const fields = request.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    const extra = Object.keys(extraFields).map((k) => `, "${k}": ...`).join("");
    return fail(apiError(c, 400, `The body must be an object { "answers": {...}, "lang": "en"${extra} }: ${fields}`));
  }
  const { answers: rawAnswers, lang, ...extra } = request.data as { answers: unknown; lang?: string };
  const locale = requestedLocale(lang);
  if (!locale) return fail(apiError(c, 400, unsupportedLang(lang!)));
  const validation = validateAnswers(rawAnswers);
  if (!validation.ok) {
    const problems = validation.problems.map((p) => ({ ...p, message: `${p.question}: ${p.message}` }));
    return fail(apiError(c, 422, "The answers do not fit the questionnaire", problems));
  }
  return { ok: true, answers: validation.answers, locale, extra: extra as z.infer<z.ZodMiniObject<Extra>> };
}
