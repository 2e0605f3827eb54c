import { describe, expect, it } from 'vitest';
import type { Actor } from '../actors/schema.ts';
import { readItems } from '../content/items.ts';
import { type DocumentEntry, buildCorpus } from '../corpus.ts';
import { documentLevels, issuerActors } from '../actors/issuers.ts';
import { documentFilters, hasAttachments, issuedBy, pagedFilters, slugOf, topicHead } from './document-filters.ts';

const documents = ['opinion', 'regulation', 'explanation', 'notice'].flatMap(
  (s) => buildCorpus(readItems(`tests/fixtures/shapes/${s}`)).documents,
);
const doc = (id: string) => documents.find((d) => d.id === id)!;
const withMeta = (d: DocumentEntry, meta: Record<string, unknown>, id = d.id): DocumentEntry =>
  ({ ...d, id, meta: { ...d.meta, id, ...meta } }) as DocumentEntry;
const actor = (name: string, level?: Actor['level'], aliases: string[] = []): Actor => ({
  id: `a${name.length}-${level ?? 'none'}`,
  name,
  aliases,
  kind: 'party-state',
  description: name,
  ...(level ? { level } : {}),
});

describe('the documents catalogue’s facets', () => {
  it('list each kind, issuer, level, year, 主题分类, attachment and status once, with its documents and its page', () => {
    const filters = documentFilters(documents);
    // One document of each: kinds in pinyin order (shuō, tiáo, tōng, yì).
    expect(filters.map((f) => [f.facet, f.value, f.label, f.url ?? null, f.documents.map((d) => d.id)])).toEqual([
      ['kind', 'explanation', '说明', '/documents/by/kind/explanation/', ['2025-fazhan-shuoming']],
      ['kind', 'regulation', '条例', '/documents/by/kind/regulation/', ['2025-mouguan-tiaoli']],
      ['kind', 'notice', '通知', '/documents/by/kind/notice/', ['2025-shuqi-anquan']],
      ['kind', 'opinion', '意见', '/documents/by/kind/opinion/', ['2025-jiceng-zhili']],
      ['issuer', 'moumoubu', '某某部', '/documents/by/issuer/moumoubu/', ['2025-jiceng-zhili']],
      ['issuer', 'moumoushijiaoyuju', '某某市教育局', '/documents/by/issuer/moumoushijiaoyuju/', ['2025-shuqi-anquan']],
      ['issuer', 'moumouweiyuanhui', '某某委员会', '/documents/by/issuer/moumouweiyuanhui/', ['2025-mouguan-tiaoli']],
      ['issuer', 'zhangmoumou', '张某某', '/documents/by/issuer/zhangmoumou/', ['2025-fazhan-shuoming']],
      // No registry: every document is 未定级, a value with no page of its own.
      ['level', 'none', '未定级', null, documents.map((d) => d.id)],
      ['year', '2025', '2025年', '/documents/by/year/2025/', documents.map((d) => d.id)],
      ['topic', 'none', '未标主题分类', null, documents.map((d) => d.id)],
      ['attachments', 'yes', '有附件', '/documents/by/attachments/yes/', ['2025-jiceng-zhili', '2025-shuqi-anquan']],
      ['attachments', 'no', '无附件', '/documents/by/attachments/no/', ['2025-mouguan-tiaoli', '2025-fazhan-shuoming']],
    ]);
    expect(pagedFilters(filters).map((f) => f.value)).not.toContain('none');
  });

  it('place a document at its issuers’ levels, by the registry’s name or alias; 未定级 when none has one', () => {
    const registry = [actor('某某部', 'department'), actor('某某市教育局办公室', 'local', ['某某市教育局']), actor('某某委员会')];
    const actorOf = issuerActors(registry);
    expect(actorOf('某某市教育局')?.name).toBe('某某市教育局办公室');
    expect(documentLevels(doc('2025-jiceng-zhili'), actorOf)).toEqual(['department']);
    expect(documentLevels(doc('2025-mouguan-tiaoli'), actorOf)).toEqual([]);
    const joint = withMeta(doc('2025-jiceng-zhili'), { issuers: ['某某部', '某某市教育局'] }, 'joint');
    expect(documentLevels(joint, actorOf)).toEqual(['department', 'local']);
    // The actor page of a body links its issuer page, under the name the documents give it.
    expect(issuedBy(registry[1]!, [...documents, joint])).toEqual([
      { name: '某某市教育局', url: '/documents/by/issuer/moumoushijiaoyuju/', count: 2 },
    ]);
    const levels = documentFilters([...documents, joint], registry).filter((f) => f.facet === 'level');
    // Fixed order: 中央, 国务院部门, 地方, then 未定级; a joint document counts at both its levels.
    expect(levels.map((f) => [f.value, f.label, f.url ?? null, f.documents.map((d) => d.id)])).toEqual([
      ['department', '国务院部门', '/documents/by/level/department/', ['2025-jiceng-zhili', 'joint']],
      ['local', '地方', '/documents/by/level/local/', ['2025-shuqi-anquan', 'joint']],
      ['none', '未定级', null, ['2025-mouguan-tiaoli', '2025-fazhan-shuoming']],
    ]);
  });

  it('file 主题分类 under the part before its backslash, statuses as titled, undated texts under no year page', () => {
    expect(topicHead('科技、教育\\教育')).toBe('科技、教育');
    expect(topicHead('其他')).toBe('其他');
    expect(slugOf('商贸、海关、旅游')).toBe('shangmao-haiguan-lvyou');
    const base = doc('2025-jiceng-zhili');
    const a = withMeta(base, { topic: '科技、教育\\教育', status: '试行' }, 'a');
    const b = withMeta(base, { topic: '科技、教育\\科技', date: undefined, published: undefined }, 'b');
    const filters = documentFilters([a, b]);
    const of = (facet: string) =>
      filters.filter((f) => f.facet === facet).map((f) => [f.value, f.label, f.url ?? null, f.documents.length]);
    expect(of('topic')).toEqual([['keji-jiaoyu', '科技、教育', '/documents/by/topic/keji-jiaoyu/', 2]]);
    expect(of('status')).toEqual([['shixing', '试行', '/documents/by/status/shixing/', 1]]);
    expect(of('year')).toEqual([
      ['2025', '2025年', '/documents/by/year/2025/', 1],
      ['undated', '未注明日期', null, 1],
    ]);
  });

  it('say a document has attachments when its text prints one', () => {
    expect(hasAttachments(doc('2025-shuqi-anquan'))).toBe(true);
    expect(hasAttachments(doc('2025-mouguan-tiaoli'))).toBe(false);
  });

  it('order issuers by how much they issued, years newest first', () => {
    const base = doc('2025-jiceng-zhili');
    const more = [1, 2].map((i) => withMeta(base, { issuers: ['张某某'], date: `202${i}-01-01`, published: undefined }, `z${i}`));
    const filters = documentFilters([...documents, ...more]);
    expect(filters.filter((f) => f.facet === 'issuer')[0]!.label).toBe('张某某');
    expect(filters.filter((f) => f.facet === 'year').map((f) => f.value)).toEqual(['2025', '2022', '2021']);
  });
});
