/**
 * @module
 * The local stand-in for Cloudflare Access's keys. Production verifies staff
 * tokens against the team's published keys; local development and tests run
 * the same code against a key pair made here.
 *
 * `node scripts/dev-keys.mjs` makes sure that:
 * - a private key exists in .dev-keys/access-private.jwk.json (gitignored; made on first use);
 * - .dev.vars (gitignored; `wrangler dev` reads it) holds the vars local mode needs:
 *   ACCESS_LOCAL_JWKS and ACCESS_LOCAL_PRIVATE_JWK (always rewritten to match the key),
 *   ACCESS_AUD, STAFF_ROLES, DEV_SIGN_IN and an empty ACCESS_TEAM_DOMAIN (added when
 *   missing; a developer's own values are kept, and the local addresses are added
 *   to STAFF_ROLES), and a random REFERENCE_SIGNING_SECRET for the web form's one-time
 *   codes (src/handlers/one-time-code.ts; made once, then kept), and a random local
 *   TWILIO_AUTH_TOKEN that `npm run ivr:call` signs the phone line's requests with. Other lines are left as they are.
 *
 * An empty ACCESS_TEAM_DOMAIN matters: .dev.vars overrides wrangler.toml's [vars],
 * so local development stays in local mode even once production names its team there.
 *
 * Plain Node (>= 20) and WebCrypto only, so it runs before anything is built.
 * The constants mirror src/auth (config.ts, dev-session.ts); the tests sign a
 * token with signStaffToken() and check the Worker accepts it, so they cannot drift.
 */
import { Buffer } from "node:buffer";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import process from "node:process";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The issuer local tokens carry (src/auth/config.ts LOCAL_ISSUER). */
export const LOCAL_ISSUER = "https://access.localhost";
/** The audience written to .dev.vars when it names none. */
export const DEFAULT_AUDIENCE = "local-dev-audience";
/** A working day, like an Access session (src/auth/dev-session.ts LOCAL_TOKEN_SECONDS). */
export const TOKEN_SECONDS = 8 * 60 * 60;
export const ROLES = ["agent", "analyst"];

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const KEY_FILE = join(".dev-keys", "access-private.jwk.json");
const RS256 = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };

/** The address a local token for a role carries (src/auth/dev-session.ts localEmail). */
export function localEmail(role) {
  return `${role}@localhost.test`;
}

/** STAFF_ROLES entries that give each local address its role. */
export function localStaffRoles() {
  return Object.fromEntries(ROLES.map((role) => [localEmail(role), role]));
}

/** A new RS256 key pair: the private JWK (with alg and kid, as Hono's sign() wants) and the public JWKS. */
export async function generateKeyPair() {
  const { privateKey } = await crypto.subtle.generateKey(
    { ...RS256, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ["sign", "verify"],
  );
  const privateJwk = { ...(await crypto.subtle.exportKey("jwk", privateKey)), alg: "RS256", kid: `local-${crypto.randomUUID()}` };
  return { privateJwk, publicJwks: publicJwks(privateJwk) };
}

/** The JWKS that publishes a private JWK's public half. */
export function publicJwks(privateJwk) {
  const { kty, n, e, alg, kid } = privateJwk;
  return { keys: [{ kty, n, e, alg, kid, use: "sig" }] };
}

const base64url = (bytes) => Buffer.from(bytes).toString("base64url");

/** A random secret for signing one-time reference codes: 32 bytes, 43 characters. */
export function newSigningSecret() {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}
const jsonPart = (value) => base64url(new TextEncoder().encode(JSON.stringify(value)));

/** A token shaped like a Cloudflare Access token for a local address, signed with the local key. */
export async function signStaffToken({ privateJwk, role, audience, now = Date.now(), seconds = TOKEN_SECONDS }) {
  const iat = Math.floor(now / 1000);
  const email = localEmail(role);
  const header = { alg: "RS256", kid: privateJwk.kid, typ: "JWT" };
  const payload = { iss: LOCAL_ISSUER, aud: [audience], email, sub: email, iat, nbf: iat, exp: iat + seconds, type: "app" };
  const signingInput = `${jsonPart(header)}.${jsonPart(payload)}`;
  const key = await crypto.subtle.importKey("jwk", privateJwk, RS256, false, ["sign"]);
  const signature = await crypto.subtle.sign(RS256, key, new TextEncoder().encode(signingInput));
  return `${signingInput}.${base64url(new Uint8Array(signature))}`;
}

/** Reads the local private key, making one on first use. */
export async function ensureKeyPair(root = ROOT) {
  const file = join(root, KEY_FILE);
  try {
    const privateJwk = JSON.parse(await readFile(file, "utf8"));
    if (privateJwk.kty !== "RSA" || privateJwk.alg !== "RS256" || !privateJwk.kid || !privateJwk.d) {
      throw new Error(`${file} is not an RS256 private JWK with a kid; delete it to get a new one`);
    }
    return privateJwk;
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const { privateJwk } = await generateKeyPair();
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
  return privateJwk;
}

const LINE = /^\s*(?:export\s+)?([\w.-]+)\s*=\s*(.*?)\s*$/;

/** The values in .dev.vars text (dotenv syntax: later lines win, quotes stripped). */
export function parseDevVars(text) {
  const values = new Map();
  for (const line of text.split(/\r?\n/)) {
    const match = LINE.exec(line);
    if (!match || line.trimStart().startsWith("#")) continue;
    const raw = match[2];
    const quoted = /^(['"`])([\s\S]*)\1$/.exec(raw);
    values.set(match[1], quoted ? quoted[2] : raw.replace(/\s+#.*$/, ""));
  }
  return values;
}

function formatLine(name, value) {
  if (/^[\w.:/@-]*$/.test(value)) return `${name}=${value}`;
  if (/['\r\n]/.test(value))
    throw new Error(`${name} cannot be written to .dev.vars: its value contains a quote or a line break`);
  return `${name}='${value}'`;
}

/** Sets `name` to `value` in .dev.vars text: every line for it is replaced, or one is added at the end. */
function setVar(text, name, value) {
  const line = formatLine(name, value);
  const lines = text === "" ? [] : text.replace(/\r?\n$/, "").split(/\r?\n/);
  let found = false;
  const updated = lines.map((existing) => {
    const match = LINE.exec(existing);
    if (!match || match[1] !== name || existing.trimStart().startsWith("#")) return existing;
    found = true;
    return line;
  });
  if (!found) updated.push(line);
  return `${updated.join("\n")}\n`;
}

/**
 * The .dev.vars text local mode needs, given what it holds now and the private key.
 * Returns the new text, the audience local tokens must carry, and warnings for the developer.
 */
export function updateDevVars(text, privateJwk) {
  const current = parseDevVars(text);
  const warnings = [];
  let next = text;
  next = setVar(next, "ACCESS_LOCAL_JWKS", JSON.stringify(publicJwks(privateJwk)));
  next = setVar(next, "ACCESS_LOCAL_PRIVATE_JWK", JSON.stringify(privateJwk));
  const audience = current.get("ACCESS_AUD") || DEFAULT_AUDIENCE;
  if (!current.get("ACCESS_AUD")) next = setVar(next, "ACCESS_AUD", audience);

  let roles;
  try {
    roles = JSON.parse(current.get("STAFF_ROLES") ?? "{}");
  } catch {
    warnings.push("STAFF_ROLES in .dev.vars was not JSON; it now holds the local addresses only");
  }
  if (!roles || typeof roles !== "object" || Array.isArray(roles)) roles = {};
  const merged = { ...roles, ...localStaffRoles() };
  if (!current.has("STAFF_ROLES") || JSON.stringify(merged) !== JSON.stringify(roles)) {
    next = setVar(next, "STAFF_ROLES", JSON.stringify(merged));
  }

  if (!current.has("DEV_SIGN_IN")) next = setVar(next, "DEV_SIGN_IN", "true");
  if (!current.get("REFERENCE_SIGNING_SECRET")) next = setVar(next, "REFERENCE_SIGNING_SECRET", newSigningSecret());
  // A local stand-in for the Twilio account's auth token: `npm run ivr:call` signs with it, as Twilio does.
  if (!current.get("TWILIO_AUTH_TOKEN")) next = setVar(next, "TWILIO_AUTH_TOKEN", newSigningSecret());
  if (!current.has("ACCESS_TEAM_DOMAIN")) next = setVar(next, "ACCESS_TEAM_DOMAIN", "");
  else if (current.get("ACCESS_TEAM_DOMAIN")) {
    warnings.push(
      "ACCESS_TEAM_DOMAIN is set in .dev.vars: the Worker checks tokens against your team, so local tokens are refused and the dev sign-in is off",
    );
  }
  return { text: next, audience, warnings };
}

/** Makes sure the key pair and .dev.vars exist and match; returns the private key and the audience. */
export async function ensureDevKeys({ root = ROOT, log = (message) => console.error(message) } = {}) {
  const privateJwk = await ensureKeyPair(root);
  const file = join(root, ".dev.vars");
  let text = "";
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
  }
  const { text: next, audience, warnings } = updateDevVars(text, privateJwk);
  if (next !== text) {
    await writeFile(file, next, { mode: 0o600 });
    log(`dev-keys: ${text ? "updated" : "wrote"} .dev.vars for local staff sign-in (restart wrangler dev if it is running)`);
  }
  for (const warning of warnings) log(`dev-keys: ${warning}`);
  return { privateJwk, audience };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await ensureDevKeys();
}
