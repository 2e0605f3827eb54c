/**
 * A BibTeX entry in fields biblatex's data model defines for its type (biber --validate-datamodel
 * finds none invalid: tests/clients/biber.test.ts), plus year for classic BibTeX. Our citations are
 * @online (a web page: GB/T 7714's [EB/OL]): a document number is its `titleaddon` (@online has no
 * `number`), the publisher its `organization` (@online has no `howpublished`).
 */
export interface BibEntry {
  type: 'online';
  key: string;
  /** Field order is kept as given. */
  fields: ReadonlyArray<readonly [string, string | undefined]>;
}

/** Corporate authors in double braces, so BibTeX never splits 中共中央 into given and family names. */
export const bibAuthors = (names: readonly string[]) => names.map((n) => `{${escapeBib(n)}}`).join(' and ');

/** Escapes the characters LaTeX treats specially; braces are kept balanced by escaping them too. */
export function escapeBib(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));
}

export function formatBibtex(entry: BibEntry): string {
  const lines = entry.fields
    .filter((f): f is readonly [string, string] => f[1] !== undefined)
    .map(([name, value]) => `  ${name} = {${value}}`);
  return `@${entry.type}{${entry.key},\n${lines.join(',\n')}\n}`;
}
