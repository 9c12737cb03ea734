/**
 * @module
 * "New" before a step's title on a reopened result: the step was not in the
 * advice given on the day of the check (src/check/guidance/history.ts). A
 * word, so it is read out and printed, not a colour alone.
 */
export function NewMarker({
  label,
  lang,
}: {
  label: string /** When the marker's language is not the step's. */;
  lang?: string;
}) {
  return (
    <>
      <span class="step__new" lang={lang}>
        {label}
      </span>{" "}
    </>
  );
}
