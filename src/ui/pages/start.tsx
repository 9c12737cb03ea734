/**
 * @module
 * The start page: what the service is, how long it takes, Start now (placed
 * before the longer list so that a 320 × 640 phone shows it on the first screen),
 * what it tells you, and a way back to an earlier result.
 */
import type { PageContext } from "../page-context";
import { Layout } from "../layout";
import { ReferenceLookup } from "../components/reference-lookup";

export function StartPage({ page }: { page: PageContext }) {
  const { start } = page.catalog.pages;
  return (
    <Layout page={page} title={start.title}>
      <h1>{start.title}</h1>
      <p class="usa-intro">{start.lead}</p>
      <p>{start.time}</p>
      <a class="usa-button usa-button--big" href="/check/respondent">
        {start.start}
      </a>
      <h2>{start.usesTitle}</h2>
      <ul class="usa-list">
        {start.uses.map((use) => (
          <li>{use}</li>
        ))}
      </ul>
      <ReferenceLookup catalog={page.catalog} />
    </Layout>
  );
}
