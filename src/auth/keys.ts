/**
 * @module
 * The public keys staff tokens are checked against. Local keys come straight
 * from configuration. The team's keys are fetched from its certs URL and kept
 * in memory for this isolate, so a page view does not cost a fetch.
 *
 * Access rotates its signing key every few weeks and keeps publishing the old
 * one for a while, so a cached set stays good for minutes. A token naming a key
 * we do not have triggers an early refetch (the key may be brand new), at most
 * once per MIN_REFETCH_MS, so made-up key ids cannot make us fetch on every request.
 */
import type { HonoJsonWebKey } from "hono/utils/jwt/jws";
import * as z from "../validation";
import type { KeySource } from "./config";

/** How long a fetched key set is used before it is fetched again. */
export const KEYS_TTL_MS = 10 * 60 * 1000;
/** The shortest time between two fetches, whatever tokens arrive. */
export const MIN_REFETCH_MS = 30 * 1000;
const FETCH_TIMEOUT_MS = 5000;

/** The certs response: a JWKS (Access adds PEM copies beside it, which we ignore). */
const certs = z.object({ keys: z.array(z.looseObject({ kty: z.string(), kid: z.string() })) });

interface Cached {
  readonly keys: readonly HonoJsonWebKey[];
  readonly fetchedAt: number;
}

const cache = new Map<string, Cached>();
// Requests that arrive together while the keys are being fetched share that one fetch.
const pending = new Map<string, Promise<readonly HonoJsonWebKey[]>>();

/** Thrown when the team's keys cannot be had: our problem (or Cloudflare's), not the caller's. */
export class KeysUnavailable extends Error {
  override name = "KeysUnavailable";
}

/** The keys to check a token against; `kid` is the key the token names. */
export async function keysFor(source: KeySource, kid: string | undefined): Promise<readonly HonoJsonWebKey[]> {
  if (source.kind === "local") return source.keys;
  const cached = cache.get(source.certsUrl);
  if (cached) {
    const age = Date.now() - cached.fetchedAt;
    const knowsKey = cached.keys.some((key) => key.kid === kid);
    if (age < KEYS_TTL_MS && (knowsKey || age < MIN_REFETCH_MS)) return cached.keys;
  }
  try {
    return await fetchOnce(source.certsUrl);
  } catch (error) {
    // Keys rotate slowly: while the certs URL is down, the last good set is better than refusing all staff.
    if (cached) {
      console.warn(`Using cached staff access keys: ${(error as Error).message}`);
      return cached.keys;
    }
    throw error;
  }
}

function fetchOnce(certsUrl: string): Promise<readonly HonoJsonWebKey[]> {
  let request = pending.get(certsUrl);
  if (!request) {
    request = fetchKeys(certsUrl).finally(() => pending.delete(certsUrl));
    pending.set(certsUrl, request);
  }
  return request;
}

async function fetchKeys(certsUrl: string): Promise<readonly HonoJsonWebKey[]> {
  let body: unknown;
  try {
    const response = await fetch(certsUrl, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    if (!response.ok) throw new KeysUnavailable(`${certsUrl} answered ${response.status}`);
    body = await response.json();
  } catch (error) {
    if (error instanceof KeysUnavailable) throw error;
    throw new KeysUnavailable(`${certsUrl} could not be fetched: ${(error as Error).message}`);
  }
  const parsed = certs.safeParse(body);
  if (!parsed.success) throw new KeysUnavailable(`${certsUrl} did not answer with a JWKS`);
  const keys = parsed.data.keys as HonoJsonWebKey[];
  cache.set(certsUrl, { keys, fetchedAt: Date.now() });
  return keys;
}
