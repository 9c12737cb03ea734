/** @module A page that only says something: not found, unknown reference, lost answers, service error. */
import type { Child } from "hono/jsx";
import type { Catalog, Locale } from "../../i18n";
import { Layout } from "../layout";

export function MessagePage(props: { catalog: Catalog; locale: Locale; title: string; body?: string; children?: Child }) {
  return (
    <Layout catalog={props.catalog} locale={props.locale} title={props.title}>
      <h1>{props.title}</h1>
      {props.body && <p>{props.body}</p>}
      {props.children}
      <p>
        <a class="usa-link" href="/">
          {props.catalog.pages.notFound.startLink}
        </a>
      </p>
    </Layout>
  );
}
