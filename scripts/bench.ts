// `npm run bench`: where the site stands, in figures. Builds the site into bench-out/, then
// measures build time, page weight per kind of page, JavaScript run before interaction, search
// cost, Lighthouse scores; the collection at each size (scripts/bench/collection-sizes.ts, the
// issue "Search and build for 10,000 documents"): full builds of synthetic corpora of 10, 200 and
// 2,000 documents (time, memory, what each added document costs), a reader's first search on each
// through the header box in Chromium, beside a Starlight site of the same documents, and at
// 10,000 documents on a search-only site, and what a page load and reading the first results
// fetch that the reader did not ask for; on the real documents of ../shared/corpus/ that print
// responsibility notes, how many of the official leads the machine's actor tags find
// (scripts/bench/official-leads.ts); the first searches of the collection beside those of its
// five first documents alone; and how long `npm test` takes.
// Prints Markdown tables, each figure beside its target with a verdict computed from it, and
// writes them into the README's "Performance" section (between the bench markers).
//
// How long, on 2 cores: the real site about 2 minutes, with Lighthouse about 10 more; `npm test`
// about 10; then at each size the browser sessions, about 2 minutes on our site (two per query,
// one of them reading the results 10 s) and 40 s on Starlight's, the largest page of each kind
// 20 s, and the builds: ours of 2,000 documents up to its 15-minute target, Starlight's about a
// minute, the 10,000-document search-only site several minutes (some 3 at 2,000 before the index
// was sharded). About an hour in all, more while the large builds are slow.
// `--sizes=10,20,30 --search-sizes=10,50 --skip-lighthouse --skip-test-time --no-readme` goes the
// whole way in about a quarter of an hour.
//
//   npm run bench [-- --skip-lighthouse] [--skip-scaling] [--only-scaling] [--sizes=10,200,2000]
//                    [--starlight-sizes=10,200,2000] [--skip-starlight] [--search-sizes=10,10000]
//                    [--skip-search-scaling] [--repeat=N] [--drawn] [--verbatim-leads]
//                    [--all-annotations] [--skip-notes] [--only-notes]
//                    [--notes-corpus=../shared/corpus] [--skip-test-time] [--no-readme]
//
// --sizes are the sizes built in full; Starlight is built at --starlight-sizes (the full sizes
// unless given; --skip-starlight for none); --search-sizes are search-only sites
// (scripts/bench/search-only.ts), which carry the smallest full build's page and scripts so the
// header box runs on them too (--skip-search-scaling for none). --skip-scaling leaves the
// collection out, --only-scaling measures it alone. --repeat builds each full size that many times
// and takes each step's median; without it, sizes whose build takes under two minutes are built
// three times (scripts/bench/collection-sizes.ts says why). The synthetic documents are template
// variants of the 2024 opinion (sharing most of their clauses, as real template documents do);
// --drawn draws their sentences from the whole corpus instead, --verbatim-leads does so keeping the
// model's measure leads word for word, --all-annotations keeps the actor registry and the
// thesaurus (scripts/bench/synthetic.ts says what each does). --only-notes measures the official leads alone (a few seconds, no build)
// and leaves the README as it is, since its figures would replace the others'; --notes-corpus=
// names the folder of real documents (holding txt/); without it the section says it was skipped.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { collectionSections } from './bench/collection-report.ts';
import { type CollectionPlan, measureCollection } from './bench/collection-sizes.ts';
import { kb, log, mark, mb, median, sec, table } from './bench/format.ts';
import { CATEGORIES, type LighthouseRun, lighthouse } from './bench/lighthouse.ts';
import { BOX_QUERIES, QUERIES, READING_PAGE, type SearchRun, searchInChromium, searchInHeaderBox, searchInNode } from './bench/search.ts';
import { buildSite } from './bench/site-build.ts';
import { startStaticServer } from './site/static-server.ts';
import { FIRST_ITEM, MODEL, keepOnly } from './bench/synthetic.ts';
import { type Bytes, measurePage, type PageWeight } from './bench/weights.ts';
import { measureOfficialLeads, officialLeadsSection } from './bench/official-leads.ts';
import { pagesByKind, sitePages } from '../src/lib/site/built-pages.ts';
import { readItems } from '../src/lib/content/items.ts';
import { readAnnotations } from '../src/lib/content/annotations.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
/** Sizes from an option: whole numbers of documents, ascending; none for an empty value. */
function sizes(name: string, fallback: string): number[] {
  const given = option(name) ?? fallback;
  const list = [...new Set(given.split(',').filter(Boolean).map(Number))].sort((a, b) => a - b);
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--${name}= takes whole numbers of documents, not ${given}`);
  return list;
}
const SIZES = sizes('sizes', '10,200,2000');
const REPEAT = option('repeat') === undefined ? undefined : Number(option('repeat'));
if (REPEAT !== undefined && (!Number.isInteger(REPEAT) || REPEAT < 1)) throw new Error('--repeat= takes a whole number of builds');
const OUT = resolve('bench-out');
const README = 'README.md';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
/** Kinds of page a reader reads (the 2 KB JavaScript target applies to them). */
const READING_KINDS = ['/documents/*/', '/documents/*/*/', '/news/*/', '/actors/*/', '/terms/*/'];

const both = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gz)}`;
const build = (contentDir: string | undefined, siteDir: string) => buildSite(contentDir, siteDir, OUT);

async function main() {
  mkdirSync(OUT, { recursive: true });
  const sections: string[] = [];
  const only = flag('only-scaling') || flag('only-notes');
  const version = only ? undefined : await measureSite(sections);
  if (!flag('skip-scaling') && !flag('only-notes')) await measureSizes(sections);
  if (!flag('skip-notes') && !flag('only-scaling')) measureNotes(sections);
  if (!only && !flag('skip-test-time')) measureTestTime(sections);

  const cpu = cpus();
  const report = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}${version ? `, Chromium ${version}` : ''}; by \`npm run bench\`.`,
    '',
    sections.join('\n\n'),
  ].join('\n');
  console.log(report);
  if (!flag('no-readme') && !flag('only-notes')) writeReadme(report);
}

/** The collection at each size: builds, first searches (ours, Starlight's, search-only sites'), what is fetched unasked. */
async function measureSizes(sections: string[]) {
  const plan: CollectionPlan = {
    full: SIZES,
    starlight: flag('skip-starlight') ? [] : sizes('starlight-sizes', SIZES.join(',')),
    searchOnly: flag('skip-search-scaling') ? [] : sizes('search-sizes', '10,10000'),
    repeat: REPEAT,
    corpus: {
      variants: !flag('drawn') && !flag('verbatim-leads'),
      verbatimLeads: flag('verbatim-leads'),
      allAnnotations: flag('all-annotations'),
    },
    out: OUT,
  };
  const browser = await launchBrowser();
  try {
    sections.push(...collectionSections(await measureCollection(browser, plan), plan));
  } finally {
    await browser.close();
  }
}

/** How long `npm test` takes here, against CI's budget of 20 minutes on 2 cores (--skip-test-time leaves it out). */
function measureTestTime(sections: string[]) {
  log('running npm test (give --skip-test-time to leave it out)');
  const started = performance.now();
  const run = spawnSync('npm', ['test'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  sections.push(
    '### Tests',
    `- \`npm test\` took ${(ms / 60_000).toFixed(1)} min on ${cpus().length} cores and ${run.status === 0 ? 'passed' : `**failed** (exit ${run.status})`}. Target: under 20 minutes on CI's 2 cores (${mark(ms < 20 * 60_000)}); the checks of every page are \`npm run test:all-pages\`.`,
  );
}

/** The official leads the machine finds, on the real documents with responsibility notes. */
function measureNotes(sections: string[]) {
  const corpus = option('notes-corpus') ?? '../shared/corpus';
  if (!existsSync(join(corpus, 'txt'))) {
    sections.push(
      '### Official leads the machine finds',
      `- Skipped: no folder \`${join(corpus, 'txt')}\` (give --notes-corpus=<folder holding txt/>).`,
    );
    return;
  }
  log(`measuring official leads on ${corpus}`);
  const registry = readAnnotations('content').actors?.data ?? [];
  sections.push(...officialLeadsSection(measureOfficialLeads(corpus, registry), corpus, table));
}

/** The real site: build steps, page weight, search, Lighthouse. Returns the Chromium version. */
async function measureSite(sections: string[]): Promise<string> {
  const site = join(OUT, 'site');

  log('building the site');
  const t = await build(undefined, site);
  const wallMs = t.wallMs;
  const pages = sitePages(site);
  const documents = readItems('content').filter((i) => i.meta.kind !== 'news' && i.meta.kind !== 'photo').length;
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  sections.push(
    '### Build',
    table(
      ['step', 'time'],
      [
        ['content checks', `${sec(t.validateMs)} s`],
        ['astro build', `${sec(t.astroMs)} s`],
        ['Pagefind index', `${sec(t.pagefindMs)} s`],
        ['whole `npm run build`, wall clock', `${sec(wallMs)} s`],
        [
          'peak memory, all its processes / the largest',
          t.peakTreeRss === null || t.peakProcessRss === null ? '—' : `${mb(t.peakTreeRss)} / ${mb(t.peakProcessRss)} MB`,
        ],
        ['documents / pages built / indexed', `${documents} / ${pages.length} / ${t.indexedPages}`],
      ],
    ),
    `- Target: \`npm run build\` of the collection under 3 minutes on CI's 2 cores — ${sec(wallMs)} s on ${cpus().length} cores (${mark(wallMs < 180_000)}).`,
    `- Target: no page over 1 MB — the largest is \`${largest.url}\`, ${kb(largest.bytes)} KB (${mark(largest.bytes <= 1024 * 1024)}).`,
  );

  const server = await startStaticServer(site, { gzip: true });
  const browser = await launchBrowser();
  const version = browser.version();
  try {
    // Page weight: the largest page of each kind, in mobile Chromium, before any interaction.
    log('measuring page weight');
    const kinds = [...pagesByKind(pages)].map(([kind, list]) => ({ kind, page: list.reduce((a, b) => (b.bytes > a.bytes ? b : a)) }));
    const weights: Array<{ kind: string; w: PageWeight }> = [];
    for (const { kind, page } of kinds) weights.push({ kind, w: await measurePage(browser, server.url, page.url) });
    const reading = weights.filter((x) => READING_KINDS.includes(x.kind));
    const maxJs = Math.max(...reading.map((x) => x.w.js.gz));
    const opinion =
      weights.find((x) => x.w.url === `/documents/${MODEL}/`)?.w ?? (await measurePage(browser, server.url, `/documents/${MODEL}/`));
    const model = readItems('content').find((i) => i.meta.id === MODEL)!;
    const textGz = gzipSync(Buffer.from(readFileSync(model.sourceFile, 'utf8').slice(model.slice[0], model.slice[1]))).length;
    const budget = 1.5 * textGz + 15 * 1024;
    const opinionGz = opinion.html.gz + opinion.css.gz;
    sections.push(
      '### Page weight',
      'The largest page of each kind, loaded in mobile Chromium with no interaction; KB raw / gzipped. JS is every script the page ran before the reader touched it.',
      table(
        ['kind', 'page', 'HTML', 'CSS', 'JS before interaction', 'other', 'requests'],
        weights.map(({ kind, w }) => [`\`${kind}\``, `\`${w.url}\``, both(w.html), both(w.css), both(w.js), both(w.other), w.requests]),
      ),
      `- Target: reading pages run at most 2 KB gzipped of JavaScript before interaction — largest: ${kb(maxJs)} KB (${mark(maxJs <= 2048)}).`,
      `- Target: the opinion page's HTML + CSS within 1.5 × its text gzipped (${kb(textGz)} KB) + 15 KB = ${kb(budget)} KB — it is ${kb(opinionGz)} KB (${mark(opinionGz <= budget)}).`,
    );

    log('measuring search');
    const runs: SearchRun[] = [];
    const inNode = await searchInNode(site).catch((e: unknown) => {
      log(`search in Node failed: ${String(e)}`);
      return undefined;
    });
    if (inNode) runs.push(inNode);
    sections.push(`### Search\n\nQueries (each cold, as a reader's first search): ${QUERIES.map((q) => `“${q}”`).join(' ')}.`);
    runs.push(await searchInChromium(browser, server.url, site));
    for (const run of runs) {
      const firsts = run.rows.filter((r) => r.ms !== null);
      const worstMs = Math.max(...firsts.map((r) => r.ms!));
      const worstBytes = Math.max(...run.rows.map((r) => r.bytes));
      sections.push(
        `#### ${run.how}`,
        table(
          ['query', 'results', 'ms to first result', 'ms from navigation', 'KB fetched', 'requests'],
          run.rows.map((r) => [r.query, r.results ?? '—', r.ms ?? '—', r.msFromNavigation ?? '—', kb(r.bytes), r.requests]),
        ),
        `- Target: first result under 100 ms with under 100 KB fetched — slowest ${worstMs} ms, most ${kb(worstBytes)} KB (${mark(worstMs < 100 && worstBytes < 100 * 1024)}).`,
      );
    }
    log('measuring the header search box');
    sections.push(...boxSection(await searchInHeaderBox(browser, server)));
    if (inNode) sections.push(...(await fiveDocumentSection(inNode)));
  } finally {
    await browser.close();
  }

  if (!flag('skip-lighthouse')) {
    log('running Lighthouse');
    const runs: LighthouseRun[] = [];
    for (const [kind, list] of pagesByKind(pages)) {
      const page = list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
      log(`  ${kind}`);
      runs.push({ ...(await lighthouse(`${server.url}${page.url}`)), url: page.url });
    }
    const all100 = runs.every((r) => r.scores && CATEGORIES.every((c) => r.scores![c] === 100));
    sections.push(
      '### Lighthouse (mobile)',
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'points lost on'],
        runs.map((r) =>
          r.scores
            ? [`\`${r.url}\``, ...CATEGORIES.map((c) => r.scores![c]), r.failing.join(', ') || '—']
            : [`\`${r.url}\``, '—', '—', '—', '—', `failed: ${r.error ?? ''}`],
        ),
      ),
      `- Target: 100 in all four on every page (${mark(all100)}).`,
    );
  }
  await server.close();

  return version;
}

/**
 * The same first searches on a site of the five first documents alone (content/ without the
 * collection), beside the collection's: what 108 more documents cost a reader's first search.
 */
async function fiveDocumentSection(collection: SearchRun): Promise<string[]> {
  const content = join(OUT, 'content-five');
  const site = join(OUT, 'site-five');
  rmSync(content, { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  const kept = readItems('content').filter((i) => FIRST_ITEM.test(i.meta.id));
  keepOnly(content, kept);
  log('building the five-document site');
  await build(content, site);
  const five = await searchInNode(site);
  if (!five) return [];
  const byQuery = new Map(five.rows.map((r) => [r.query, r]));
  const med = (rows: SearchRun['rows'], f: (r: SearchRun['rows'][number]) => number | null) =>
    median(rows.map(f).filter((x): x is number => x !== null));
  return [
    '#### The collection beside the five first documents',
    `The same cold first searches in Node on \`content/\` (${readItems('content').length} items) and on its five first documents alone (${kept.length} items with their news).`,
    table(
      ['query', 'KB fetched: five', 'KB fetched: collection', 'ms: five', 'ms: collection'],
      collection.rows.map((r) => {
        const f = byQuery.get(r.query);
        return [r.query, f ? kb(f.bytes) : '—', kb(r.bytes), f?.ms ?? '—', r.ms ?? '—'];
      }),
    ),
    `- Median KB fetched: ${kb(med(five.rows, (r) => r.bytes))} at five documents, ${kb(med(collection.rows, (r) => r.bytes))} with the collection; median ms ${med(five.rows, (r) => r.ms)} and ${med(collection.rows, (r) => r.ms)}.`,
  ];
}

/** The header box, the real path of a reader's first search, against the search issue's targets. */
function boxSection(rows: Awaited<ReturnType<typeof searchInHeaderBox>>): string[] {
  const figures = (pick: (r: (typeof rows)[number]) => number | null) => rows.map(pick).filter((x): x is number => x !== null);
  const [bytes, touch, typing, later] = [
    rows.map((r) => r.bytes),
    figures((r) => r.msFromTouch),
    figures((r) => r.msAfterTyping),
    figures((r) => r.msLater),
  ];
  const missing = rows.filter((r) => r.msFromTouch === null).map((r) => r.query);
  const line = (what: string, xs: number[], unit: string, target: number, show = (x: number) => x.toFixed(0)) =>
    `- Target: ${what} at most ${show(target)} ${unit} (median) — median ${show(median(xs))}, maximum ${show(Math.max(...xs))} ${unit} (${mark(median(xs) <= target && missing.length === 0)}).`;
  return [
    '#### The header search box, cold, in Chromium (the path a reader takes)',
    `A fresh browser context per query: the measure page \`${READING_PAGE}\` read first (its service worker installed), then the pointer over the search box and the query typed at once; bytes as the server sent them (gzip), from the touch to the first result drawn. “After typing”: another fresh context, 1.5 s between the touch and the query (a reader moving to the box and typing). “Later”: the next query typed into the same box 2.5 s after the first results were drawn, the search from query to results drawn. Queries: ${BOX_QUERIES.map((q) => `“${q}”`).join(' ')}.`,
    table(
      ['query', 'ms from the touch', 'ms after typing', 'ms later', 'KB', 'requests'],
      rows.map((r) => [r.query, r.msFromTouch ?? '—', r.msAfterTyping ?? '—', r.msLater ?? '—', kb(r.bytes), r.requests]),
    ),
    line('a first search', bytes, 'KB', 100 * 1024, (x) => kb(x)),
    line('the first result from the first touch', touch, 'ms', 600),
    line('the first result after the reader stops typing', typing, 'ms', 250),
    line('a later search', later, 'ms', 50, (x) => x.toFixed(1)),
    ...(missing.length ? [`- No result drawn for: ${missing.join(', ')}.`] : []),
  ];
}

function writeReadme(report: string) {
  const text = existsSync(README) ? readFileSync(README, 'utf8') : '';
  const block = `${START}\n${report}\n${END}`;
  let next: string;
  if (text.includes(START) && text.includes(END)) {
    next = text.slice(0, text.indexOf(START)) + block + text.slice(text.indexOf(END) + END.length);
  } else {
    next = `${text.trimEnd()}\n\n## Performance\n\nFigures from \`npm run bench\` (rewritten by it between the markers below); targets are reported, not enforced.\n\n${block}\n`;
  }
  writeFileSync(README, next);
  log(`wrote the figures into ${README}`);
}

await main();
