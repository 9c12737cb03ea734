/**
 * @module
 * A check the request path had to queue (D1 failed or was overloaded) is not in
 * D1 yet, so its reference would not open. The request hands back a signed,
 * short-lived token carrying the check, and the result page, the API and the
 * hotline script open the reference from it until the check is stored:
 *
 * - what it carries: the reference and what the result needs (answers, channel,
 *   locale, questionnaire and guidance versions, the day, a hotline outcome),
 *   never the record key and no time finer than the day; it is valid through
 *   the day after the check's day (24 to 48 hours), so it holds no time of day;
 * - signed with HMAC-SHA256 under REFERENCE_SIGNING_SECRET (the key the one-time
 *   codes use, under another purpose), so nobody can make a reference open
 *   their own answers; without the secret no token is made (fail closed), and
 *   the web form shows the result in the answer to the post instead;
 * - where it travels: the `__Host-pending` cookie for pages (web result and
 *   hotline script, same browser), `?pending=` on the API's Location.
 *
 * It is no more secret than the reference: whoever holds it could open the
 * reference anyway once stored.
 */
import { decodeBase64Url, encodeBase64Url } from "hono/utils/encode";
import type { Answers } from "../check/answers";
import { addDays, utcDay } from "../check/dates";
import type { PendingCheck } from "../db/pending";
import { signingKey } from "./one-time-code";
import type { Context } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import type { WriteContext } from "./record-check";

/** Names what is signed, so no other signature of this key passes as a token. */
const PURPOSE = "pending-check:v1:";
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** What a token opens: the check without its record key. */
export type TokenCheck = Omit<PendingCheck, "recordKey">;

interface Payload {
  readonly check: TokenCheck;
  /** The last day (UTC) the token opens the reference. */
  readonly until: string;
}

const b64 = (bytes: ArrayBuffer | Uint8Array) =>
  encodeBase64Url(bytes instanceof Uint8Array ? bytes.slice().buffer : bytes).replace(/=+$/, "");

/** A token for this check, or undefined without a usable secret. */
export async function pendingToken(bindings: object | undefined, check: PendingCheck): Promise<string | undefined> {
  const key = signingKey(bindings);
  if (!key) return undefined;
  const { recordKey: _secret, ...shown } = check;
  const payload: Payload = { check: shown, until: addDays(check.day, 1) };
  const body = b64(encoder.encode(JSON.stringify(payload)));
  const mac = await crypto.subtle.sign("HMAC", await key, encoder.encode(PURPOSE + body));
  return `${body}.${b64(mac)}`;
}

/**
 * The check a token carries, when it is this server's, names `reference` and is
 * still valid on `today`; undefined otherwise (never an error).
 */
export async function checkFromToken(
  bindings: object | undefined,
  token: string | undefined,
  reference: string,
  today = utcDay(new Date()),
): Promise<TokenCheck | undefined> {
  if (!token || token.length > 4096) return undefined;
  const [body, signature, extra] = token.split(".");
  if (!body || !signature || extra !== undefined || !/^[A-Za-z0-9_-]{43}$/.test(signature)) return undefined;
  const key = signingKey(bindings);
  if (!key) return undefined;
  try {
    const valid = await crypto.subtle.verify("HMAC", await key, decodeBase64Url(signature), encoder.encode(PURPOSE + body));
    if (!valid) return undefined;
    const payload = JSON.parse(decoder.decode(decodeBase64Url(body))) as Payload;
    if (payload.check.reference !== reference || !(today <= payload.until)) return undefined;
    return { ...payload.check, answers: payload.check.answers as Answers };
  } catch {
    return undefined;
  }
}

const COOKIE = "pending";
const COOKIE_OPTIONS = { prefix: "host", path: "/", secure: true, httpOnly: true, sameSite: "Lax", maxAge: 2 * 86_400 } as const;

/** Hands a page's token to the browser (`__Host-pending`: this site only, no script can read it). */
export function rememberPending(c: Context, token: string): void {
  setCookie(c, COOKIE, token, COOKIE_OPTIONS);
}

/** The token a request carries: `?pending=` (the API's Location), else the page cookie. */
export function pendingFrom(c: Context): string | undefined {
  return c.req.query("pending") ?? getCookie(c, COOKIE, "host");
}

/** The write path's bindings and the request's waitUntil, for recordCheck. */
export function writeContext<E extends { Bindings: Env }>(c: Context<E>): WriteContext {
  return { env: c.env, waitUntil: (promise) => c.executionCtx.waitUntil(promise) };
}
