// What comes with a text besides it: a metadata table (index.tsv) and a saved page. The table is
// read strictly (errors name file:line:col), found beside the files when none is given, and each
// row weighed against its text: what the text says is written, what only the table says fills
// the metadata, every disagreement is reported. A saved page is kept byte for byte and its text
// derived as the build derives it, its heading and info table weighed like a row; then the shared
// corpus, 108 texts with their table, in one call.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { filesOf, ingestFiles } from './batch.ts';
import { detect } from './detect.ts';
import { DATE, ISSUERS, settle, tableFacts } from './facts.ts';
import { planIngest } from './ingest.ts';
import { kindOfWord } from './kind-words.ts';
import { findTable, readTable, rowOf } from './sidecar.ts';

const dir = mkdtempSync(join(tmpdir(), 'ingest-sidecar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'file\ttitle\tkind\tissuer\tdate\tdocument_number\turl\tindex_number\ttopic\tchars\tcheck';
/** A municipal notice as a school site reposts it: no title line, the salutation first. */
const UNTITLED =
  '各区、县（市）教育局，市直各学校：\n现将有关事项通知如下。\n一、总体要求\n各校要高度重视。\n某某市教育局办公室\n2025年5月20日\n';
const TITLE = '某某市教育局办公室关于做好某某工作的通知';

/** A folder with texts and an index.tsv whose rows are `rows` (cells in HEADER's order). */
function folder(name: string, texts: Record<string, string>, rows: string[][]): string {
  const root = join(dir, name);
  mkdirSync(join(root, 'txt'), { recursive: true });
  for (const [file, text] of Object.entries(texts)) writeFileSync(join(root, 'txt', file), text);
  writeFileSync(join(root, 'index.tsv'), [HEADER, ...rows.map((r) => r.join('\t'))].join('\n') + '\n');
  return root;
}

describe('a metadata table', () => {
  it('is read by its first line, each row found by its file (or html) path relative to the table', () => {
    const root = folder('read', { 'a.txt': UNTITLED }, [
      ['txt/a.txt', TITLE, '通知', '某某市教育局', '2025-05-20', '', '', '', '', '', 'ok'],
    ]);
    const table = readTable(join(root, 'index.tsv'));
    expect(table.rows).toHaveLength(1);
    expect(rowOf(table, join(root, 'txt', 'a.txt'))?.line).toBe(2);
    expect(rowOf(table, join(root, 'txt', 'b.txt'))).toBeUndefined();
    expect(tableFacts(table, table.rows[0]!)).toMatchObject({
      source: 'index.tsv:2',
      title: { value: TITLE, origin: 'table', from: 'index.tsv:2:11 (title)' },
      kind: { value: 'notice', word: '通知' },
      issuers: { value: ['某某市教育局'] },
      date: { value: '2025-05-20' },
    });
  });

  it('refuses a table with a cell out of shape, naming file:line:col, and a file that is not a table', () => {
    const bad = folder('bad', {}, [['txt/a.txt', TITLE, '通知', '', '2025年5月20日']]);
    expect(() => readTable(join(bad, 'index.tsv'))).toThrow(/index\.tsv:2:36: date "2025年5月20日" is not a date written YYYY-MM-DD$/);
    const url = folder('bad-url', {}, [['txt/a.txt', TITLE, '', '', '', '', 'javascript:alert(1)']]);
    expect(() => readTable(join(url, 'index.tsv'))).toThrow(
      /index\.tsv:2:\d+: url "javascript:alert\(1\)" is not an http or https address$/,
    );
    const twice = folder('twice', {}, [
      ['txt/a.txt', TITLE],
      ['txt/a.txt', TITLE],
    ]);
    expect(() => readTable(join(twice, 'index.tsv'))).toThrow(/index\.tsv:3:1: txt\/a\.txt is already the file of line 2$/);
    writeFileSync(join(dir, 'notes.tsv'), 'name\tvalue\n');
    expect(() => readTable(join(dir, 'notes.tsv'))).toThrow(/notes\.tsv:1: not a metadata table/);
  });

  it('is found beside the files given or in the folder above them, only when its first line is a table’s', () => {
    const root = folder('found', { 'a.txt': UNTITLED }, []);
    expect(findTable([join(root, 'txt')])).toMatchObject({ path: join(root, 'txt', '..', 'index.tsv') });
    expect(findTable([join(root, 'txt', 'a.txt')])?.path).toBe(join(root, 'txt', '..', 'index.tsv'));
    writeFileSync(join(root, 'index.tsv'), 'something else\n');
    expect(findTable([join(root, 'txt')])).toBeNull();
  });
});

describe('weighing what the table says against the text', () => {
  it('writes the text’s value and reports a disagreement with both values; fills what the text does not say', () => {
    const date = settle(DATE, { value: '2004-04-27', from: 'signature, line 8' }, [{ value: '2004-04-17', from: 'the page' }]);
    expect(date).toMatchObject({ value: '2004-04-27', outside: false });
    expect(date.disagreements).toEqual([
      "disagreement on 成文日期 (date): the text (signature, line 8) says 2004-04-27, the page says 2004-04-17; wrote the text's, the evidence",
    ]);
    expect(settle(DATE, undefined, [undefined, { value: '2025-01-02', from: 'index.tsv:3:40 (date)' }])).toMatchObject({
      value: '2025-01-02',
      from: 'index.tsv:3:40 (date)',
      outside: true,
      disagreements: [],
    });
    // Issuers agree in any order, and when a table prints two bodies as one name.
    expect(ISSUERS.same(['甲局', '乙局'], ['乙局', '甲局'])).toBe(true);
    expect(ISSUERS.same(['绍兴市人事局', '绍兴市教育局'], ['绍兴市人事局绍兴市教育局'])).toBe(true);
  });

  it('gives a text that prints no title its title from the table, read as not printed (titleFrom), the parse reading no title', () => {
    expect(() => planIngest(UNTITLED, 'a.txt', {})).toThrow(
      /the text prints no title \(its first line, line 1, is "各区、县（市）教育局，市直各学校："\); give --title/,
    );
    const root = folder('untitled', { 'a.txt': UNTITLED }, [
      [
        'txt/a.txt',
        TITLE,
        '通知',
        '某某市教育局',
        '2025-05-20',
        '某教办〔2025〕3号',
        'https://example.org/a.html',
        'X/2025-1',
        '教育',
        '',
        'no title line in body; title taken from the page heading',
      ],
    ]);
    const table = readTable(join(root, 'index.tsv'));
    const p = planIngest(UNTITLED, 'a.txt', {}, [], { outside: [tableFacts(table, table.rows[0]!)] });
    expect(p.meta).toMatchObject({
      title: TITLE,
      titleFrom: 'page',
      begins: '各区、县（市）教育局，市直各学校：',
      issuers: ['某某市教育局办公室'],
      docNumber: '某教办〔2025〕3号',
      indexNumber: 'X/2025-1',
      topic: '教育',
      sourceUrl: 'https://example.org/a.html',
      date: '2025-05-20',
    });
    expect(p.root.children.map((c) => c.type)).toEqual(['salutation', 'preamble', 'part', 'signature']);
    expect(p.root.data.unprintedTitle).toEqual({ text: TITLE, from: 'page' });
    expect(p.report).toContain(`title: ${TITLE} (not printed in the text: from index.tsv:2:11 (title); written as titleFrom: page)`);
    expect(p.report).toContain('document number: 某教办〔2025〕3号 (index.tsv:2:53 (document_number); none read off the text)');
    expect(p.report).toContain(
      "  disagreement on 发文机关 (issuers): the text (the signature) says “某某市教育局办公室”, index.tsv:2:35 (issuer) says “某某市教育局”; wrote the text's, the evidence",
    );
    // --title does the same for one text; a title the text prints is not replaced by it.
    expect(planIngest(UNTITLED, 'a.txt', { title: TITLE }).meta).toMatchObject({ title: TITLE, titleFrom: 'given' });
    expect(() => planIngest(`某某局关于甲的通知\n${UNTITLED}`, 'b.txt', { title: TITLE })).toThrow(
      /--title is for a text that prints none/,
    );
  });

  it('finds a title printed with spaces between its characters by the title the table gives', () => {
    const text = '某某局关于棉粮挂钩\n几 个 问 题 的 通 知\n各单位：\n现通知如下。\n某某局\n2025年1月2日\n';
    expect(() => planIngest(text, 'c.txt', {})).toThrow(/does not say what kind of document it is/);
    const root = folder('spaced', { 'c.txt': text }, [['txt/c.txt', '某某局关于棉粮挂钩几个问题的通知', '通知']]);
    const table = readTable(join(root, 'index.tsv'));
    const p = planIngest(text, 'c.txt', {}, [], { outside: [tableFacts(table, table.rows[0]!)] });
    expect(p.meta).toMatchObject({ title: '某某局关于棉粮挂钩几个问题的通知', kind: 'notice', begins: '某某局关于棉粮挂钩' });
    expect(p.meta).not.toHaveProperty('titleFrom');
    expect(p.report[1]).toBe('title: 某某局关于棉粮挂钩几个问题的通知 (lines 1–2, printed over 2 lines, found by index.tsv:2:11 (title))');
  });
});

describe('what detection reads of a reposted text', () => {
  const linesOf = (text: string) => text.split('\n').flatMap((raw, i) => (raw.trim() ? [{ text: raw.trim(), line: i + 1 }] : []));

  it('takes no title-shaped line below the salutation for the title, nor a document number the text cites there', () => {
    const forwarding =
      '各区、县（市）教育局：\n现将《关于某某问题的通报》转发给你们。\n附件：《关于某某问题的通报》（某纪发〔2016〕24号）\n某某局办公室\n2016年7月26日\n关于某某问题的通报\n正文。\n';
    const found = detect(linesOf(forwarding));
    expect([found.title, found.titleFrom, found.docNumber, found.furniture]).toEqual([null, null, null, []]);
    expect(detect(linesOf(forwarding), [TITLE])).toMatchObject({ title: TITLE, titleFrom: 'known', titleLines: [], issuers: [] });
  });

  it('reads a bracketed editor line at the end as the site’s credit, as it does a source line', () => {
    const found = detect(linesOf('某某条例\n第一条 为了某某，制定本条例。\n(责编：王某、李某)\n'));
    expect(found.furniture).toEqual([{ role: 'credit', text: '(责编：王某、李某)', line: 3 }]);
    expect(found.publisher).toBeNull();
  });

  it('maps a table’s kind words to the kinds, and says nothing of a word that names none', () => {
    expect([kindOfWord('通知'), kindOfWord('指导意见'), kindOfWord('复函'), kindOfWord('答复'), kindOfWord('纪要')]).toEqual([
      'notice',
      'opinion',
      'letter',
      'answer',
      null,
    ]);
  });
});

describe('a saved page', () => {
  const PAGE = `<html><head><title>转发：某某市教育局关于做好某某工作的通知-某某中学</title></head><body>
<h1 class="logo">某某中学</h1><h2 class="title">转发：某某市教育局关于做好某某工作的通知</h2>
<div class="conTxt">
<p>各学校：&nbsp;</p>
<p>现将有关事项通知如下。</p>
<p>一、总体要求</p>
<p>要落实&ldquo;三个到位。</p>
<p>某某市教育局</p><p>2025年5月20日</p>
</div><!--endprint--><div class="next">下一篇：另一则通知</div></body></html>
`;

  it('is kept byte for byte, its text derived from its body; its heading gives the title, without the site’s 转发：', () => {
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    const fixed = PAGE.replace('&ldquo;三个到位', '&ldquo;三个到位&rdquo;');
    writeFileSync(join(pages, 'Tongzhi_2025.html'), fixed);
    const content = join(dir, 'content-pages');
    const results = ingestFiles(filesOf([pages]).files, {}, content);
    expect(results.map((r) => [r.id, r.status, r.problem])).toEqual([['tongzhi-2025', 'written', undefined]]);
    expect(results[0]!.report.slice(0, 3)).toEqual([
      "text: derived from the page's <div class=\"conTxt\"> to <!--endprint-->, 6 lines (the line numbers below are the text's; errors name the page's)",
      'outside the text: the page',
      'title: 某某市教育局关于做好某某工作的通知 (not printed in the text: from the page\'s heading <h2 class="title"> (line 2), without the site\'s 转发：; written as titleFrom: page)',
    ]);
    expect(readFileSync(join(content, 'sources', 'Tongzhi_2025.html'), 'utf8')).toBe(fixed);
    // The build reads what ingest wrote: the page's text derived again, the same way.
    const [item] = readItems(content);
    expect(item!.meta).toMatchObject({ source: 'Tongzhi_2025.html', titleFrom: 'page', issuers: ['某某市教育局'], date: '2025-05-20' });
    expect(item!.root.children.map((c) => c.type)).toEqual(['salutation', 'preamble', 'part', 'signature']);
  });

  it('names a problem of its text at its place in the page, file:line:col, when ingested and when built', () => {
    const page = join(dir, 'broken.html');
    writeFileSync(page, PAGE.replace('一、总体要求', '二、总体要求'));
    const [result] = ingestFiles([page], {}, join(dir, 'content-broken'));
    // 二、 opens line 3 of the text at column 1; in the page it is on line 6, column 4.
    expect(result!.problem).toMatch(/content\/sources\/broken\.html:6:4: part numbering has a gap: expected number 1, found 二、/);
    const content = join(dir, 'content-broken-build');
    mkdirSync(join(content, 'sources'), { recursive: true });
    mkdirSync(join(content, 'items'));
    writeFileSync(join(content, 'sources', 'broken.html'), PAGE.replace('一、总体要求', '二、总体要求'));
    writeFileSync(
      join(content, 'items', 'broken.yaml'),
      'id: broken\nkind: notice\nsource: broken.html\nbegins: 各学校\ntitle: 某某市教育局关于做好某某工作的通知\ntitleFrom: page\nissuers: [某某市教育局]\n',
    );
    expect(() => readItems(content, dir)).toThrow(/^content-broken-build\/sources\/broken\.html:6:4: part numbering has a gap/);
  });
});

// ../shared/corpus sits beside the checkout on our machines and in CI; elsewhere this shows as skipped.
const corpus = resolve('../shared/corpus');
describe.runIf(existsSync(join(corpus, 'index.tsv')))('the shared corpus with its table, in one call', { timeout: 120_000 }, () => {
  it('writes every text whose only want was its title, and refuses only texts the parser cannot read', () => {
    const content = join(dir, 'corpus');
    const table = readTable(join(corpus, 'index.tsv'));
    const results = ingestFiles(filesOf([join(corpus, 'txt')]).files, {}, content, table);
    expect(results).toHaveLength(108);
    const refused = results.filter((r) => r.status !== 'written');
    expect(refused.every((r) => r.status === 'refused' && r.problem!.startsWith('the text does not parse'))).toBe(true);
    expect(refused.length).toBeLessThanOrEqual(11);
    // Every text the table says prints no title was written, its title marked as taken from the page.
    const untitled = table.rows.filter((r) => /no title/u.test(r.cells.check ?? '')).map((r) => r.cells.file!.replace(/^txt\//u, ''));
    const written = new Map(results.filter((r) => r.status === 'written').map((r) => [r.plan!.sourceName, r.plan!.meta]));
    for (const name of untitled) if (written.has(name)) expect(written.get(name)!.titleFrom, name).toBe('page');
    expect(untitled.filter((n) => written.has(n)).length).toBeGreaterThanOrEqual(17);
    expect(readdirSync(join(content, 'items'))).toHaveLength(written.size);
  });
});

describe('npm run ingest with a table', { timeout: 60_000 }, () => {
  it('reads an index.tsv found above the folder given, and says so', () => {
    const root = folder('cli', { 'a.txt': UNTITLED }, [['txt/a.txt', TITLE, '通知']]);
    const run = spawnSync(process.execPath, ['scripts/ingest.ts', join(root, 'txt')], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(root, 'content') },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /^metadata table: .*index\.tsv, 1 rows \(found in the folder above txt\/, where the files given are; --table names another, --no-table reads none\)/,
    );
    const none = spawnSync(process.execPath, ['scripts/ingest.ts', join(root, 'txt'), '--no-table'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(root, 'content-none') },
    });
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/the text prints no title/);
  });
});
