// Content test: the collection's 108 documents (../shared/corpus) against the metadata table that
// came with them (index.tsv). Each item of content/ was written by `npm run ingest` from the text,
// cross-checked with the table; here every document's kind, title, date and 文号 are compared
// with the table's row, and each disagreement must be one listed below with its reason. The table
// was made by a script (its README: dates from the first date-only line, kinds from the title's
// last word, issuers sometimes guessed from the signature) and is wrong in places: where it is,
// the reason says so, and the text's reading stands.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readItems } from '../../src/lib/content/items.ts';
import { kindOfTitle } from '../../src/lib/ingest/kind-words.ts';
import { levelLookup } from '../../src/lib/search/actor-lookup.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';

const TABLE = resolve('../shared/corpus/index.tsv');

/** `id field`: why our reading differs from the table's, and who is right. */
const KNOWN: Record<string, string> = {
  'tiaoli-geshui-2018 docNumber':
    'Both are right: the text prints the order as 中华人民共和国国务院令 第707号, and we write what the text prints; the table took gov.cn’s 发文字号, the short form 国令第707号 (the page’s info table says so too, and ingest reports the difference).',
  'tiaoli-jiguan-jiceng-zuzhi-nd date':
    'The table is wrong: it says the text has no date, but the header under the title reads （2010年4月21日…审议批准 2010年6月4日中共中央发布 2019年11月29日中共中央政治局会议修订）, and the revision of 2019-11-29 is the date of the text reproduced.',
  'tongzhi-zhicheng-2010 title':
    'Ours keeps the spaces the title prints between its two issuers (绍兴市人事局   绍兴市教育局关于…), as a joint title is set; the table’s script dropped them. Only letter-spacing inside a word is removed from a title.',
};

describe('the collection against its metadata table', () => {
  it('finds the table beside the repository', () => {
    expect(existsSync(TABLE), `${TABLE}: the corpus's index.tsv, which CI checks out beside the repository`).toBe(true);
  });

  const [header, ...rows] = readFileSync(TABLE, 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
  const col = (name: string) => header!.indexOf(name);
  const items = new Map(readItems(PROJECT_CONTENT).map((i) => [i.meta.id, i.meta]));

  it('holds one item per row of the table, entered by ingest under the file’s name', () => {
    expect(rows).toHaveLength(108);
    for (const r of rows) expect(items.has(basename(r[col('file')]!, '.txt')), r[col('file')]).toBe(true);
  });

  it('is what `npm run ingest` writes today, with no hand edit: every item file and source equal to a fresh ingest of the corpus', () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-collection-'));
    try {
      const corpus = dirname(TABLE);
      // Each document as it was entered: its saved page where there is one, else its text.
      const files = rows.map((r) => join(corpus, r[col('html')] || r[col('file')]!));
      const run = spawnSync(process.execPath, ['scripts/ingest.ts', ...files, '--table', TABLE], {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: out },
      });
      expect(run.status, run.stderr).toBe(0);
      for (const r of rows) {
        const id = basename(r[col('file')]!, '.txt');
        expect(readFileSync(join(out, 'items', `${id}.yaml`), 'utf8'), id).toBe(readFileSync(join(PROJECT_CONTENT, 'items', `${id}.yaml`), 'utf8'));
        const source = basename(r[col('html')] || r[col('file')]!);
        expect(readFileSync(join(out, 'sources', source)).equals(readFileSync(join(PROJECT_CONTENT, 'sources', source))), source).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);

  it('names the publisher of each copy from gov.cn by its address: 中国政府网', () => {
    const fromGov = rows.filter((r) => r[col('url')]?.startsWith('http://www.gov.cn/'));
    expect(fromGov).toHaveLength(54);
    for (const r of fromGov) expect(items.get(basename(r[col('file')]!, '.txt'))!.publisher, r[col('file')]).toBe('中国政府网');
  });

  it('agrees with the table on kind, title, date and 文号, but where a reason is listed', () => {
    const found: string[] = [];
    for (const r of rows) {
      const id = basename(r[col('file')]!, '.txt');
      const meta = items.get(id)!;
      const kind = kindOfTitle(`某${r[col('kind')]}`)?.kind;
      const pairs: Array<[string, unknown, unknown]> = [
        ['kind', meta.kind, kind],
        ['title', meta.title, r[col('title')]],
        ['date', meta.date, r[col('date')] || undefined],
        ['docNumber', meta.docNumber, r[col('document_number')] || undefined],
      ];
      for (const [field, ours, table] of pairs)
        if (ours !== table) found.push(`${id} ${field}: ours ${JSON.stringify(ours)}, table ${JSON.stringify(table)}`);
    }
    const unexplained = found.filter((f) => !(f.slice(0, f.indexOf(':')) in KNOWN));
    expect(unexplained).toEqual([]);
    // Every listed reason is still needed.
    expect(Object.keys(KNOWN).filter((k) => !found.some((f) => f.startsWith(`${k}:`)))).toEqual([]);
  });
});

describe('the issuers of the collection in the actor registry', () => {
  const model = siteModel(PROJECT_CONTENT);
  const levels = levelLookup(model.actors);

  it('places every document at a level through its issuers, as the catalogue and the search filters show it', () => {
    const unplaced = model.corpus.documents.filter((d) => levels(d).length === 0).map((d) => `${d.id}: ${d.meta.issuers.join('、') || '(no issuer)'}`);
    // The 说明 is given by a person, who has no level: the catalogue lists it under 未定级.
    expect(unplaced).toEqual(['2025-shiwuwu-jianyi-shuoming: 习近平']);
    const of = (id: string) => levels(model.corpus.documents.find((d) => d.id === id)!);
    expect(of('2024-chanye-gongren')).toEqual(['中央']);
    expect(of('tongzhi-xiaofang-2018')).toEqual(['地方']);
    expect(of('tongzhi-zhengshu-2010')).toEqual(['地方']);
  });
});
