/**
 * @module
 * The one way to refuse a request. Each surface says at its mount whether it
 * answers in JSON (the API) or with pages (everything else): `respondsWith`,
 * in src/index.tsx. A refusal then carries both wordings, and `refuse` picks
 * the one the surface speaks: the API's `{ error: { status, message,
 * problems? } }`, or a message page in the visitor's language.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Catalog } from "../i18n";
import { MessagePage } from "../ui/pages/message";
import { pageContext } from "./locale";
import { hangup, twimlResponse } from "../telephony/twiml";

export type Responds = "json" | "page" | "twiml";

/** What the surface a route is mounted in speaks; routes read it through `respondsInJson`. */
export type SurfaceVariables = { responds?: Responds };

/** Marks every route under a mount as answering in JSON or with pages. */
export function respondsWith(responds: Responds) {
  return createMiddleware<{ Variables: SurfaceVariables }>(async (c, next) => {
    c.set("responds", responds);
    await next();
  });
}

/** Whether this request's surface answers in JSON (pages are the default). */
export function respondsInJson(c: Context): boolean {
  return (c.get("responds" as never) as Responds | undefined) === "json";
}

/** A page's words for a refusal: a title and a paragraph. */
export interface PageWords {
  readonly title: string;
  readonly body: string;
}

/** A refusal in both wordings: plain English for API clients, the catalog's words for people. */
export interface Refusal {
  readonly api: string;
  readonly page: (catalog: Catalog) => PageWords;
  /** API only: what exactly was wrong, per field or question. */
  readonly problems?: readonly object[];
}

/** The API's JSON error. */
export function apiError(c: Context, status: ContentfulStatusCode, message: string, problems?: readonly object[]) {
  return c.json({ error: { status, message, ...(problems && { problems }) } }, status);
}

/** Refuses the request as its surface speaks: JSON for the API, a message page elsewhere. */
export function refuse(c: Context, status: ContentfulStatusCode, refusal: Refusal): Response | Promise<Response> {
  if (respondsInJson(c)) return apiError(c, status, refusal.api, refusal.problems);
  // The phone line (src/handlers/ivr.ts) answers Twilio, which plays TwiML only.
  if (c.get("responds" as never) === "twiml") {
    return c.body(twimlResponse(hangup()), status, { "Content-Type": "text/xml; charset=utf-8" });
  }
  const page = pageContext(c);
  const { title, body } = refusal.page(page.catalog);
  return c.html(<MessagePage page={page} title={title} body={body} />, status);
}

/** Nothing at this address. */
export const NOT_FOUND: Refusal = { api: "Not found", page: (catalog) => catalog.pages.notFound };
