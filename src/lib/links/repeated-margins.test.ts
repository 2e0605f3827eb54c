// The bound on repeated-passage links: a passage printed in many documents (a clause every variant
// of a template keeps) lists at most REPEATED_PER_COPY other copies beside each copy, the nearest
// in date, and counts the rest; below the bound every other copy is listed, as always.
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../random.ts';
import { REPEATED_PER_COPY, repeatedMargins } from './repeated-margins.ts';
import { findRepeatedPassages } from './repeated.ts';
import type { Unit } from './units.ts';

const SENTENCE = '坚持以人民为中心的发展思想，推动产业工人队伍建设改革走深走实。';
const CLAUSE = '推动产业工人队伍建设改革走深走实';

/** A news item of one sentence (only its key, item, sentences, url, title and date matter here). */
function item(id: string, date: string | undefined, texts: string[]): Unit {
  return {
    key: id,
    item: id,
    unit: null,
    kind: 'news',
    url: `/news/${id}/`,
    href: `/news/${id}/`,
    sentences: texts.map((text, i) => ({ id: `s${i + 1}`, text })),
    entry: { kind: 'news', id, meta: { title: `标题${id}`, ...(date ? { date } : {}) } },
  } as unknown as Unit;
}

/** `n` items printing the same sentence, dated a day apart, in a shuffled order. */
function variants(n: number, seed = 1): Unit[] {
  const next = random(seed);
  const days = [...Array(n).keys()].sort(() => next() - 0.5);
  return days.map((d, i) =>
    item(`v${String(i).padStart(5, '0')}`, new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10), [SENTENCE]),
  );
}

const day = (u: Unit) => Date.parse((u.entry.meta as { date: string }).date) / 86_400_000;

describe('repeatedMargins', () => {
  it('lists every other copy while a passage has no more than REPEATED_PER_COPY of them', () => {
    const units = variants(REPEATED_PER_COPY + 1);
    const { links, unlisted } = repeatedMargins(findRepeatedPassages(units));
    for (const u of units) expect(links(u.key).map((l) => l.there.unit.key)).toEqual(units.filter((o) => o !== u).map((o) => o.key));
    for (const u of units) expect(unlisted(u.key)).toEqual([]);
  });

  it('lists at most REPEATED_PER_COPY other copies of a passage beside each copy, the nearest in date, and counts the rest', () => {
    const units = variants(300);
    const { links, unlisted } = repeatedMargins(findRepeatedPassages(units));
    const byDay = [...units].sort((x, y) => day(x) - day(y));
    for (const u of units) {
      const listed = links(u.key);
      expect(listed).toHaveLength(REPEATED_PER_COPY);
      // The nearest in date: no copy left out is nearer than the farthest listed.
      const farthest = Math.max(...listed.map((l) => Math.abs(day(l.there.unit) - day(u))));
      const nearer = byDay.filter((o) => o !== u && Math.abs(day(o) - day(u)) < farthest);
      expect(listed.map((l) => l.there.unit.key)).toEqual(expect.arrayContaining(nearer.map((o) => o.key)));
      // In the order of the copies, as an unbounded list would be.
      const places = listed.map((l) => units.indexOf(l.there.unit));
      expect(places).toEqual([...places].sort((x, y) => x - y));
      // Only the sentence: its clauses lie inside every copy of it.
      expect(listed.every((l) => l.passage.kind === 'sentence')).toBe(true);
      const [rest] = unlisted(u.key);
      expect([rest!.count, rest!.listed]).toEqual([300 - 1 - REPEATED_PER_COPY, REPEATED_PER_COPY]);
      expect(rest!.note).toBe(
        `“${SENTENCE}”另见于其他${rest!.count}处，未一一列出：此处只列出本文及日期最近的文件中的${REPEATED_PER_COPY}处`,
      );
    }
  });

  it('grows with the copies, not with their square: twice the documents, twice the links', () => {
    // 4,000 copies of one sentence: listing every other copy beside each would be 16 million links.
    for (const n of [2000, 4000]) {
      const units = variants(n);
      const { links, unlisted } = repeatedMargins(findRepeatedPassages(units));
      expect(units.reduce((total, u) => total + links(u.key).length, 0)).toBe(n * REPEATED_PER_COPY);
      expect(units.flatMap((u) => unlisted(u.key)).reduce((total, u) => total + u.count + u.listed, 0)).toBe(n * (n - 1));
    }
  });

  it('lists the other copies in its own document first, and undated texts after every dated one', () => {
    const units = variants(40);
    // Two units of one document, both printing the sentence, dated far from every other.
    const own = [item('doc#m1', '1990-01-01', [SENTENCE]), item('doc#m2', '1990-01-01', [SENTENCE])].map((u) => ({ ...u, item: 'doc' }));
    const undated = item('undated', undefined, [SENTENCE]);
    const { links } = repeatedMargins(findRepeatedPassages([...units, ...own, undated]));
    expect(links('doc#m1').map((l) => l.there.unit.key)).toContain('doc#m2');
    expect(links('doc#m1').map((l) => l.there.unit.key)).not.toContain('undated');
    // The undated text lists the latest dated ones.
    const latest = [...units].sort((x, y) => day(y) - day(x)).slice(0, REPEATED_PER_COPY);
    expect(new Set(links('undated').map((l) => l.there.unit.key))).toEqual(new Set(latest.map((u) => u.key)));
  });

  it('counts, but never links, the copies of a clause inside the repeated sentence it lies in', () => {
    // The clause stands alone in 30 items and inside the repeated sentence in 30 others.
    const inSentence = variants(30, 2);
    const alone = variants(30, 3).map((u, i) => item(`a${i}`, (u.entry.meta as { date: string }).date, [`${CLAUSE}。`]));
    const { links, unlisted } = repeatedMargins(findRepeatedPassages([...inSentence, ...alone]));
    for (const u of inSentence) {
      const clauseLinks = links(u.key).filter((l) => l.passage.kind === 'clause');
      expect(clauseLinks.every((l) => l.there.unit.key.startsWith('a'))).toBe(true);
      const rest = unlisted(u.key).find((x) => x.passage.kind === 'clause')!;
      // Its partners are the 30 lone copies, not the 29 other copies of its sentence.
      expect(rest.count + rest.listed).toBe(30);
    }
  });
});
