/** @module Help and contact: the hotline (tel: link, hours), CISA Central for organizations, a lost reference code. */
import type { PageContext } from "../page-context";
import { Layout } from "../layout";
import { EmailLink, PhoneLink } from "../components/phone-link";

export function HelpPage({ page }: { page: PageContext }) {
  const { help } = page.catalog.pages;
  const hotline = page.site?.hotline;
  return (
    <Layout page={page} title={help.title}>
      <h1>{help.title}</h1>
      <h2>{help.hotlineTitle}</h2>
      <p>{help.hotlineBody}</p>
      {hotline ? (
        <dl class="contact-list">
          <dt>{help.hotlineNumber}</dt>
          <dd>
            <PhoneLink tel={hotline.tel} display={hotline.display} />
          </dd>
          {hotline.hours && (
            <>
              <dt>{help.hotlineHours}</dt>
              <dd>{hotline.hours}</dd>
            </>
          )}
        </dl>
      ) : (
        <p>{help.noHotline}</p>
      )}
      <h2>{help.cisaTitle}</h2>
      <p>{help.cisaBody}</p>
      <dl class="contact-list">
        <dt>{help.email}</dt>
        <dd>
          <EmailLink address={help.cisaEmail} />
        </dd>
        <dt>{help.phone}</dt>
        <dd>
          <PhoneLink tel={help.cisaTel} display={help.cisaPhone} />
        </dd>
      </dl>
      <h2>{help.codeTitle}</h2>
      <p>{help.codeBody}</p>
      <p>
        <a class="usa-link" href="/">
          {page.catalog.pages.notFound.startLink}
        </a>
      </p>
    </Layout>
  );
}
