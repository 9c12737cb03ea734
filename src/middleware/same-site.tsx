/**
 * @module
 * `onlyFromThisSite`: in front of the staff GETs that write audit entries
 * (`/hotline/open`, `/analyst`, `/api/v1/stats`). GETs are what a link or an
 * image on any site can make a signed-in staffer's browser send, so without this
 * another site could plant entries in that staffer's name. Such a GET acts only
 * when the browser says it came from our own pages (`Sec-Fetch-Site: same-origin`)
 * or from the staffer themself (`none`: a typed address, a bookmark), or when it
 * carries no fetch metadata and no foreign Origin (not a browser: curl, call-centre
 * software with a service token). Anything else, a sibling subdomain included,
 * gets 403 and writes nothing: the API says why; a page offers the same address
 * as a link on this site, so one deliberate click carries on (e.g. after
 * following a link in an email).
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { StaffRefusalPage } from "../auth/pages";
import { apiError, respondsInJson } from "./refusals";

const TRUSTED_FETCH_SITES = new Set(["same-origin", "none"]);

function fromThisSite(c: Context): boolean {
  const site = c.req.header("sec-fetch-site");
  if (site !== undefined) return TRUSTED_FETCH_SITES.has(site);
  const origin = c.req.header("origin");
  return origin === undefined || origin === new URL(c.req.url).origin;
}

export const onlyFromThisSite = createMiddleware(async (c, next) => {
  if (fromThisSite(c)) return next();
  if (respondsInJson(c)) {
    return apiError(
      c,
      403,
      "Requests started by another site are refused here, because each answer is audited in your name; send it from your own client or from this site",
    );
  }
  const url = new URL(c.req.url);
  // The path alone, with one leading slash, so the link can only lead to this site.
  const here = `/${url.pathname.replace(/^\/+/, "")}${url.search}`;
  const body =
    "You followed a link from another website. Each look-up here is recorded in your name, so it waits for you to confirm it.";
  return c.html(<StaffRefusalPage title="Continue to this page?" body={body} continueHref={here} />, 403);
});
