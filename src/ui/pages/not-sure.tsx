/** @module Help for "I'm not sure": how to look for Kaspersky, then back to the question or onwards. */
import type { Catalog, Locale } from "../../i18n";
import { Blocks } from "../components/blocks";
import { Layout } from "../layout";

export function NotSurePage(props: { catalog: Catalog; locale: Locale; questionHref: string; continueHref: string }) {
  const { catalog, locale } = props;
  const { notSure } = catalog.pages;
  return (
    <Layout catalog={catalog} locale={locale} title={notSure.title}>
      <a class="usa-link back-link" href={props.questionHref}>
        {catalog.site.back}
      </a>
      <h1>{notSure.title}</h1>
      <p class="usa-intro">{notSure.intro}</p>
      <Blocks blocks={catalog.steps.how_to_check.body} />
      <ul class="usa-button-group">
        <li class="usa-button-group__item">
          <a class="usa-button" href={props.questionHref}>
            {notSure.again}
          </a>
        </li>
        <li class="usa-button-group__item">
          <a class="usa-button usa-button--outline" href={props.continueHref}>
            {notSure.continueUnsure}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
