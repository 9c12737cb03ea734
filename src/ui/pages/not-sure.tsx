/** @module Help for "I'm not sure": how to look for Kaspersky, then back to the question or onwards. */
import type { PageContext } from "../page-context";
import { Blocks } from "../components/blocks";
import { Layout } from "../layout";

export function NotSurePage(props: { page: PageContext; questionHref: string; continueHref: string }) {
  const { page } = props;
  const { catalog } = page;
  const { notSure } = catalog.pages;
  return (
    <Layout page={page} title={notSure.title}>
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
