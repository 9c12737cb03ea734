/** @module A page that only says something: not found, unknown reference, lost answers, service error. */
import type { Child } from "hono/jsx";
import type { PageContext } from "../page-context";
import { ErrorSummary, type FieldError } from "../components/error-summary";
import { Layout } from "../layout";

export interface MessagePageProps {
  readonly page: PageContext;
  readonly title: string;
  readonly body?: string;
  /** Errors in a form among the children: shown in an error summary above the heading, and named in the title. */
  readonly errors?: readonly FieldError[];
  readonly children?: Child;
}

export function MessagePage(props: MessagePageProps) {
  const errors = props.errors ?? [];
  return (
    <Layout page={props.page} title={props.title} hasError={errors.length > 0}>
      <ErrorSummary catalog={props.page.catalog} errors={errors} />
      <h1>{props.title}</h1>
      {props.body && <p>{props.body}</p>}
      {props.children}
      <p>
        <a class="usa-link" href="/">
          {props.page.catalog.pages.notFound.startLink}
        </a>
      </p>
    </Layout>
  );
}
