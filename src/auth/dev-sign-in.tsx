/**
 * @module
 * `/dev/sign-in`: lets a developer's browser act as an agent or an analyst
 * without Cloudflare Access. It exists only where configuration enables it
 * (`DEV_SIGN_IN=true` and no `ACCESS_TEAM_DOMAIN`), decided on every request;
 * anywhere else it is the ordinary 404. Production must set `ACCESS_TEAM_DOMAIN`,
 * so production cannot turn it on. The form posts go through the app's CSRF check.
 * `/dev/sign-out` (POST) ends the local session, as /cdn-cgi/access/logout does in production.
 */
import { Hono } from "hono/tiny";
import * as z from "../validation";
import { readForm } from "../contracts/form-answers";
import { configOf } from "../config";
import type { AccessEnv } from "./config";
import { clearDevSession, localPrivateKey, signLocalToken, writeDevSession } from "./dev-session";
import { DevSignInPage, StaffRefusalPage, homeOf } from "./pages";
import { STAFF_ROLE_NAMES } from "./roles";

export const devSignIn = new Hono<{ Bindings: AccessEnv }>();

const signInForm = z.object({ role: z.enum(STAFF_ROLE_NAMES) });

devSignIn.use(async (c, next) => {
  const read = configOf(c.env).access;
  if (!read.ok || !read.config.devSignIn) return c.notFound();
  await next();
});

devSignIn.get("/sign-in", (c) => c.html(<DevSignInPage action={c.req.path} />));

devSignIn.post("/sign-in", async (c) => {
  const read = configOf(c.env).access;
  if (!read.ok) return c.notFound();
  const form = signInForm.safeParse(await readForm(c));
  if (!form.success) return c.html(<DevSignInPage action={c.req.path} error="Choose a role" />, 400);
  const privateKey = localPrivateKey(c.env);
  if (!privateKey) {
    const body =
      "ACCESS_LOCAL_PRIVATE_JWK is missing from .dev.vars or is not an RS256 private JWK. Run scripts/dev-keys.mjs, then restart wrangler dev.";
    return c.html(<StaffRefusalPage title="Dev sign-in is not set up" body={body} />, 500);
  }
  const { role } = form.data;
  writeDevSession(c, await signLocalToken(privateKey, role, read.config.audience));
  return c.redirect(homeOf(role), 303);
});

devSignIn.post("/sign-out", (c) => {
  clearDevSession(c);
  return c.redirect("/dev/sign-in", 303);
});
