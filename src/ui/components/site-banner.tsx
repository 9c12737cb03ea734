/**
 * @module
 * The "official website of the United States government" banner, shown only when
 * the deployment says it is one (GOVERNMENT_SITE). A <details> rather than USWDS's
 * scripted accordion: it opens without JavaScript and costs no script.
 */
import type { Catalog } from "../../i18n";

export function SiteBanner({ catalog }: { catalog: Catalog }) {
  const { site } = catalog;
  return (
    <section class="site-banner" aria-label={site.governmentBanner}>
      <details class="site-container">
        <summary>
          {site.governmentBanner} <span class="site-banner__how">{site.howYouKnow}</span>
        </summary>
        <p>{site.howYouKnowGov}</p>
        <p>{site.howYouKnowHttps}</p>
      </details>
    </section>
  );
}
