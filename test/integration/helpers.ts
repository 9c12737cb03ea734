/** Small helpers for driving the Worker through `exports.default.fetch`, as a browser or API client would. */
import { exports } from "cloudflare:workers";

export const ORIGIN = "https://check.example";

/**
 * A made-up client address, as Cloudflare reports in CF-Connecting-IP: each test
 * client gets its own, so the submission rate limit counts per test client, as
 * it counts per real one.
 */
export function clientAddress(): string {
  const [a, b, c] = crypto.getRandomValues(new Uint8Array(3));
  return `10.${a}.${b}.${c}`;
}

export function get(path: string, headers: Record<string, string> = {}) {
  const withClient = { "cf-connecting-ip": clientAddress(), ...headers };
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { headers: withClient, redirect: "manual" }));
}

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  return exports.default.fetch(
    new Request(`${ORIGIN}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", "cf-connecting-ip": clientAddress(), ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

/** A browser-like session: keeps cookies and sends forms with our Origin, as a real form post does. */
export class Browser {
  private cookies = new Map<string, string>();

  /** `headers` go with every request (e.g. a staff token, as Cloudflare Access adds it). */
  private readonly headers: Record<string, string>;

  constructor(headers: Record<string, string> = {}) {
    this.headers = { "cf-connecting-ip": clientAddress(), ...headers };
  }

  private remember(res: Response) {
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, value] = pair!.split("=");
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name!);
      else this.cookies.set(name!, value ?? "");
    }
    return res;
  }

  get cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async get(path: string) {
    return this.remember(await get(path, { ...this.headers, cookie: this.cookieHeader }));
  }

  async post(
    path: string,
    fields: Readonly<Record<string, string | readonly string[]>>,
    extraHeaders: Record<string, string> = {},
  ) {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
    const res = await exports.default.fetch(
      new Request(`${ORIGIN}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: ORIGIN,
          cookie: this.cookieHeader,
          ...this.headers,
          ...extraHeaders,
        },
        body,
      }),
    );
    return this.remember(res);
  }
}

/** The path a redirect points to. */
export function location(res: Response): string {
  const to = res.headers.get("location") ?? "";
  return to.startsWith(ORIGIN) ? to.slice(ORIGIN.length) : to;
}

/** The text of every element with this tag, tags stripped. */
export function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) =>
    m[1]!.replace(/<[^>]+>/g, "").trim(),
  );
}

/** The hidden fields of a page's forms, as a browser would post them (e.g. the one-time reference and its signature). */
export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) fields[name!] = value!;
  return fields;
}

/**
 * Folds every check the app stored as pending into `responses` and the counts,
 * as the queue consumer does moments after a submission (src/db/pending.ts): for
 * tests that read the tables right after submitting through the app.
 */
export async function foldPending(): Promise<void> {
  const { env } = await import("cloudflare:workers");
  const { sweepPending } = await import("../../src/db/pending");
  const { failed } = await sweepPending(env.DB);
  if (failed) throw new Error(`${failed} pending checks could not be folded`);
}
