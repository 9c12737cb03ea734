/**
 * @module
 * The page frame every page shares: language, title (with "Error: " when the
 * page shows errors), skip link, header with the language switch, main and
 * footer. No scripts: every page works with JavaScript off.
 */
import type { Child } from "hono/jsx";
import { raw } from "hono/html";
import type { PageContext } from "./page-context";
import { STYLESHEET_PATH } from "./stylesheet";

export interface LayoutProps {
  readonly page: PageContext;
  readonly title: string;
  readonly hasError?: boolean;
  readonly children: Child;
}

export function Layout({ page, title, hasError, children }: LayoutProps) {
  const { site } = page.catalog;
  const fullTitle = `${hasError ? site.errorTitlePrefix : ""}${title} – ${site.serviceName}`;
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang={page.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{fullTitle}</title>
          <link rel="stylesheet" href={STYLESHEET_PATH} />
        </head>
        <body>
          <a class="usa-skipnav" href="#main-content">
            {site.skipLink}
          </a>
          {/* The banner landmark holds everything above the page's own content. */}
          <header>
            <div class="site-official">
              <div class="site-container">{site.officialBanner}</div>
            </div>
            <div class="site-header">
              <div class="site-container site-header__row">
                <a class="site-title" href="/">
                  {site.serviceName}
                </a>
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
          </header>
          <main id="main-content" class="site-main site-container" tabindex={-1}>
            {children}
          </main>
          <footer class="usa-identifier">
            <div class="usa-identifier__section usa-identifier__section--usagov">
              <div class="usa-identifier__container site-container">
                <p class="usa-identifier__usagov-description">{site.footer}</p>
              </div>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}
