/**
 * @module
 * Text whose codes read as one word: a reference (KX7P-4M2Q), a directive
 * (17-01) or a date (2024-09-29) never breaks at its hyphen, so nobody copies
 * or reads aloud half a code. Only upper-case letters and digits joined by
 * hyphens count as a code; ordinary hyphenated words still wrap.
 */
const CODE = /([A-Z0-9]*[0-9][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z0-9]+(?:-[A-Z0-9]*[0-9][A-Z0-9]*)+)/;

export function NoBreakCodes({ text }: { text: string }) {
  // split() with a capturing group puts the codes at the odd indexes.
  const parts = text.split(CODE);
  return <>{parts.map((part, index) => (index % 2 === 1 ? <span class="nowrap">{part}</span> : part))}</>;
}
