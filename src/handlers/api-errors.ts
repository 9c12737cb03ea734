/**
 * @module
 * The one JSON error shape of the API: `{ error: { status, message, problems? } }`.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export function apiError(c: Context, status: ContentfulStatusCode, message: string, problems?: readonly object[]) {
  return c.json({ error: { status, message, ...(problems && { problems }) } }, status);
}
