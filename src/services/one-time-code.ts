/**
 * @module
 * The web form's one-time reference code, signed. Check-your-answers carries a
 * fresh code so that pressing the button twice stores one check; the code comes
 * back in a hidden field, so without a signature a visitor could choose their own
 * reference (a vanity code, or one planted to collide with someone else's later).
 * The page carries `reference` and `reference_signature`: HMAC-SHA256 of the code
 * under `REFERENCE_SIGNING_SECRET`. Only a code with its valid signature is
 * proposed for storing; anything else gets a freshly drawn code, not an error.
 *
 * Without the secret (unset, or shorter than MIN_SECRET_LENGTH) this fails
 * closed: no proposed code is ever trusted, every submission draws its own code,
 * and an error is logged saying so. Checks still complete; only the double-press
 * protection is lost until `wrangler secret put REFERENCE_SIGNING_SECRET`.
 */
import { encodeBase64Url } from "hono/utils/encode";
import { newReference, normalizeReference } from "../check/reference";

export interface ReferenceSigningEnv {
  REFERENCE_SIGNING_SECRET?: string;
}

/** 32 characters of a random secret is more than 128 bits in any encoding people use. */
export const MIN_SECRET_LENGTH = 32;
/** Names what is signed, so a signature made for anything else can never pass as one of these. */
const PURPOSE = "one-time-reference:v1:";

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

/** The HMAC key, imported once per secret; undefined (and an error logged) without a usable secret. Also signs pending-check tokens (pending-token.ts). */
export function signingKey(bindings: object | undefined): Promise<CryptoKey> | undefined {
  // A secret (wrangler secret put), so typed here rather than in the generated Env.
  const secret = (bindings as ReferenceSigningEnv | undefined)?.REFERENCE_SIGNING_SECRET ?? "";
  if (secret.length < MIN_SECRET_LENGTH) {
    console.error(
      `REFERENCE_SIGNING_SECRET is ${secret ? `shorter than ${MIN_SECRET_LENGTH} characters` : "not set"}: ` +
        "one-time reference codes are not signed, so every web submission draws a fresh code (a double press may store twice)",
    );
    return undefined;
  }
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, key);
  }
  return key;
}

/** A fresh code for check-your-answers, with its signature when a secret is configured. */
export async function issueReference(bindings: object | undefined): Promise<{ reference: string; signature?: string }> {
  const reference = newReference();
  const key = signingKey(bindings);
  if (!key) return { reference };
  const mac = await crypto.subtle.sign("HMAC", await key, encoder.encode(PURPOSE + reference));
  return { reference, signature: encodeBase64Url(mac).replace(/=+$/, "") };
}

/** The posted code when its signature is this server's (checked in constant time), else undefined. */
export async function acceptedReference(
  bindings: object | undefined,
  typed: string | undefined,
  signature: string | undefined,
): Promise<string | undefined> {
  const reference = typed === undefined ? undefined : normalizeReference(typed);
  // An HMAC-SHA256 is 43 base64url characters; anything else is not ours.
  if (!reference || !signature || !/^[A-Za-z0-9_-]{43}$/.test(signature)) return undefined;
  const key = signingKey(bindings);
  if (!key) return undefined;
  const mac = Uint8Array.from(atob(signature.replaceAll("-", "+").replaceAll("_", "/")), (ch) => ch.charCodeAt(0));
  // One spelling only: stray low bits in the last character would decode to the same bytes.
  if (encodeBase64Url(mac.buffer).replace(/=+$/, "") !== signature) return undefined;
  const valid = await crypto.subtle.verify("HMAC", await key, mac, encoder.encode(PURPOSE + reference));
  // Only the code exactly as issued (upper case, no dash): the signature covers that form.
  return valid && typed === reference ? reference : undefined;
}
