/**
 * @module
 * Every page's footer: the hotline number (a tel: link) with its hours, so a
 * result that says "give your code to the hotline" always shows the number; links
 * to help, privacy and accessibility; who runs the service.
 */
import { fill } from "../../i18n";
import type { PageContext } from "../page-context";
import { PhoneLink } from "./phone-link";

export function SiteFooter({ page, container }: { page: PageContext; container: string }) {
  const { site } = page.catalog;
  const hotline = page.site?.hotline;
  const agency = page.site?.agencyName;
  return (
    <footer class="site-footer">
      <div class={container}>
        {hotline && (
          <p class="site-footer__hotline">
            <strong>{site.hotline}:</strong> <PhoneLink tel={hotline.tel} display={hotline.display} />
            {hotline.hours && <span class="site-footer__hours"> {hotline.hours}</span>}
          </p>
        )}
        <nav aria-label={site.footerLinks}>
          <ul class="site-footer__links">
            <li>
              <a class="usa-link" href="/help">
                {site.helpLink}
              </a>
            </li>
            <li>
              <a class="usa-link" href="/privacy">
                {site.privacyLink}
              </a>
            </li>
            <li>
              <a class="usa-link" href="/accessibility">
                {site.accessibilityLink}
              </a>
            </li>
          </ul>
        </nav>
        <p>{site.footer}</p>
        {agency && <p>{fill(site.runBy, { agency })}</p>}
      </div>
    </footer>
  );
}
