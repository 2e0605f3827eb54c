import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OFFICIAL_FIXTURE } from '../../../tests/fixtures/actors/fixture.ts';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { readQdpx, xsdProblems } from '../../../tests/support/refi-qda.ts';
import { readSiteModel } from '../site/read.ts';
import type { SiteModel } from '../site/model.ts';
import { MACHINE_LABEL, type ResolvedTag, tagActorName } from '../actors/index.ts';
import { analysisData, corpusProject, documentProject } from './analysis.ts';
import { CODINGS_COLUMNS, codingsCsv } from './codings-csv.ts';
import { parseCsv } from './csv.ts';
import { type CodeSystem, actorCodeSystem } from './codes.ts';
import { URL_NAMESPACE, guid, uuidV5 } from './guid.ts';
import { itemText, readSourceFile } from './item-text.ts';
import { qdpx } from './qdpx.ts';
import { QDA_USERS, codePointOffsets, codebookNames, codeKey, refiProject, sourceFileName } from './refi-qda.ts';

const SITE = 'https://example.org/';
const model = siteModel(FIXTURE_CORPUS);

describe('uuidV5 and guid', () => {
  it('derive RFC 9562 version-5 UUIDs: the published vector, and stable ids of our own', () => {
    // Python's uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'), the example of its documentation.
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('https://example.org/', URL_NAMESPACE)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(guid('source', '2024-jineng-tisheng')).toBe(guid('source', '2024-jineng-tisheng'));
    expect(guid('source', '2024-jineng-tisheng')).not.toBe(guid('code', '2024-jineng-tisheng'));
    // The parts are kept apart: ('a', 'bc') is not ('ab', 'c').
    expect(guid('x', 'a', 'bc')).not.toBe(guid('x', 'ab', 'c'));
    expect(guid('x', 'a')).toMatch(/^[0-9A-F-]{36}$/);
  });
});

describe('codePointOffsets', () => {
  it('counts a character beyond the BMP once and refuses an offset inside its surrogate pair', () => {
    const at = codePointOffsets('工𠮷会');
    expect([at(0), at(1), at(3), at(4)]).toEqual([0, 1, 2, 3]);
    expect(() => at(2)).toThrow(/not at a character boundary/);
    expect(codePointOffsets('工会')(2)).toBe(2);
  });
});

describe('itemText', () => {
  const source = (id: string) => {
    const e = model.corpus.byId(id)!;
    return { e, raw: readSourceFile(e.sourceFile) };
  };

  it('is the item’s slice of its source byte for byte when the parser repaired nothing', () => {
    const { e, raw } = source('2023-gongjiang-peiyang');
    expect(e.repairs).toEqual([]);
    expect(itemText(e, raw).text).toBe(raw.slice(...e.slice));
  });

  it('joins each column-break repair as the reader shows it, and nothing else changes', () => {
    const { e, raw } = source('2024-jineng-tisheng');
    expect(e.repairs.map((r) => r.id)).toEqual(['r1', 'r2']);
    const { text, segmentStart } = itemText(e, raw);
    const removed = e.repairs.reduce((n, r) => n + r.span[1] - r.span[0], 0);
    expect(text.length).toBe(e.slice[1] - e.slice[0] - removed);
    expect(raw.slice(...e.slice)).toContain('提升职工岗\n');
    expect(text).toContain('提升职工岗位技能');
    for (const s of e.sentences) expect(text.slice(segmentStart(s.id), segmentStart(s.id)! + s.text.length)).toBe(s.text);
    // Put the removed text back at its place and the source comes back whole.
    let rebuilt = text;
    for (const r of [...e.repairs].sort((a, b) => b.span[0] - a.span[0])) {
      const before = e.repairs.filter((x) => x.span[0] < r.span[0]).reduce((n, x) => n + x.span[1] - x.span[0], 0);
      const at = r.span[0] - e.slice[0] - before;
      rebuilt = rebuilt.slice(0, at) + r.removed + rebuilt.slice(at);
    }
    expect(rebuilt).toBe(raw.slice(...e.slice));
  });

  it('refuses a source that no longer holds a sentence where the tree says', () => {
    const { e, raw } = source('2023-gongjiang-peiyang');
    const s = e.sentences[3]!;
    const changed = raw.slice(0, s.span[0]) + '某' + raw.slice(s.span[0] + 1);
    expect(() => itemText(e, changed)).toThrow(`2023-gongjiang-peiyang ${s.id}: the sentence does not read back`);
  });
});

/**
 * What the model says must be coded: every tag and mention as (item, code GUID, words). A whole
 * measure (an implied actor) is its label and sentences; the text keeps its paragraphs on their
 * own lines, so whitespace is left out of that comparison, and only of that one.
 */
function expectedCodings(m: Pick<SiteModel, 'actors' | 'glossary' | 'instruments'>, items: ReadonlySet<string>) {
  const out: string[] = [];
  const codeOf = actorCodes(m);
  for (const u of m.actors.units) {
    if (!items.has(u.item)) continue;
    for (const t of u.tags) {
      // An implied tag, and a note carried over from another measure, code the whole unit.
      const whole = t.basis === 'implied' || (t.basis === 'official' && t.carriedFrom !== undefined);
      const words = !whole
        ? t.quote
        : u.measure
          ? `整条 ${`${u.measure.label}${u.measure.sentences.map((s) => s.text).join('')}`.replace(/\s+/g, '')}`
          : u.label;
      out.push([u.item, guid('code', 'actor', codeOf(t)), words].join(' | '));
    }
  }
  for (const mention of m.glossary.mentions)
    if (items.has(mention.item)) out.push([mention.item, guid('code', 'term', mention.term), mention.form].join(' | '));
  for (const u of m.instruments.units)
    if (items.has(u.item))
      for (const c of u.codes)
        for (const e of c.evidence) out.push([u.item, guid('code', 'instrument', c.instrument), e.quote].join(' | '));
  return out.sort();
}

/** The actor code of a tag: its registry id, or the code of a body only a responsibility note names (by its printed name). */
function actorCodes(m: Pick<SiteModel, 'actors'>): (t: ResolvedTag) => string {
  const unregistered = new Map(
    actorCodeSystem(m.actors)
      .codes.filter((c) => c.parent === 'unregistered')
      .map((c) => [c.name, c.id]),
  );
  return (t) => t.actor ?? unregistered.get(tagActorName(m.actors, t))!;
}

/** The same read off the .qdpx: each selection's code and the characters at its positions. */
function readCodings(read: ReturnType<typeof readQdpx>, itemOf: (sourceGuid: string) => string) {
  return read.selections
    .flatMap((s) =>
      s.codes.map((c) => [itemOf(s.source), c, s.name.endsWith('（整条）') ? `整条 ${s.text.replace(/\s+/g, '')}` : s.text].join(' | ')),
    )
    .sort();
}

describe('codebookNames', () => {
  const system = (id: string, name: string, codes: Array<[string, string]>): CodeSystem => ({
    id,
    name,
    description: '',
    codes: codes.map(([cid, cname]) => ({ id: cid, name: cname, description: '', spans: [] })),
  });

  it('keeps a name no other code bears, and qualifies by folder, then by id, one that several bear', () => {
    const names = codebookNames([
      system('actor', '行动主体', [
        ['unions', '工会'],
        ['gov', '国务院'],
      ]),
      system('term', '术语', [
        ['gonghui', '工会'],
        ['a', '同名'],
        ['b', '同名'],
        ['c', '术语'],
      ]),
    ]);
    expect([...names]).toEqual([
      [codeKey('actor'), '行动主体'],
      [codeKey('actor', 'unions'), '工会（行动主体）'],
      [codeKey('actor', 'gov'), '国务院'],
      [codeKey('term'), '术语'],
      [codeKey('term', 'gonghui'), '工会（术语）'],
      [codeKey('term', 'a'), '同名（术语 a）'],
      [codeKey('term', 'b'), '同名（术语 b）'],
      [codeKey('term', 'c'), '术语（术语）'],
    ]);
  });
});

describe('the REFI-QDA project of the fixture corpus', () => {
  const project = corpusProject(model, SITE);
  const bytes = qdpx(project);
  const read = readQdpx(bytes);
  const itemOf = new Map(model.corpus.entries.map((e) => [guid('source', e.id), e.id]));

  it('validates against the REFI-QDA schema, and the validator does reject a broken project', () => {
    expect(xsdProblems(project.qde)).toBe('');
    expect(xsdProblems(project.qde.replace(/ isCodable="true"/, ''))).toMatch(/isCodable.*(required|missing)/);
    expect(xsdProblems(project.qde.replace(/startPosition="\d+"/, 'startPosition="x"'))).toMatch(/startPosition/);
  });

  it('holds project.qde and one plain-text source per item under Sources/, named by its GUID', () => {
    expect(read.entries).toEqual(['project.qde', ...model.corpus.entries.map((e) => `Sources/${sourceFileName(e.id)}`)]);
    const { texts } = analysisData(model);
    for (const e of model.corpus.entries) {
      const src = read.sources.find((s) => s.guid === guid('source', e.id))!;
      expect(src.name).toBe(e.meta.title);
      expect(src.text).toBe(texts.get(e.id)!.text);
      expect(src.text.startsWith('\uFEFF')).toBe(false);
    }
  });

  it('codes every actor tag, glossary mention and instrument code once, at the characters of its words', () => {
    const expected = expectedCodings(model, new Set(model.corpus.entries.map((e) => e.id)));
    expect(expected.length).toBeGreaterThan(40);
    expect(readCodings(read, (g) => itemOf.get(g)!)).toEqual(expected);
    for (const s of read.selections) expect(s.codes).toHaveLength(1);
  });

  it('places each sentence coding inside its own sentence (not on the same words elsewhere)', () => {
    const { texts } = analysisData(model);
    const codeOf = actorCodes(model);
    for (const u of model.actors.units) {
      for (const t of u.tags) {
        if (t.basis === 'implied' || (t.basis === 'official' && t.carriedFrom !== undefined)) continue;
        const text = texts.get(u.item)!;
        const at = text.segmentStart(t.sentence)! + t.start;
        const sel = read.selections.filter((s) => itemOf.get(s.source) === u.item && s.codes[0] === guid('code', 'actor', codeOf(t)));
        expect(sel.map((s) => s.start)).toContain(at);
      }
    }
  });

  it('says on every machine-made coding that it is machine-made and unreviewed, and on no hand coding', () => {
    const machine = read.selections.filter((s) => s.description.includes(MACHINE_LABEL));
    const termCodes = new Set(model.glossary.terms.map((t) => guid('code', 'term', t.id)));
    const machineActorTags = model.actors.units.flatMap((u) => u.tags.filter((t) => t.basis === 'machine'));
    const machineInstruments = model.instruments.units.flatMap((u) =>
      u.codes.filter((c) => c.basis === 'machine').flatMap((c) => c.evidence),
    );
    expect(machineInstruments.length).toBeGreaterThan(0);
    expect(machine.length).toBe(model.glossary.mentions.length + machineActorTags.length + machineInstruments.length);
    for (const s of read.selections) {
      if (termCodes.has(s.codes[0]!)) expect(s.description).toContain(MACHINE_LABEL);
      if (s.description.includes('人工标注')) expect(s.description).not.toContain(MACHINE_LABEL);
    }
    const implied = read.selections.filter((s) => s.description.includes('整条推断'));
    expect(implied.length).toBe(model.actors.units.flatMap((u) => u.tags.filter((t) => t.basis === 'implied')).length);
  });

  it('nests the codes under one folder per code system, actors under their parents, instruments under their types', () => {
    const folders = [...read.codes.values()].filter((c) => c.parent === null);
    expect(folders.map((c) => [c.name, c.codable])).toEqual([
      ['行动主体', false],
      ['术语', false],
      ['政策工具', false],
    ]);
    for (const type of model.instruments.codebook.types) {
      expect(read.codes.get(guid('code', 'instrument', type.id))).toEqual({
        name: type.name,
        codable: false,
        parent: guid('code-system', 'instrument'),
      });
      for (const i of type.instruments)
        expect(read.codes.get(guid('code', 'instrument', i.id))).toEqual({
          name: i.name,
          codable: true,
          parent: guid('code', 'instrument', type.id),
        });
    }
    const termNames = new Set(model.glossary.terms.map((t) => t.term));
    for (const a of model.actors.registry) {
      const code = read.codes.get(guid('code', 'actor', a.id))!;
      // A name a glossary term also bears is qualified by its folder on both codes (see codebookNames).
      expect(code.name).toBe(termNames.has(a.name) ? `${a.name}（行动主体）` : a.name);
      expect(code.parent).toBe(a.parent ? guid('code', 'actor', a.parent) : guid('code-system', 'actor'));
    }
    expect(model.actors.registry.some((a) => a.parent)).toBe(true);
  });

  it('names every code and folder once across the codebook, qualifying a name an actor and a term share', () => {
    const names = [...read.codes.values()].map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    const shared = model.actors.registry.filter((a) => model.glossary.terms.some((t) => t.term === a.name));
    expect(shared.length).toBeGreaterThan(0);
    for (const a of shared) {
      const term = model.glossary.terms.find((t) => t.term === a.name)!;
      expect(read.codes.get(guid('code', 'actor', a.id))!.name).toBe(`${a.name}（行动主体）`);
      expect(read.codes.get(guid('code', 'term', term.id))!.name).toBe(`${a.name}（术语）`);
    }
  });

  it('says who made each coding: a user per footing, machine first, the sources the site’s', () => {
    const users = [...project.qde.matchAll(/<User guid="([^"]+)" name="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(users.map((u) => u[1])).toEqual(QDA_USERS.map((u) => u.name));
    const byBasis = [...project.qde.matchAll(/<PlainTextSelection [^>]*creatingUser="([^"]+)"[^>]*>\s*<Description>([^<]*)</g)];
    expect(byBasis).toHaveLength(read.selections.length);
    for (const [, user, description] of byBasis) {
      if (description!.includes(MACHINE_LABEL)) expect(user).toBe(guid('user', 'machine'));
      else expect(user).not.toBe(guid('user', 'machine'));
    }
    expect([...project.qde.matchAll(/<TextSource [^>]*creatingUser="([^"]+)"/g)].map((m) => m[1])).toEqual(
      model.corpus.entries.map(() => guid('user', 'site')),
    );
  });

  it('carries each item’s metadata as variables', () => {
    for (const e of model.corpus.entries) {
      const vars = read.sources.find((s) => s.guid === guid('source', e.id))!.variables;
      expect(vars.get('item_id')).toBe(e.id);
      expect(vars.get('kind')).toBe(e.meta.kind);
      expect(vars.get('published')).toBe(e.meta.published);
      expect(vars.get('publisher')).toBe(e.meta.publisher);
      expect(vars.get('date')).toBe(e.meta.date);
      expect(vars.get('doc_number')).toBe(e.meta.docNumber);
      expect(vars.get('issuers')).toBe(e.meta.issuers.length ? e.meta.issuers.join('、') : undefined);
      expect(vars.get('url')).toBe(`https://example.org${e.url}`);
    }
  });

  it('gives every element its own GUID, the same on every build', () => {
    const guids = [...project.qde.matchAll(/ guid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(guids).size).toBe(guids.length);
    expect(qdpx(corpusProject(model, SITE))).toEqual(bytes);
  });

  it('writes every zip entry with the same fixed time (1980-01-01 00:00), whatever the clock says', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let localHeaders = 0;
    for (let i = 0; i + 4 <= bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x04034b50) continue;
      localHeaders++;
      expect([view.getUint16(i + 10, true), view.getUint16(i + 12, true)]).toEqual([0, (1 << 5) | 1]);
    }
    expect(localHeaders).toBe(read.entries.length);
  });
});

describe('the REFI-QDA project of one document', () => {
  const doc = model.corpus.documents[1]!;
  const project = documentProject(model, doc, SITE);
  const read = readQdpx(qdpx(project));
  const whole = readQdpx(qdpx(corpusProject(model, SITE)));

  it('validates, holds that document alone, and codes all of its tags, mentions and instruments', () => {
    expect(xsdProblems(project.qde)).toBe('');
    expect(read.sources.map((s) => s.guid)).toEqual([guid('source', doc.id)]);
    expect(readCodings(read, () => doc.id)).toEqual(expectedCodings(model, new Set([doc.id])));
  });

  it('shares the corpus project’s codebook and GUIDs, so projects of several documents merge', () => {
    expect([...read.codes.entries()]).toEqual([...whole.codes.entries()]);
    const mine = (r: typeof read) => r.selections.filter((s) => s.source === guid('source', doc.id)).map((s) => [s.start, s.end, s.codes]);
    expect(mine(read)).toEqual(mine(whole));
  });
});

describe('a character beyond the BMP before the coded words', () => {
  // A copy of the fixture corpus with 𠮷 (U+20BB7, two UTF-16 units) put before 技能人才 in (二).
  const dir = mkdtempSync(join(tmpdir(), 'refi-nonbmp-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(FIXTURE_CORPUS, dir, { recursive: true });
  const file = join(dir, 'sources', 'gongjiang-peiyang-2023.txt');
  const original = readFileSync(file, 'utf8');
  expect(original).toContain('时期末，技能人才占');
  writeFileSync(file, original.replace('时期末，技能人才占', '时期末，𠮷技能人才占'));
  const wide = readSiteModel(dir);

  it('counts positions in code points: each selection reads back its words by code points, not by UTF-16 units', () => {
    const project = corpusProject(wide, SITE);
    expect(xsdProblems(project.qde)).toBe('');
    const read = readQdpx(qdpx(project));
    const itemOf = new Map(wide.corpus.entries.map((e) => [guid('source', e.id), e.id]));
    expect(readCodings(read, (g) => itemOf.get(g)!)).toEqual(expectedCodings(wide, new Set(wide.corpus.entries.map((e) => e.id))));
    const text = read.sources.find((s) => s.guid === guid('source', '2023-gongjiang-peiyang'))!.text;
    const after = read.selections.filter(
      (s) => s.source === guid('source', '2023-gongjiang-peiyang') && s.start > Array.from(text).indexOf('𠮷'),
    );
    expect(after.length).toBeGreaterThan(0);
    // Read by UTF-16 units instead, every selection after the wide character would be off by one.
    for (const s of after) expect(text.slice(s.start, s.end)).not.toBe(s.text);
  });
});

describe('a further code system plugs in', () => {
  // An instrument-like system as any annotation index gives it: codes, each with spans in sentences.
  const doc = model.corpus.documents.find((d) => d.id === '2024-jineng-tisheng')!;
  const sentence = doc.sentences.find((s) => s.text.includes('培训'))!;
  const at = sentence.text.indexOf('培训');
  const instruments: CodeSystem = {
    id: 'instrument',
    name: '政策工具',
    description: '测试用的政策工具代码表',
    codes: [
      { id: 'supply', name: '供给型', description: '供给型政策工具', spans: [] },
      {
        id: 'talent-training',
        name: '人才培养',
        description: '培养、培训人才',
        parent: 'supply',
        spans: [
          {
            item: doc.id,
            unit: doc.measures.find((m) => m.sentences.includes(sentence))?.id ?? null,
            segment: sentence.id,
            start: at,
            end: at + 2,
            quote: '培训',
            basis: 'machine',
            note: `${MACHINE_LABEL}：提示词“培训”`,
          },
        ],
      },
    ],
  };

  it('comes out as a third folder with its codes nested and its coding at its words', () => {
    const { texts } = analysisData(model);
    const project = refiProject({
      name: 't',
      description: 't',
      site: SITE,
      systems: [instruments],
      sources: [{ entry: doc, text: texts.get(doc.id)! }],
    });
    expect(xsdProblems(project.qde)).toBe('');
    const read = readQdpx(qdpx(project));
    expect(read.codes.get(guid('code', 'instrument', 'talent-training'))).toEqual({
      name: '人才培养',
      codable: true,
      parent: guid('code', 'instrument', 'supply'),
    });
    expect(read.selections.map((s) => [s.text, s.codes])).toEqual([['培训', [guid('code', 'instrument', 'talent-training')]]]);
  });

  it('is refused when a span’s words are not at its place', () => {
    const { texts } = analysisData(model);
    const wrong: CodeSystem = {
      ...instruments,
      codes: [{ ...instruments.codes[1]!, spans: [{ ...instruments.codes[1]!.spans[0]!, quote: '培养' }] }],
    };
    expect(() =>
      refiProject({ name: 't', description: 't', site: SITE, systems: [wrong], sources: [{ entry: doc, text: texts.get(doc.id)! }] }),
    ).toThrow(`the text there is "培训", not "培养"`);
  });
});

describe('the REFI-QDA project and codings.csv of a document with responsibility notes', () => {
  const notes = siteModel(OFFICIAL_FIXTURE);
  const project = corpusProject(notes, SITE);
  const read = readQdpx(qdpx(project));
  const officialTags = notes.actors.units.flatMap((u) => u.tags.filter((t) => t.basis === 'official'));

  it('validates, and codes each official tag at its words in the note, a carried note on the whole measure it covers', () => {
    expect(xsdProblems(project.qde)).toBe('');
    expect(officialTags.length).toBeGreaterThan(0);
    expect(readCodings(read, () => 'fengong')).toEqual(expectedCodings(notes, new Set(['fengong'])));
  });

  it('says of each official coding that the document lists the body, and codes a body the registry lacks in a folder of its own', () => {
    const official = read.selections.filter((s) => s.description.includes('文件所列分工'));
    expect(official).toHaveLength(officialTags.length);
    expect(official.filter((s) => s.description.includes('沿用'))).toHaveLength(officialTags.filter((t) => t.carriedFrom).length);
    for (const s of official) expect(s.description).not.toContain(MACHINE_LABEL);
    expect(read.codes.get(guid('code', 'actor', 'unregistered'))).toEqual({
      name: '文件所列、主体名录未收的单位',
      codable: false,
      parent: guid('code-system', 'actor'),
    });
    expect(read.codes.get(guid('code', 'actor', 'unregistered-renliziyuanshehuibaozhangbu'))).toEqual({
      name: '人力资源社会保障部',
      codable: true,
      parent: guid('code', 'actor', 'unregistered'),
    });
  });

  it('gives basis official in codings.csv, the unregistered body under its own code', () => {
    const [, ...rows] = parseCsv(codingsCsv({ corpus: notes.corpus, ...analysisData(notes), site: SITE }).replace(/^\uFEFF/, ''));
    const at = (c: (typeof CODINGS_COLUMNS)[number]) => CODINGS_COLUMNS.indexOf(c);
    const official = rows.filter((r) => r[at('basis')] === 'official');
    expect(official).toHaveLength(officialTags.length);
    expect(
      official.filter((r) => r[at('unit')] === 'm2').map((r) => [r[at('code')], r[at('code_name')], r[at('role')], r[at('quote')]]),
    ).toEqual([
      ['unregistered-renliziyuanshehuibaozhangbu', '人力资源社会保障部', 'lead', '人力资源社会保障部'],
      ['mof', '财政部', 'participant', '财政部'],
    ]);
  });
});
