/**
 * @module
 * Twilio's request signature (X-Twilio-Signature): base64 of HMAC-SHA1, keyed
 * with the account's auth token, over the full URL Twilio requested (query
 * string included) followed by every POST parameter, sorted by name, as
 * name then value with no separators (twilio.com/docs/usage/security,
 * "Validating requests"). Compared in constant time by WebCrypto's verify.
 */

const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(authToken: string): Promise<CryptoKey> {
  let key = keys.get(authToken);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(authToken), { name: "HMAC", hash: "SHA-1" }, false, ["sign", "verify"]);
    keys.set(authToken, key);
  }
  return key;
}

/** The text Twilio signs: the URL, then each parameter's name and value, sorted by name (then value). */
export function signedText(url: string, params: readonly (readonly [string, string])[]): string {
  const sorted = [...params].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return url + sorted.map(([name, value]) => name + value).join("");
}

/** The signature Twilio would send for this request (tests and `npm run ivr:call` sign with it). */
export async function twilioSignature(
  authToken: string,
  url: string,
  params: readonly (readonly [string, string])[],
): Promise<string> {
  const mac = await crypto.subtle.sign("HMAC", await keyFor(authToken), encoder.encode(signedText(url, params)));
  return btoa(String.fromCharCode(...new Uint8Array(mac)));
}

/** Whether the header is Twilio's signature of this URL and these parameters. */
export async function isTwilioSigned(
  authToken: string,
  header: string | undefined,
  url: string,
  params: readonly (readonly [string, string])[],
): Promise<boolean> {
  // An HMAC-SHA1 is 20 bytes: 28 base64 characters, one '=' of padding.
  if (!header || !/^[A-Za-z0-9+/]{27}=$/.test(header)) return false;
  const mac = Uint8Array.from(atob(header), (ch) => ch.charCodeAt(0));
  return crypto.subtle.verify("HMAC", await keyFor(authToken), mac, encoder.encode(signedText(url, params)));
}
