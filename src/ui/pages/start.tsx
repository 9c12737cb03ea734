/** @module The start page: what the service does, then Start now, and a way back to an earlier result. */
import type { PageContext } from "../page-context";
import { Layout } from "../layout";
import { ReferenceLookup } from "../components/reference-lookup";

export function StartPage({ page }: { page: PageContext }) {
  const { start } = page.catalog.pages;
  return (
    <Layout page={page} title={start.title}>
      <h1>{start.title}</h1>
      <p class="usa-intro">{start.lead}</p>
      <h2>{start.usesTitle}</h2>
      <ul class="usa-list">
        {start.uses.map((use) => (
          <li>{use}</li>
        ))}
      </ul>
      <p>{start.time}</p>
      <a class="usa-button usa-button--big" href="/check/respondent">
        {start.start}
      </a>
      <ReferenceLookup catalog={page.catalog} />
    </Layout>
  );
}
