/**
 * @module
 * `requireStaff(role)`: the gate in front of every staff route. Cloudflare Access
 * already stands in front of those routes in production; the Worker checks the
 * token again so that a route reached around Access (a workers.dev URL, a
 * misconfigured policy) is still closed.
 *
 * ```ts
 * const hotline = new Hono<{ Bindings: Env; Variables: StaffVariables }>();
 * hotline.use(requireStaff("agent"));
 * hotline.get("/", (c) => c.text(`Hello ${c.get("staff").email}`));
 * ```
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { configOf } from "../config";
import { apiError, respondsInJson } from "../middleware/refusals";
import { loggablePath } from "../middleware/log-safe";
import type { AccessConfig, AccessEnv } from "./config";
import { readDevSession } from "./dev-session";
import { KeysUnavailable } from "./keys";
import { StaffRefusalPage } from "./pages";
import { canonicalEmail, roleFor, type StaffRole } from "./roles";
import { verifyAccessToken } from "./verify";

export type { StaffRole } from "./roles";

/** The header Cloudflare Access adds to every request it lets through. */
export const ACCESS_HEADER = "Cf-Access-Jwt-Assertion";

/** Who is signed in, as `c.get("staff")` gives it after `requireStaff`. */
export interface Staff {
  readonly email: string;
  readonly role: StaffRole;
}

export type StaffVariables = { staff: Staff };
export type StaffEnv = { Bindings: AccessEnv; Variables: StaffVariables };

const REFUSALS = {
  401: {
    title: "Sign in to continue",
    body: "This page is for hotline and analyst staff. Open it through the staff sign-in; if you did, your sign-in may have expired, so sign in again.",
    api: `A valid staff token is required in the ${ACCESS_HEADER} header`,
  },
  403: {
    title: "Your account cannot open this page",
    body: "You are signed in, but your account does not have the role this page needs. Ask the service team to give it to you.",
    api: "The staff token is valid, but its account does not have the role this endpoint needs",
  },
  503: {
    title: "Staff sign-in is not available",
    body: "The service cannot check staff sign-ins right now. Try again in a minute; if it keeps happening, tell the service team.",
    api: "Staff sign-ins cannot be checked right now; try again in a minute",
  },
} as const;

/**
 * Lets the request through only with a valid staff token for `role`, and puts
 * `{ email, role }` on the context. Otherwise answers 401 (no valid token), 403
 * (valid token, other role or none) or 503 (staff access not configured, or the
 * team's keys cannot be fetched): JSON on the API, an HTML page elsewhere.
 */
export function requireStaff(role: StaffRole) {
  return createMiddleware<StaffEnv>(async (c, next) => {
    const read = configOf(c.env).access;
    if (!read.ok) {
      console.error(`Staff access is not configured: ${read.problem}`);
      return refuse(c, 503);
    }
    const { config } = read;
    const token = tokenFrom(c, config);
    if (!token) return refuse(c, 401, config);

    let verification: Awaited<ReturnType<typeof verifyAccessToken>>;
    try {
      verification = await verifyAccessToken(token, config);
    } catch (error) {
      if (!(error instanceof KeysUnavailable)) throw error;
      console.error(`Staff access keys unavailable: ${error.message}`);
      return refuse(c, 503);
    }
    // The reason names the failed check (e.g. JwtTokenExpired); never the token or its claims.
    if (!verification.ok) {
      console.warn(`Staff token refused on ${loggablePath(c.req.path)}: ${verification.reason}`);
      return refuse(c, 401, config);
    }
    // The canonical form, so the audit log names each person one way (roles.ts).
    const email = verification.email === undefined ? undefined : canonicalEmail(verification.email);
    if (!email || roleFor(email, config.roles) !== role) return refuse(c, 403);

    c.set("staff", { email, role });
    await next();
  });
}

/** The Access header; else, only where the dev sign-in is on, its cookie. */
function tokenFrom(c: Context, config: AccessConfig): string | undefined {
  const header = c.req.header(ACCESS_HEADER)?.trim();
  if (header) return header;
  return config.devSignIn ? readDevSession(c) : undefined;
}

function refuse(c: Context, status: keyof typeof REFUSALS, config?: AccessConfig) {
  const { title, body, api } = REFUSALS[status];
  if (respondsInJson(c)) return apiError(c, status, api);
  const devSignInHref = status === 401 && config?.devSignIn ? "/dev/sign-in" : undefined;
  return c.html(<StaffRefusalPage title={title} body={body} devSignInHref={devSignInHref} />, status);
}
