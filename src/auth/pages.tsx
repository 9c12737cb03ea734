/**
 * @module
 * The pages staff access shows itself: a refusal (401, 403, 503, or a cross-site
 * audited GET waiting for a click) and the dev sign-in form. Staff pages are in English, and the dev sign-in is a developer
 * tool that the public never sees, so these words are inline rather than in the
 * public catalogs; the frame (service name, banner) comes from the English catalog.
 */
import { catalogFor } from "../i18n";
import { Layout } from "../ui/layout";
import type { PageContext } from "../ui/page-context";
import { localEmail } from "./dev-session";
import { STAFF_ROLE_NAMES, type StaffRole } from "./roles";

// English only, so no language switch.
// A function, not a constant: the catalogs are read after the modules load (src/middleware/catalogs.ts).
const english = (): PageContext => ({ locale: "en", catalog: catalogFor("en"), otherLanguages: [] });

const ROLE_WORDS: Record<StaffRole, { label: string; page: string }> = {
  agent: { label: "Hotline agent", page: "/hotline" },
  analyst: { label: "Analyst", page: "/analyst" },
};

/** Where a role lands after the dev sign-in. */
export function homeOf(role: StaffRole): string {
  return ROLE_WORDS[role].page;
}

export function StaffRefusalPage(props: { title: string; body: string; devSignInHref?: string; continueHref?: string }) {
  return (
    <Layout page={english()} title={props.title}>
      <h1>{props.title}</h1>
      <p>{props.body}</p>
      {props.continueHref && (
        <p>
          <a class="usa-button" href={props.continueHref}>
            Continue
          </a>
        </p>
      )}
      {props.devSignInHref && (
        <p>
          <a class="usa-link" href={props.devSignInHref}>
            Developer sign-in
          </a>
        </p>
      )}
    </Layout>
  );
}

export function DevSignInPage(props: { action: string; error?: string }) {
  const { error } = props;
  return (
    <Layout page={english()} title="Developer sign-in" hasError={Boolean(error)}>
      <h1>Developer sign-in</h1>
      <p class="usa-intro">
        Local development only. You get a token signed with the local key, good for 8 hours: the same checks run on it as on a
        Cloudflare Access token in production.
      </p>
      <form method="post" action={props.action} novalidate>
        <div class={`usa-form-group${error ? " usa-form-group--error" : ""}`}>
          <fieldset class="usa-fieldset" aria-describedby={error ? "role-error" : undefined}>
            <legend class="usa-legend">
              <h2>Sign in as</h2>
            </legend>
            {error && (
              <span class="usa-error-message" id="role-error">
                {error}
              </span>
            )}
            {STAFF_ROLE_NAMES.map((role, index) => (
              <div class="usa-radio">
                <input
                  class="usa-radio__input usa-radio__input--tile"
                  type="radio"
                  id={index === 0 ? "role" : `role-${role}`}
                  name="role"
                  value={role}
                  checked={index === 0}
                />
                <label class="usa-radio__label" for={index === 0 ? "role" : `role-${role}`}>
                  {ROLE_WORDS[role].label}
                  <span class="usa-radio__label-description">
                    {localEmail(role)}, then {ROLE_WORDS[role].page}
                  </span>
                </label>
              </div>
            ))}
          </fieldset>
        </div>
        <button class="usa-button" type="submit">
          Sign in
        </button>
      </form>
    </Layout>
  );
}
