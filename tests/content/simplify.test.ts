// Content test: the 繁→简 tables the build cuts to the site's characters (/search/simplify.json)
// convert every sentence of the published texts, and every word of the thesaurus, written in
// traditional characters, exactly as OpenCC's full tables do; and a query with no character of
// the gate is one they would leave as it is.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { queryData, simplifyTables } from '../../src/lib/search/query-data.ts';
import { fullConverter } from '../../src/lib/search/simplify-tables.ts';
import { converterFrom, mayChange } from '../../src/lib/search/simplify.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';

const model = siteModel(PROJECT_CONTENT);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });

describe('the 繁→简 tables of this site', () => {
  it('convert the texts and the thesaurus, in traditional characters, as the full tables do', async () => {
    const [full, cut] = [await fullConverter(), await converterFrom(simplifyTables(model))];
    const texts = [
      ...model.corpus.entries.flatMap((e) => e.sentences.map((s) => s.text)),
      ...queryData(model).thesaurus.flatMap((c) => [...c.terms, ...c.reader]),
    ];
    const differ = texts.map(toTraditional).filter((t) => cut(t) !== full(t));
    expect(differ).toEqual([]);
  });

  it('are not fetched for a query in simplified characters', () => {
    const { gate } = queryData(model);
    for (const q of ['一函两书', '职业伤害保障', '工资集体协商', '高技能人才 评价', '劳动仲裁', '天平三号', '2035']) expect(mayChange(q, gate), q).toBe(false);
    for (const q of ['產業工人', '職業傷害保障', '外賣騎手']) expect(mayChange(q, gate), q).toBe(true);
  });
});
