// Ingest on the shape fixtures' sources (tests/fixtures/shapes/<shape>/sources/*.txt as input):
// what it prints and the metadata it writes are pinned in tests/fixtures/shapes/<shape>/ingest.txt
// (UPDATE_SHAPES=1 rewrites them); writing refuses to reuse an id or replace a source. Then what
// detection reads off titles, heads and signatures, and `npm run ingest` as a command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { DOCUMENT_KINDS, ItemKind, ItemMeta } from '../schema/item-meta.ts';
import { KIND_NAMES, KINDS, isLegislativeKind } from '../schema/kind-names.ts';
import { filesOf, ingestFiles, summaryTable } from './batch.ts';
import { detect, withoutLetterSpacing } from './detect.ts';
import { IngestError, actorCandidatesReport, planIngest, registryAliases, writeIngest } from './ingest.ts';
import { issuersIn } from './issuers.ts';
import { kindOfTitle } from './kind-words.ts';
import { tableFacts } from './facts.ts';
import { readTable, rowOf } from './sidecar.ts';

const SHAPES = 'tests/fixtures/shapes';
const shapes = readdirSync(SHAPES).filter((name) => existsSync(join(SHAPES, name, 'sources')));
const sourceOf = (shape: string) => {
  const name = readdirSync(join(SHAPES, shape, 'sources'))[0]!;
  return { name, bytes: readFileSync(join(SHAPES, shape, 'sources', name)) };
};
/** A shape's metadata table (its index.tsv), read as `npm run ingest` reads one, and its row for the shape's source. */
const tableOf = (shape: string) => {
  const path = join(SHAPES, shape, 'index.tsv');
  if (!existsSync(path)) return [];
  const table = readTable(path);
  const row = rowOf(table, join(SHAPES, shape, 'sources', sourceOf(shape).name));
  return row ? [tableFacts(table, row)] : [];
};
const plan = (shape: string) => {
  const { name, bytes } = sourceOf(shape);
  const options = { id: `ingested-${shape}`, published: '2025-06-01', publisher: '示例出版者' };
  return planIngest(bytes.toString('utf8'), name, options, [], { outside: tableOf(shape) });
};

describe.each(shapes)('ingest of the %s source', (shape) => {
  it('prints what it found and writes the metadata its ingest.txt pins', () => {
    const p = plan(shape);
    const printed = `${p.report.join('\n')}\n---\n${p.yaml}`;
    const expected = join(SHAPES, shape, 'ingest.txt');
    if (process.env.UPDATE_SHAPES || !existsSync(expected)) writeFileSync(expected, printed);
    expect(printed).toBe(readFileSync(expected, 'utf8'));
  });
});

describe('what ingest detects', () => {
  it('takes the title line, the wrapper and credit lines as furniture, the issuers from the wrapper, the date from the history', () => {
    const p = plan('regulation');
    expect(p.meta).toMatchObject({
      title: '某某管理条例',
      kind: 'regulation',
      issuers: ['某某委员会'],
      date: '2025-04-05',
    });
    expect(p.meta.furniture.map((f) => f.role)).toEqual(['wrapper', 'wrapper', 'credit']);
    expect(p.report).toContain(
      'structure: no preamble, 2 chapters, 4 articles, 6 paragraphs (款), 3 items (项), no closing, 0 attachments (17 lines)',
    );
  });

  it('writes down where it decided the closing begins, and the byline as issuer of a speech', () => {
    expect(plan('proposal').meta.closing).toBe('办好发展的事，关键在党。');
    const explanation = plan('explanation');
    expect(explanation.meta).toMatchObject({ kind: 'explanation', issuers: ['张某某'] });
    expect(explanation.meta.closing?.toString().startsWith('同志们，')).toBe(true);
  });

  it('writes a text without a date undated, and asks for --kind when the title does not say', () => {
    const { name, bytes } = sourceOf('explanation');
    expect(planIngest(bytes.toString('utf8'), name, { publisher: 'x' }).meta.published).toBeUndefined();
    expect(() => planIngest('一份没有类型的文本\n正文。\n', 'x.txt', { publisher: 'x', published: '2025-01-01' })).toThrow(/--kind/);
  });

  describe('writing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('copies the source byte for byte and writes a file the build reads; never replaces either', () => {
      const p = plan('regulation');
      const { bytes } = sourceOf('regulation');
      writeIngest(p, bytes, dir);
      expect(readFileSync(join(dir, 'sources', p.sourceName)).equals(bytes)).toBe(true);
      expect(readItems(dir).map((i) => i.meta)).toEqual([p.meta]);
      expect(() => writeIngest(p, bytes, dir)).toThrow(IngestError);
      expect(() => writeIngest({ ...p, id: 'another-id' }, Buffer.from('其他'), dir)).toThrow(/never replaced/);
    });
  });
});

describe('the actor candidates ingest prints', () => {
  const text = [
    '某某委员会关于某某工作的意见',
    '（2025年1月2日）',
    '一、总体要求',
    '（一）加强领导。金融机构要支持科研机构。高等学校要配合，金融机构要参与。企业要落实。',
    '（二）强化保障。科研机构要开放，金融机构要服务。',
  ].join('\n');
  const root = planIngest(text, 'candidates.txt', { id: 'candidates', published: '2025-06-01', publisher: '示例出版者' }).root;

  it('lists the actor-like strings no alias covers, most frequent first, with their counts', () => {
    expect(actorCandidatesReport(root, ['企业'])).toBe('actor candidates (not in the registry, 3): 金融机构 ×3, 科研机构 ×2, 高等学校 ×1');
  });

  it('shows the top ones of a longer list and says how many there are', () => {
    expect(actorCandidatesReport(root, ['企业'], 2)).toBe('actor candidates (not in the registry, top 2 of 3): 金融机构 ×3, 科研机构 ×2');
  });

  it('leaves out what the registry names and says so when nothing is left', () => {
    expect(actorCandidatesReport(root, ['企业', '金融机构', '科研机构', '高等学校'])).toBe('actor candidates (not in the registry): none');
  });
});

describe('the registry aliases ingest compares with', () => {
  it('are every alias of the registry, and none without one', () => {
    const aliases = registryAliases('tests/fixtures/corpus');
    expect(aliases.length).toBeGreaterThan(0);
    expect(new Set(aliases).size).toBe(aliases.length);
    const empty = mkdtempSync(join(tmpdir(), 'ingest-aliases-'));
    try {
      expect(registryAliases(empty)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

/** The non-blank lines of a text, as ingest hands them to detect. */
const linesOf = (text: string) => text.split('\n').flatMap((raw, i) => (raw.trim() ? [{ text: raw.trim(), line: i + 1 }] : []));
const detected = (text: string) => detect(linesOf(text));

describe('the kinds of document', () => {
  it('keep the published ids and add the new ones, every kind but news and photo a document', () => {
    for (const id of ['opinion', 'proposal', 'plan', 'regulation', 'explanation', 'news', 'photo']) expect(ItemKind.options).toContain(id);
    expect(DOCUMENT_KINDS).toHaveLength(23);
    expect(DOCUMENT_KINDS).not.toContain('news');
    expect(ItemKind.options.every((k) => /^[a-z]+(?:-[a-z]+)*$/.test(k))).toBe(true);
  });

  it('each have a Chinese name, a legislative flag and an Akoma Ntoso element, in one table', () => {
    expect(Object.keys(KINDS).sort()).toEqual([...ItemKind.options].sort());
    expect(KIND_NAMES).toMatchObject({ notice: '通知', law: '法律', 'detailed-rules': '细则', letter: '函', opinion: '意见' });
    const acts = ItemKind.options.filter((k) => KINDS[k].act).sort();
    expect(acts).toEqual(['charter', 'code', 'detailed-rules', 'law', 'measures', 'provisions', 'regulation', 'rules']);
    expect(KINDS.notice.act).toBeUndefined();
    const legislative = ItemKind.options.filter(isLegislativeKind);
    for (const k of ['opinion', 'proposal', 'plan', 'regulation', 'law', 'decision', 'scheme', 'notice', 'measures'] as const)
      expect(legislative).toContain(k);
    for (const k of ['explanation', 'speech', 'report', 'communique', 'reply', 'letter', 'answer', 'circular', 'news'] as const)
      expect(legislative).not.toContain(k);
  });

  it.each([
    ['中共中央 国务院关于深化产业工人队伍建设改革的意见', 'opinion', '意见'],
    ['国务院关于加快发展某某产业的指导意见', 'opinion', '指导意见'],
    ['某某委员会关于制定某某发展规划的建议', 'proposal', '建议'],
    ['某某产业发展规划', 'plan', '规划'],
    ['国家中长期教育改革和发展规划纲要', 'plan', '规划纲要'],
    ['某某三年行动计划', 'plan', '行动计划'],
    ['党政机关厉行节约反对浪费条例', 'regulation', '条例'],
    ['关于《某某建议》的说明', 'explanation', '说明'],
    ['国务院关于做好某某工作的通知', 'notice', '通知'],
    ['国务院关于印发《某某规划》的通知', 'notice', '通知'],
    ['国务院办公厅关于做好某某工作的紧急通知', 'notice', '紧急通知'],
    ['某某局关于某某天气的预警通知', 'notice', '预警通知'],
    ['关于召开某某会议的预通知', 'notice', '预通知'],
    ['全国人民代表大会常务委员会关于修改某某法的决定', 'decision', '决定'],
    ['中国共产党第二十届中央委员会第三次全体会议关于某某的决议', 'resolution', '决议'],
    ['中国共产党第二十届中央委员会第三次全体会议公报', 'communique', '公报'],
    ['某某工作若干规定', 'provisions', '若干规定'],
    ['某某管理办法', 'measures', '办法'],
    ['某某条例实施细则', 'detailed-rules', '实施细则'],
    ['国务院工作规则', 'rules', '规则'],
    ['中国共产党廉洁自律准则', 'code', '准则'],
    ['中华人民共和国某某法', 'law', '法'],
    ['中华人民共和国民法典', 'law', '法典'],
    ['某某部关于推进某某服务试点的工作方案', 'scheme', '工作方案'],
    ['某某改革实施方案', 'scheme', '实施方案'],
    ['在某某工作会议上的讲话', 'speech', '讲话'],
    ['政府工作报告', 'report', '报告'],
    ['国务院关于同意设立某某新区的批复', 'reply', '批复'],
    ['某某部关于某某问题的复函', 'letter', '复函'],
    ['某某部关于商请支持某某工作的函', 'letter', '函'],
    ['对十四届全国人大二次会议第1234号建议的答复', 'answer', '答复'],
    ['国务院办公厅关于某某督查情况的通报', 'circular', '通报'],
    ['中国共产党章程', 'charter', '章程'],
    ['某某管理办法（试行）', 'measures', '办法'],
    ['某某规定（征求意见稿）', 'provisions', '规定'],
  ])('%s is %s (%s)', (title, kind, word) => {
    expect(kindOfTitle(title)).toEqual({ kind, word });
  });

  it.each(['关于改进工作方法', '一份没有类型的文本', '某某的做法'])('%s names no kind', (title) => {
    expect(kindOfTitle(title)).toBeNull();
  });
});

describe('titles, numbers and issuers', () => {
  it('joins a title printed over two lines, begins with its first line, and takes the number under it', () => {
    const d = detected('国务院关于印发\n清理规范投资项目报建审批事项实施方案的通知\n国发〔2016〕29号\n各省、自治区、直辖市人民政府：\n');
    expect(d).toMatchObject({
      title: '国务院关于印发清理规范投资项目报建审批事项实施方案的通知',
      begins: '国务院关于印发',
      kind: 'notice',
      docNumber: '国发〔2016〕29号',
      issuers: ['国务院'],
    });
    expect(d.titleLines.map((l) => l.line)).toEqual([1, 2]);
  });

  it('joins issuers printed above 关于…, a law cut after 中华人民共和国, and a status line under the title', () => {
    expect(detected('中共中央办公厅 国务院办公厅\n关于加强某某工作的意见\n（2024年1月2日）').title).toBe(
      '中共中央办公厅 国务院办公厅关于加强某某工作的意见',
    );
    expect(detected('中华人民共和国\n某某法\n第一章　总则').title).toBe('中华人民共和国某某法');
    expect(detected('某某管理办法\n（征求意见稿）\n第一条　为了规范某某，制定本办法。')).toMatchObject({
      title: '某某管理办法（征求意见稿）',
      status: '征求意见稿',
      kind: 'measures',
      begins: '某某管理办法',
    });
  });

  it('does not join a masthead to the title under it, and keeps the masthead as furniture', () => {
    const d = detected('国务院文件\n国务院关于某某工作的通知\n国发〔2019〕4号\n各省人民政府：');
    expect(d.title).toBe('国务院关于某某工作的通知');
    expect(d.furniture).toEqual([{ role: 'wrapper', text: '国务院文件', line: 1 }]);
  });

  it('reads the status of a title on one line', () => {
    expect(detected('某某管理办法（试行）\n第一条　为了规范某某，制定本办法。')).toMatchObject({ status: '试行', kind: 'measures' });
    expect(detected('某某条例（2023年修订）\n第一条　为了规范某某，制定本条例。').status).toBe('2023年修订');
  });

  it.each([
    ['国发〔2019〕4号', '国发〔2019〕4号'],
    ['国办发〔2018〕118号', '国办发〔2018〕118号'],
    ['绍市教〔2018〕81 号', '绍市教〔2018〕81 号'],
    ['国令第706号', '国令第706号'],
    ['国办发明电〔2018〕15号', '国办发明电〔2018〕15号'],
    ['（国办发〔2018〕118号）', '国办发〔2018〕118号'],
  ])('reads the document number %s as printed', (line, number) => {
    const d = detected(`国务院办公厅关于做好某某工作的通知\n${line}\n各省人民政府：`);
    expect(d).toMatchObject({ docNumber: number, docNumberFrom: 'line' });
  });

  it('reads a document number printed above the title with it, not as furniture', () => {
    const d = detected('绍市人〔2009〕82号\n绍兴市人事局关于某某工作的通知\n各区、县（市）人事局：');
    expect(d).toMatchObject({ docNumber: '绍市人〔2009〕82号', title: '绍兴市人事局关于某某工作的通知', furniture: [] });
  });

  it.each([
    ['国务院办公厅、中央军委办公厅', ['国务院办公厅', '中央军委办公厅']],
    ['中共中央 国务院', ['中共中央', '国务院']],
    ['绍兴市人事局绍兴市教育局', ['绍兴市人事局', '绍兴市教育局']],
    ['中共中央国务院', ['中共中央', '国务院']],
    ['教育部财政部', ['教育部', '财政部']],
    ['国务院办公厅', ['国务院办公厅']],
    ['中共中央宣传部', ['中共中央宣传部']],
    ['中共绍兴市委教育工作委员会   绍兴市教育局', ['中共绍兴市委教育工作委员会', '绍兴市教育局']],
    ['中共绍兴市委绍兴市人民政府', ['中共绍兴市委', '绍兴市人民政府']],
    ['国家发展改革委', ['国家发展改革委']],
    ['全国人民代表大会常务委员会', ['全国人民代表大会常务委员会']],
    ['某某委员会', ['某某委员会']],
  ])('reads the issuers %s as %j', (text, issuers) => {
    expect(issuersIn(text)).toEqual(issuers);
  });

  it('reads issuers from the title, the signature when the title names none, and an order', () => {
    expect(detected('国务院办公厅转发国家发展改革委关于某某意见的通知\n各省人民政府：').issuers).toEqual(['国务院办公厅']);
    // The signature is the parser's (the one reader of it); ingest takes its issuers and date.
    const signed = planIngest(
      '关于做好某某工作的通知\n各区教育局：\n现将有关事项通知如下。\n绍兴市人事局　　绍兴市教育局\n二〇一八年六月一日\n',
      'signed.txt',
      { id: 'signed' },
    );
    expect(signed.meta).toMatchObject({ issuers: ['绍兴市人事局', '绍兴市教育局'], date: '2018-06-01' });
    expect(signed.report).toContain('issuers: 绍兴市人事局 绍兴市教育局 (from the signature)');
    const order = detected(ORDER);
    expect(order).toMatchObject({
      issuers: ['国务院'],
      issuersFrom: 'order',
      title: '某某管理条例',
      docNumber: '中华人民共和国国务院令 第706号',
      order: { issuer: '国务院', date: '2019-01-02', adopted: '2018-12-05' },
      effective: { date: '2019-03-01', line: 8 },
    });
    expect(order.furniture.map((f) => f.line)).toEqual([1, 2, 3, 4, 5]);
    expect(detected(PRESIDENT_ORDER).issuers).toEqual(['全国人民代表大会常务委员会']);
  });
});

const ORDER = `中华人民共和国国务院令
第706号
《某某管理条例》已经2018年12月5日国务院第33次常务会议通过，现予公布，自2019年3月1日起施行。
总理　李克强
2019年1月2日
某某管理条例
第一条　为了规范某某，制定本条例。
第二条　本条例自2019年3月1日起施行。`;

const PRESIDENT_ORDER = `中华人民共和国主席令
第二十四号
《中华人民共和国某某法》已由中华人民共和国第十三届全国人民代表大会常务委员会第七次会议于2018年12月29日通过，现予公布，自2019年1月1日起施行。
中华人民共和国主席　习近平
2018年12月29日
中华人民共和国某某法
第一章　总则
第一条　为了规范某某工作，制定本法。`;

const NOTICE = `国务院办公厅
关于做好某某工作的通知
国办发〔2019〕4号
各省、自治区、直辖市人民政府：
一、总体要求
（一）指导思想。坚持以人民为中心。
国务院办公厅
二〇一九年一月二日
`;

const LAW = `中华人民共和国某某法
（1994年7月5日第八届全国人民代表大会常务委员会第八次会议通过　根据2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正　2018年12月29日第十三届全国人民代表大会常务委员会第七次会议第二次修正）
第一章　总则
第一条　为了规范某某工作，制定本法。
第二条　本法自1995年1月1日起施行。
`;

describe('the dates and metadata ingest writes', () => {
  it('dates a notice by its signature, publishes it that day, and wants no publisher', () => {
    const p = planIngest(NOTICE, 'tongzhi.txt', {});
    expect(p.meta).toMatchObject({ kind: 'notice', date: '2019-01-02', published: '2019-01-02', docNumber: '国办发〔2019〕4号' });
    expect(p.meta.publisher).toBeUndefined();
    expect(p.report).toContain('date: 2019-01-02 (signature, line 7)');
    expect(p.report).toContain('publisher: none (no "（来源：…）" line; --publisher names one)');
    expect(p.yaml).not.toMatch(/publisher/);
  });

  it('begins with the title and its second line when the first also signs the text, line break as printed', () => {
    const p = planIngest(NOTICE, 'tongzhi.txt', {});
    expect(p.meta.begins).toBe('国务院办公厅\n关于做好某某工作的通知');
    expect(p.meta.title).toBe('国务院办公厅关于做好某某工作的通知');
    expect(p.report[1]).toBe(
      "begins: 国务院办公厅 / 关于做好某某工作的通知 (the title's first line, and its second: the first alone also opens another line)",
    );
    expect(detected(NOTICE.replaceAll('\n', '\r\n')).title).toBe('国务院办公厅关于做好某某工作的通知');
  });

  it('reads adoption, revisions and the day a law takes effect off its adoption note and last article', () => {
    const p = planIngest(LAW, 'fa.txt', { published: '2019-01-05' });
    expect(p.meta).toMatchObject({
      kind: 'law',
      date: '2018-12-29',
      adopted: '1994-07-05',
      revised: ['2009-08-27', '2018-12-29'],
      effective: '1995-01-01',
      published: '2019-01-05',
      issuers: ['全国人民代表大会常务委员会'],
      shortTitle: '《某某法》',
    });
    expect(p.report).toContain('effective: 1995-01-01 (line 5: 自1995年1月1日起施行)');
  });

  it('takes effect on publication: the order says the day', () => {
    const text = ORDER.replace('第二条　本条例自2019年3月1日起施行。', '第二条　本条例自公布之日起施行。').replace(
      '自2019年3月1日起施行。',
      '自公布之日起施行。',
    );
    const d = detected(text);
    expect(d.effective).toMatchObject({ date: null, on: '公布' });
  });

  it('keeps the status apart, and the title as printed', () => {
    const p = planIngest('某某管理办法（试行）\n（2024年1月2日）\n一、总体要求\n（一）指导思想。坚持以人民为中心。\n', 'banfa.txt', {});
    expect(p.meta).toMatchObject({ title: '某某管理办法（试行）', status: '试行', kind: 'measures' });
    // A kind word alone would name every 办法 of a collection: no short title is written.
    expect(p.meta).not.toHaveProperty('shortTitle');
  });

  it('writes a text without a date undated, saying so, unless --published gives the date of its copy', () => {
    const text = '关于某某工作的通知\n各单位：\n现将有关事项通知如下。\n';
    const undated = planIngest(text, 'x.txt', {});
    expect(undated.meta).not.toHaveProperty('published');
    expect(undated.meta).not.toHaveProperty('date');
    expect(undated.yaml).not.toMatch(/published|date/);
    expect(undated.report).toContain('date: none in the text');
    expect(undated.report).toContain(
      'published: none (the text carries no date: it is shown as undated; --published gives the date of the copy)',
    );
    expect(planIngest(text, 'x.txt', { published: '2025-01-01' }).meta.published).toBe('2025-01-01');
  });

  it('the schema takes a document without a publisher, but not news', () => {
    const base = { id: 'x', source: 'x.txt', begins: '某某', title: '某某', published: '2025-03-06' };
    expect(ItemMeta.safeParse({ ...base, kind: 'notice' }).success).toBe(true);
    const news = ItemMeta.safeParse({ ...base, kind: 'news' });
    expect(news.success).toBe(false);
    expect(news.error?.issues[0]?.message).toMatch(/needs its publisher/);
  });
});

describe('several files in one call', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-batch-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each file that passes, refuses the others with what they need, and says so in the summary', () => {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'a-tongzhi.txt'), NOTICE);
    writeFileSync(join(inputs, 'b-wuleixing.txt'), '一份没有类型的文本\n正文。\n');
    writeFileSync(join(inputs, 'notes.md'), 'not a source');
    const content = join(dir, 'content');
    const { files, refused } = filesOf([inputs, join(dir, 'missing.txt')]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['in/a-tongzhi.txt', 'in/b-wuleixing.txt', 'missing.txt']);
    expect(refused).toEqual([]);
    const results = ingestFiles(files, {}, content);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['a-tongzhi', 'written'],
      ['b-wuleixing', 'refused'],
      ['missing', 'refused'],
    ]);
    expect(results[1]!.problem).toMatch(/does not say what kind of document it is .*give --kind$/);
    expect(readdirSync(join(content, 'items'))).toEqual(['a-tongzhi.yaml']);
    expect(readdirSync(join(content, 'sources'))).toEqual(['a-tongzhi.txt']);
    // What it wrote builds: the begins over two lines finds the item, the title over two lines reads as one.
    expect(readItems(content).map((i) => [i.meta.id, i.meta.begins])).toEqual([['a-tongzhi', '国务院办公厅\n关于做好某某工作的通知']]);
    const table = summaryTable(results);
    expect(table[0]).toMatch(/^file +id +kind +title +date +文号 +units +anomalies$/);
    expect(table[1]).toMatch(/a-tongzhi\.txt +a-tongzhi +notice +国务院办公厅关于做好某某工作… +2019-01-02 +国办发〔2019〕4号 +1 +0$/);
    expect(table[2]).toMatch(/b-wuleixing +— +\(refused: the title /);
    expect(table.at(-1)).toBe('3 files: 1 written, 2 refused');
  });

  it('refuses a file that is not UTF-8 or has no text, and a folder without a .txt or .html file, each with its reason', () => {
    const odd = join(dir, 'odd');
    mkdirSync(join(odd, 'empty'), { recursive: true });
    writeFileSync(join(odd, 'gbk.txt'), Buffer.from([0xb9, 0xd8, 0xd3, 0xda, 0x0a]));
    writeFileSync(join(odd, 'blank.txt'), '\n\n');
    const { files, refused } = filesOf([join(odd, 'gbk.txt'), join(odd, 'blank.txt'), join(odd, 'empty')]);
    expect(refused.map((r) => [r.path, r.problem])).toEqual([[join(odd, 'empty'), 'the folder holds no .txt or .html file']]);
    const results = ingestFiles(files, {}, join(dir, 'content-odd'));
    expect(results.map((r) => r.status)).toEqual(['refused', 'refused']);
    expect(results[0]!.problem).toMatch(/gbk\.txt:1: not valid UTF-8 \(byte 0 is 0xb9\); save the file as UTF-8$/);
    expect(results[1]!.problem).toBe('the file has no text');
    expect(existsSync(join(dir, 'content-odd', 'items'))).toBe(false);
  });

  it('links an explanation to the document it explains when both come in one call, in either order', () => {
    const inputs = join(dir, 'pair');
    mkdirSync(inputs);
    writeFileSync(
      join(inputs, 'a-shuoming.txt'),
      '关于《某某委员会关于某某的建议》的说明\n张某某\n同志们：\n一、起草过程\n第一，关于目标。目标要合理。\n',
    );
    writeFileSync(
      join(inputs, 'b-jianyi.txt'),
      '某某委员会关于某某的建议\n（2025年3月5日某某委员会第二次全体会议通过）\n一、发展环境\n（1）成就显著。经济增长。\n',
    );
    const results = ingestFiles(filesOf([inputs]).files, { published: '2025-06-01' }, join(dir, 'content2'));
    expect(results.map((r) => r.status)).toEqual(['written', 'written']);
    expect(results[0]!.plan!.meta.explains).toBe('b-jianyi');
  });
});

describe('npm run ingest', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/ingest.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: join(dir, 'content') },
    });

  it('prints its usage for --help, and the usage with exit code 2 for an unknown option or no file', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: npm run ingest -- <file\.txt\|page\.html\|folder>\.\.\. \[options\]/);
    expect(help.stdout).toContain('detailed-rules 细则');
    expect(help.stderr).toBe('');
    const unknown = run('--bogus');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^ingest: Unknown option '--bogus'\n\nusage:/);
    expect(run().status).toBe(2);
  });

  it('ingests two files, prints each report and the summary, and exits 1 when one was refused', () => {
    writeFileSync(join(dir, 'tongzhi.txt'), NOTICE);
    writeFileSync(join(dir, 'fa.txt'), LAW);
    const once = run(join(dir, 'tongzhi.txt'), join(dir, 'fa.txt'));
    expect(once.stderr).toBe('');
    expect(once.status).toBe(0);
    expect(once.stdout).toContain(`${join(dir, 'tongzhi.txt')} → tongzhi\n  title: 国务院办公厅关于做好某某工作的通知`);
    expect(once.stdout).toContain('  kind: law 法律 (the title ends in 法)');
    expect(once.stdout).toMatch(/\n2 files: 2 written, 0 refused\n$/);
    expect(readdirSync(join(dir, 'content', 'items')).sort()).toEqual(['fa.yaml', 'tongzhi.yaml']);

    // Again: both ids are taken now, so both are refused, each naming its file; nothing is replaced.
    const again = run(join(dir, 'tongzhi.txt'), join(dir, 'fa.txt'));
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`ingest: ${join(dir, 'fa.txt')}: refused, nothing written:`);
    expect(again.stdout).toMatch(/\n2 files: 0 written, 2 refused\n$/);
    expect(again.stdout).not.toMatch(/\n\s+at /);
  });

  it('takes --id with a single file only', () => {
    const twice = run('--id', 'x', join(dir, 'tongzhi.txt'), join(dir, 'fa.txt'));
    expect(twice.status).toBe(2);
    expect(twice.stderr).toMatch(/^ingest: --id names one item/);
  });
});

describe('a title spread over its line', () => {
  it('loses the spaces of letter-spacing and keeps those between words', () => {
    expect(withoutLetterSpacing('国务院办公厅关于印发国 家 粮 食 应 急 预 案 的 函')).toBe('国务院办公厅关于印发国家粮食应急预案的函');
    expect(withoutLetterSpacing('几　个　问　题　的　通　知')).toBe('几个问题的通知');
    expect(withoutLetterSpacing('中共中央 国务院关于深化产业工人队伍建设改革的意见')).toBe(
      '中共中央 国务院关于深化产业工人队伍建设改革的意见',
    );
    expect(withoutLetterSpacing('绍兴市人事局   绍兴市教育局关于做好工作的通知')).toBe('绍兴市人事局   绍兴市教育局关于做好工作的通知');
  });
});
