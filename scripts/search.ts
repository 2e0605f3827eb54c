// npm run search -- <query> [--literal] [--limit N] [--kind 措施] [--part …] [--actor …] [--document …]
// Runs the site's query layer against the built index (dist/) and prints the ranked results,
// best first, one JSON object a line: first the places a citation names (《条例》第八条第二款, as
// the search box shows them first), then the search's. The status and any notice go to stderr.
import { FACETS, type FacetKey, type Selection } from '../src/lib/search/facets.ts';
import { openSearch } from '../src/lib/search/node/search.ts';
import { hitJson, responseNotice } from '../src/lib/search/report.ts';

function parse(argv: string[]) {
  const words: string[] = [];
  const filters: Selection = {};
  let literal = false;
  let limit = 20;
  let dist = process.env.ASTRO_OUT_DIR ?? 'dist';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--literal') literal = true;
    else if (a === '--limit') limit = Number(value());
    else if (a === '--dist') dist = value();
    else if (a.startsWith('--') && (FACETS as readonly string[]).includes(a.slice(2)))
      (filters[a.slice(2) as FacetKey] ??= []).push(value());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else words.push(a);
  }
  return { query: words.join(' '), filters, literal, limit, dist };
}

try {
  const { query, filters, literal, limit, dist } = parse(process.argv.slice(2));
  if (!query.trim()) {
    console.error('usage: npm run search -- <query> [--literal] [--limit N] [--kind 措施] [--part …] [--actor …] [--document …]');
    process.exit(2);
  }
  const search = await openSearch(dist);
  const [response, cited] = await Promise.all([
    search.search(query, { filters, expand: !literal }),
    search.citation(query, filters.document),
  ]);
  if (cited) {
    console.error(`条文定位：${cited.total} 处${cited.notice ? `；${cited.notice}` : ''}`);
    cited.hits.slice(0, limit).forEach((hit) => console.log(JSON.stringify({ citation: true, ...hit })));
  }
  console.error(`${responseNotice(response)}（查询：${response.query}）`);
  response.hits.slice(0, limit).forEach((hit, i) => console.log(JSON.stringify(hitJson(hit, i + 1))));
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
