/**
 * @module
 * The page frame every page shares: language, title (with "Error: " when the
 * page shows errors), skip link, the government banner when the deployment is
 * one, a compact header (service and agency name, language switch; a phone's
 * first screen must still reach the start button), main and the footer with the
 * hotline. No scripts: every page works with JavaScript off.
 */
import type { Child } from "hono/jsx";
import { html, raw } from "hono/html";
import type { PageContext } from "./page-context";
import { STYLESHEET_PATH } from "./stylesheet";
import { FAVICON_PATH } from "./favicon";
import { SiteBanner } from "./components/site-banner";
import { SiteFooter } from "./components/site-footer";
import { StaffBar } from "./components/staff-bar";

/**
 * What every page's head holds besides its title, as ready HTML: the same bytes
 * on every page, so not drawn element by element each time (npm run bench).
 */
const HEAD = raw(
  '<meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>' +
    `<link rel="stylesheet" href="${STYLESHEET_PATH}"/><link rel="icon" href="${FAVICON_PATH}" type="image/svg+xml"/>`,
);

export interface LayoutProps {
  readonly page: PageContext;
  readonly title: string;
  readonly hasError?: boolean;
  /** Staff screens use the width of a desktop screen; public pages keep a reading measure. */
  readonly wide?: boolean;
  readonly children: Child;
}

export function Layout({ page, title, hasError, wide, children }: LayoutProps) {
  const { site } = page.catalog;
  const serviceName = page.site?.serviceName ?? site.serviceName;
  // A wide page is wide from header to footer, so all its edges line up.
  const container = `site-container${wide ? " site-container--wide" : ""}`;
  const fullTitle = `${hasError ? site.errorTitlePrefix : ""}${title} – ${serviceName}`;
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang={page.locale}>
        <head>
          {HEAD}
          {html`<title>${fullTitle}</title>`}
        </head>
        <body>
          <a class="usa-skipnav" href="#main-content">
            {site.skipLink}
          </a>
          {/* The banner landmark holds everything above the page's own content. */}
          <header>
            {page.site?.government && <SiteBanner catalog={page.catalog} />}
            <div class="site-header">
              <div class={`${container} site-header__row`}>
                <div>
                  <a class="site-title" href="/">
                    {serviceName}
                  </a>
                  {page.site?.agencyName && <p class="site-agency">{page.site.agencyName}</p>}
                </div>
                {page.otherLanguages.length > 0 && (
                  <nav class="site-header__nav" aria-label={site.languageSwitchLabel}>
                    {page.otherLanguages.map((other) => (
                      <a class="usa-link" href={other.href} lang={other.locale} hreflang={other.locale}>
                        {other.name}
                      </a>
                    ))}
                  </nav>
                )}
              </div>
            </div>
            {page.staff && <StaffBar page={page} staff={page.staff} />}
          </header>
          <main id="main-content" class={`site-main ${container}`} tabindex={-1}>
            {children}
          </main>
          <SiteFooter page={page} container={container} />
        </body>
      </html>
    </>
  );
}
