/**
 * @module
 * Renders guidance text: a string is a paragraph, a list is bullet points.
 */
import type { Block } from "../../check/guidance";

export function Blocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block) =>
        typeof block === "string" ? (
          <p>{block}</p>
        ) : (
          <ul class="usa-list">
            {block.map((item) => (
              <li>{item}</li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
