/**
 * @module
 * The phone line keeps nothing between a call's steps: where the caller is and
 * what they answered travel in the next step's URL as a token, signed
 * (HMAC-SHA256 under REFERENCE_SIGNING_SECRET, with a purpose of its own so
 * no other signature made with that secret can pass as one) and short-lived,
 * so an old step's URL cannot be replayed later. Only enumerated ids are in
 * it: never the caller's number, the call's id or anything Twilio sent.
 */
import { encodeBase64Url } from "hono/utils/encode";
import { MIN_SECRET_LENGTH, type ReferenceSigningEnv } from "../services/one-time-code";

/** Names what is signed: one-time reference codes use another purpose with the same secret. */
const PURPOSE = "ivr-flow-state:v1:";
/** A call's step must be answered within this long (a long menu, a slow caller, a hold). */
export const TOKEN_LIFETIME_SECONDS = 30 * 60;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(bindings: object | undefined): Promise<CryptoKey> | undefined {
  const secret = (bindings as ReferenceSigningEnv | undefined)?.REFERENCE_SIGNING_SECRET ?? "";
  if (secret.length < MIN_SECRET_LENGTH) return undefined;
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, key);
  }
  return key;
}

const base64Url = (bytes: ArrayBuffer | Uint8Array) =>
  encodeBase64Url(bytes instanceof Uint8Array ? (bytes.slice().buffer as ArrayBuffer) : bytes).replace(/=+$/, "");
const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll("-", "+").replaceAll("_", "/")), (ch) => ch.charCodeAt(0));

/** Signs any JSON value with an expiry; undefined without a usable secret. */
export async function signToken(bindings: object | undefined, value: unknown, nowSeconds: number): Promise<string | undefined> {
  const key = keyFor(bindings);
  if (!key) return undefined;
  const body = base64Url(encoder.encode(JSON.stringify({ v: value, e: nowSeconds + TOKEN_LIFETIME_SECONDS })));
  const mac = await crypto.subtle.sign("HMAC", await key, encoder.encode(PURPOSE + body));
  return `${body}.${base64Url(mac)}`;
}

/** The value signed in the token, when the signature is ours and it has not expired; else undefined. */
export async function readToken(bindings: object | undefined, token: string | undefined, nowSeconds: number): Promise<unknown> {
  const key = keyFor(bindings);
  const match = token === undefined ? null : /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!key || !match) return undefined;
  const [, body, signature] = match as unknown as [string, string, string];
  const mac = fromBase64Url(signature);
  if (base64Url(mac) !== signature) return undefined;
  if (!(await crypto.subtle.verify("HMAC", await key, mac, encoder.encode(PURPOSE + body)))) return undefined;
  try {
    const { v, e } = JSON.parse(decoder.decode(fromBase64Url(body))) as { v: unknown; e: unknown };
    return typeof e === "number" && e >= nowSeconds ? v : undefined;
  } catch {
    return undefined;
  }
}
