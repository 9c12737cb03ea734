/**
 * @module
 * Every page's footer: the hotline number (a tel: link) with its hours, so a
 * result that says "give your code to the hotline" always shows the number; links
 * to help, privacy and accessibility; who runs the service.
 */
import { raw } from "hono/html";
import { fill } from "../../i18n";
import type { PageContext } from "../page-context";
import { PhoneLink } from "./phone-link";

type FooterProps = { page: PageContext; container: string };

/**
 * The footer's HTML, drawn once per deployment identity, language and width and
 * then reused: it is the same on every page, and drawing it was a good part of
 * a question page's time (npm run bench).
 */
const drawn = new WeakMap<object, Map<string, string>>();

export function SiteFooter({ page, container }: FooterProps) {
  // The identity object lives as long as the configuration it was read from (locale.ts).
  const owner = page.site ?? page.catalog;
  let byPage = drawn.get(owner);
  if (!byPage) {
    byPage = new Map();
    drawn.set(owner, byPage);
  }
  const key = `${page.locale} ${container}`;
  let html = byPage.get(key);
  if (html === undefined) {
    html = String(<Footer page={page} container={container} />);
    byPage.set(key, html);
  }
  return raw(html);
}

function Footer({ page, container }: FooterProps) {
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
