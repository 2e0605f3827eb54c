import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../corpus.ts';
import { siteInputs, siteModel } from '../../../tests/support/site.ts';
import { ContentError } from '../errors.ts';
import { type Apparatus, type RepairEntry, joinPoint } from './apparatus.ts';
import { notesOf } from './load.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let corpus: Corpus;
let apparatus: Apparatus;
beforeAll(() => {
  corpus = siteModel(join(root, 'content')).corpus;
  apparatus = siteModel(join(root, 'content')).apparatus;
});

const sentence = (item: string, id: string) => corpus.byId(item)!.sentences.find((s) => s.id === id)!;
const repairs = () => apparatus.groups.flatMap((g) => g.entries.filter((e): e is RepairEntry => e.type === 'repair'));

describe('the apparatus of the corpus', () => {
  it('lists the four repairs of the newspaper page: three in the opinion, one in the transport report', () => {
    expect(repairs().map((r) => `${r.item} ${r.repair.id} ${r.sentence} ${r.joined}`)).toEqual([
      '2024-chanye-gongren r1 m4-s3 引导产业工人依法行使民主权利',
      '2024-chanye-gongren r2 m12-s1 业工人向上发展通道',
      '2024-chanye-gongren r3 m19-s2 解决现场实际问题',
      '2024-transport-power-patents r1 s4 在加快建设交通强国的探索实践中',
    ]);
  });

  it('places each repair where its halves meet, and keeps the printed form', () => {
    for (const r of repairs()) {
      const { text } = sentence(r.item, r.sentence);
      expect(text.slice(0, r.at).endsWith(r.repair.before)).toBe(true);
      expect(text.slice(r.at).startsWith(r.repair.after)).toBe(true);
      expect(r.original).toBe(`${r.repair.before}\n\n${r.repair.after}`);
      expect(r.sourceFile).toBe(join('content', 'sources', 'yijian-chanyegongren-2024-with-news.txt'));
    }
    expect(repairs()[0]!.at).toBe('引导产业工人依法'.length);
  });

  it('lists every note exactly once, under its item', () => {
    const notes = notesOf(siteInputs(join(root, 'content')).files.notes!);
    const listed = apparatus.groups.flatMap((g) => g.entries.flatMap((e) => (e.type === 'note' ? [[g.item.id, e.note.id]] : [])));
    expect(listed.map(([, id]) => id).sort()).toEqual(notes.map((n) => n.id).sort());
    for (const [item, id] of listed) expect(notes.find((n) => n.id === id)!.item).toBe(item);
  });

  it('groups every item in corpus order, entries in reading order', () => {
    expect(apparatus.groups.map((g) => g.item.id)).toEqual(corpus.entries.map((e) => e.id));
    for (const g of apparatus.groups) {
      const order = corpus.byId(g.item.id)!.sentences.map((s) => s.id);
      const at = g.entries.map((e) => [order.indexOf(e.sentence), e.type === 'note' ? e.start : e.at] as const);
      expect(at).toEqual([...at].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    }
  });

  it('links to the measure page, the document page outside measures, or the news page', () => {
    const byAnchor = new Map(apparatus.groups.flatMap((g) => g.entries.map((e) => [e.anchor, e.url])));
    expect(byAnchor.get('repair-2024-chanye-gongren-r2')).toBe('/documents/2024-chanye-gongren/m12/#m12-s1');
    expect(byAnchor.get('note-shengguan-shiguan-gongjiang-variant')).toBe('/documents/2024-chanye-gongren/#p1-s3');
    expect(byAnchor.get('repair-2024-transport-power-patents-r1')).toBe('/news/2024-transport-power-patents/#s4');
  });

  it('gives the marks of one sentence by position, and none to an unmarked one', () => {
    const marks = apparatus.marksFor('2024-chanye-gongren', 'm3-s4');
    expect(marks.map((m) => m.anchor)).toEqual(['note-ascii-parentheses', 'note-xiatong-comma']);
    expect(apparatus.marksFor('2024-chanye-gongren', 'm3-s1')).toEqual([]);
    // Sentence ids repeat across news items: marks are per item.
    expect(apparatus.marksFor('2024-transport-power-patents', 's4').map((m) => m.anchor)).toEqual(['repair-2024-transport-power-patents-r1']);
    expect(apparatus.marksFor('2024-ndrc-q4-economy', 's4')).toEqual([]);
  });
});

describe('joinPoint', () => {
  it('rejects a repair whose halves are not where its span says', () => {
    const s = sentence('2024-chanye-gongren', 'm4-s3');
    const repair = corpus.byId('2024-chanye-gongren')!.repairs[0]!;
    const shifted = { ...repair, span: [repair.span[0] + 1, repair.span[1] + 1] as [number, number] };
    expect(() => joinPoint(shifted, s, [shifted], 'src.txt')).toThrow(ContentError);
    expect(() => joinPoint(shifted, s, [shifted], 'src.txt')).toThrow(/^src\.txt:25: repair r1 \(引导产业工人依法\|行使民主权利\)/);
  });

  it('discounts what earlier repairs in the same sentence removed', () => {
    const s = { id: 's1', text: '甲乙丙丁', span: [10, 16] as [number, number], paragraph: 0, line: 1 };
    const base = { kind: 'page-break-join' as const, sentence: 's1', removed: '\n', line: 1 };
    const first = { ...base, id: 'r1', before: '甲', after: '乙', span: [11, 12] as [number, number] };
    const second = { ...base, id: 'r2', before: '丙', after: '丁', span: [14, 15] as [number, number] };
    expect(joinPoint(first, s, [first, second], 'x')).toBe(1);
    expect(joinPoint(second, s, [first, second], 'x')).toBe(3);
  });
});
