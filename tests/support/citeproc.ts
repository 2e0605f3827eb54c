// citeproc-js (npm `citeproc`, the CSL processor of Zotero and Mendeley) rendering our CSL-JSON
// in the official styles of citation-style-language/styles, with its locales; both are vendored
// unmodified under tests/fixtures/clients/csl/ (see the README there), so no test fetches them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { CslItem } from '../../src/lib/cite/csl.ts';

const require = createRequire(import.meta.url);
interface Engine {
  setOutputFormat(format: string): void;
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]];
  makeCitationCluster(cites: Array<{ id: string }>): string;
}
// citeproc is CommonJS, without types.
const CSL = require('citeproc') as {
  Engine: new (
    sys: { retrieveLocale: (lang: string) => string; retrieveItem: (id: string) => unknown },
    style: string,
    lang: string,
    forceLang: boolean,
  ) => Engine;
};

const DIR = resolve('tests/fixtures/clients/csl');

/** The styles the tests render with, and the locale each is rendered in. */
export const STYLES = {
  /** GB/T 7714-2015, 顺序编码制: what our cite panel's GB/T 7714 form is. */
  'gbt-numeric': { file: 'china-national-standard-gb-t-7714-2015-numeric.csl', lang: 'zh-CN' },
  /** GB/T 7714-2015, 著者-出版年制. */
  'gbt-author-date': { file: 'china-national-standard-gb-t-7714-2015-author-date.csl', lang: 'zh-CN' },
  /** APA 7th edition. */
  apa: { file: 'apa.csl', lang: 'en-US' },
} as const;
export type StyleName = keyof typeof STYLES;

const locale = (lang: string) => readFileSync(`${DIR}/locales/locales-${lang === 'zh-CN' ? 'zh-CN' : 'en-US'}.xml`, 'utf8');

/** One engine per style (building one reads and compiles the style: most of the time a render takes). */
const engines = new Map<StyleName, { engine: Engine; items: Map<string, CslItem> }>();
function engineOf(style: StyleName) {
  let e = engines.get(style);
  if (!e) {
    const { file, lang } = STYLES[style];
    const items = new Map<string, CslItem>();
    const engine = new CSL.Engine(
      { retrieveLocale: locale, retrieveItem: (id) => items.get(id) },
      readFileSync(`${DIR}/styles/${file}`, 'utf8'),
      lang,
      true,
    );
    engine.setOutputFormat('text');
    engines.set(style, (e = { engine, items }));
  }
  return e;
}

/**
 * One item as citeproc-js renders it in a style, alone in its bibliography: its entry and its
 * in-text citation, as plain text.
 */
export function render(item: CslItem, style: StyleName): { bibliography: string; citation: string } {
  const { engine, items } = engineOf(style);
  items.clear();
  items.set(item.id, item);
  engine.updateItems([item.id]);
  const [, entries] = engine.makeBibliography();
  if (entries.length !== 1) throw new Error(`citeproc gave ${entries.length} bibliography entries for ${item.id}`);
  return { bibliography: entries[0]!.trim(), citation: engine.makeCitationCluster([{ id: item.id }]) };
}
