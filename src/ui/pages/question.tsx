/** @module One question on its own page, with a Back link and the error summary when the answer was refused. */
import type { Option, Question } from "../../check/questionnaire";
import { questionWords } from "../../i18n";
import type { PageContext } from "../page-context";
import { ErrorSummary } from "../components/error-summary";
import { QuestionField } from "../components/question-field";
import { Layout } from "../layout";

export interface QuestionPageProps {
  readonly page: PageContext;
  readonly question: Question;
  readonly options: readonly Option[];
  readonly chosen: readonly string[];
  readonly backHref?: string;
  readonly action: string;
  readonly error?: string;
}

export function QuestionPage(props: QuestionPageProps) {
  const { page, question, error } = props;
  const { catalog } = page;
  const words = questionWords(catalog, question.id);
  const options: Readonly<Record<string, { label: string }>> = words.options;
  const emptyChoice = question.emptyChoice ? options[question.emptyChoice]?.label : "";
  return (
    <Layout page={page} title={words.title} hasError={Boolean(error)}>
      {props.backHref && (
        <a class="usa-link back-link" href={props.backHref}>
          {catalog.site.back}
        </a>
      )}
      <ErrorSummary catalog={catalog} errors={error ? [{ field: question.id, message: error }] : []} />
      <form class="usa-form usa-form--large" method="post" action={props.action} novalidate>
        <QuestionField
          question={question}
          words={words}
          options={props.options}
          chosen={props.chosen}
          error={error}
          emptyChoice={emptyChoice}
          errorPrefix={catalog.site.errorTitlePrefix}
          groupWords={catalog.pages.optionGroups}
        />
        <button class="usa-button" type="submit">
          {catalog.site.continue}
        </button>
      </form>
    </Layout>
  );
}
