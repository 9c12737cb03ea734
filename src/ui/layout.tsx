/**
 * @module
 * The page frame every public page shares: language, title (with "Error: "
 * when the page shows errors), skip link, header, main and footer. No scripts.
 */
import type { Child } from "hono/jsx";
import { raw } from "hono/html";
import type { Catalog, Locale } from "../i18n";
import { STYLESHEET_PATH } from "./styles";

export interface LayoutProps {
  readonly catalog: Catalog;
  readonly locale: Locale;
  readonly title: string;
  readonly hasError?: boolean;
  readonly children: Child;
}

export function Layout({ catalog, locale, title, hasError, children }: LayoutProps) {
  const { site } = catalog;
  const fullTitle = `${hasError ? site.errorTitlePrefix : ""}${title} – ${site.serviceName}`;
  return (
    <>
      {raw("<!DOCTYPE html>")}
      <html lang={locale}>
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
        <div class="usa-banner">{site.officialBanner}</div>
        <header class="usa-header">
          <a class="usa-logo" href="/">
            {site.serviceName}
          </a>
        </header>
        <main id="main-content" class="usa-main" tabindex={-1}>
          {children}
        </main>
        <footer class="usa-footer">
          <p>{site.footer}</p>
        </footer>
      </body>
    </html>
    </>
  );
}
