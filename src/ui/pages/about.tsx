/**
 * @module
 * The privacy notice and the accessibility statement: headed sections of
 * paragraphs from the catalog. The privacy notice's retention period is the
 * deployment's own (RETENTION_DAYS), filled in by the route.
 */
import { fill } from "../../i18n";
import type { PageContext } from "../page-context";
import { Layout } from "../layout";

interface Section {
  readonly heading: string;
  readonly body: readonly string[];
}

function Sections({ sections, values }: { sections: readonly Section[]; values: Record<string, string> }) {
  return (
    <>
      {sections.map((section) => (
        <>
          <h2>{section.heading}</h2>
          {section.body.map((paragraph) => (
            <p>{fill(paragraph, values)}</p>
          ))}
        </>
      ))}
    </>
  );
}

export function PrivacyPage({ page, retentionDays }: { page: PageContext; retentionDays: number }) {
  const { privacy } = page.catalog.pages;
  return (
    <Layout page={page} title={privacy.title}>
      <h1>{privacy.title}</h1>
      <Sections sections={privacy.sections} values={{ days: String(retentionDays) }} />
      <p>
        <a class="usa-link" href="/help">
          {privacy.questions}
        </a>
      </p>
    </Layout>
  );
}

export function AccessibilityPage({ page }: { page: PageContext }) {
  const { accessibility } = page.catalog.pages;
  return (
    <Layout page={page} title={accessibility.title}>
      <h1>{accessibility.title}</h1>
      <p class="usa-intro">{accessibility.intro}</p>
      <Sections sections={accessibility.sections} values={{}} />
    </Layout>
  );
}
