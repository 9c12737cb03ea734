/** @module A page that only says something: not found, unknown reference, lost answers, service error. */
import type { Child } from "hono/jsx";
import type { PageContext } from "../page-context";
import { Layout } from "../layout";

export function MessagePage(props: { page: PageContext; title: string; body?: string; children?: Child }) {
  return (
    <Layout page={props.page} title={props.title}>
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
