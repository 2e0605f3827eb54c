// Runs a suite through the query layer on a built site (used by the e2e test and by hand:
// node tests/search-quality/run.ts).
import type { Search } from '../../src/lib/search/engine.ts';
import { type Case, type Outcome, score, summary } from './cases.ts';

/** `preview`: as the header box asks (its five, src/scripts/search/box.ts), over the shards it reads. */
export async function runSuite(search: Search, cases: readonly Case[], expand = true, preview?: number) {
  const outcomes: Outcome[] = [];
  for (const c of cases) outcomes.push(score(c, await search.search(c.q, { expand, ...(preview ? { preview } : {}) })));
  return { outcomes, ...summary(outcomes) };
}

/** Absent queries: the status and any result claimed as a full match or reached by expansion. */
export async function runAbsent(search: Search, queries: readonly string[]) {
  const rows = [];
  for (const q of queries) {
    const r = await search.search(q);
    rows.push({
      q,
      status: r.status,
      full: r.all.filter((h) => h.match.kind !== 'partial').map((h) => `${h.unit.item}#${h.id}`),
      expanded: r.expansions.length > 0,
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { openSearch } = await import('../../src/lib/search/node/search.ts');
  const { LITERAL, ABSENT } = await import('./literal.ts');
  const { READERS, READERS_ABSENT } = await import('./readers.ts');
  const search = await openSearch(process.env.ASTRO_OUT_DIR ?? 'dist');
  for (const [name, cases] of [
    ['literal', LITERAL],
    ['readers', READERS],
  ] as const) {
    const r = await runSuite(search, cases);
    console.log(`${name}: n=${r.n} hit@1=${r.hit1} hit@3=${r.hit3}`);
    for (const m of r.misses) console.log('  miss', JSON.stringify(m));
  }
  const literalOnly = await runSuite(search, READERS, false);
  console.log(`readers without the thesaurus: hit@1=${literalOnly.hit1} hit@3=${literalOnly.hit3}`);
  for (const row of await runAbsent(search, [...new Set([...ABSENT, ...READERS_ABSENT])])) console.log('absent', JSON.stringify(row));
}
