// `npm run bench`: where the site stands, in figures (not pass/fail). Builds the site into
// bench-out/, then measures build time, page weight per kind of page, JavaScript run before
// interaction, search cost, Lighthouse scores, and build time and search cost on synthetic corpora
// of 10, 100 and 500 documents, with what each added document costs between consecutive sizes; and
// on the real documents of ../shared/corpus/ that print responsibility notes, how many of the
// official leads the machine's actor tags find (scripts/bench/official-leads.ts); the first
// searches of the collection beside those of its five first documents alone; and how long
// `npm test` takes.
// Prints Markdown tables and writes them into the README's "Performance" section (between the
// bench markers).
//
//   npm run bench [-- --skip-lighthouse] [--skip-scaling] [--sizes=10,100,500] [--no-readme]
//                    [--only-scaling] [--repeat=3] [--verbatim-leads] [--all-annotations]
//                    [--skip-search-scaling] [--only-search-scaling] [--search-sizes=10,200,2000]
//                    [--skip-notes] [--only-notes] [--notes-corpus=../shared/corpus] [--skip-test-time]
//
// --only-scaling skips the real site (build, page weight, search, Lighthouse); --repeat builds each
// size that many times and takes each step's median; --verbatim-leads generates the documents
// with the model's measure leads word for word, --all-annotations keeps the actor registry and the
// thesaurus in the synthetic corpora (scripts/bench/synthetic.ts says what each does). The search's
// own scaling (--search-sizes) builds search-only sites (scripts/bench/search-only.ts): no pages.
// --only-notes measures the official leads alone (a few seconds, no build) and leaves the README
// as it is, since its figures would replace the others'; --notes-corpus= names the folder of
// real documents (holding txt/); without it the section says it was skipped.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { CATEGORIES, type LighthouseRun, lighthouse } from './bench/lighthouse.ts';
import { BOX_QUERIES, QUERIES, type SearchRun, searchInChromium, searchInHeaderBox, searchInNode } from './bench/search.ts';
import { startStaticServer } from './site/static-server.ts';
import { buildSearchOnly } from './bench/search-only.ts';
import { STEPS, type SizeRun, marginals, medianRun, totalMs, verdict, verdictOn } from './bench/scaling.ts';
import { FIRST_ITEM, MODEL, keepOnly, writeSyntheticCorpus } from './bench/synthetic.ts';
import { type Bytes, measurePage, type PageWeight } from './bench/weights.ts';
import { measureOfficialLeads, officialLeadsSection } from './bench/official-leads.ts';
import { pagesByKind, sitePages } from '../src/lib/site/built-pages.ts';
import { readItems } from '../src/lib/content/items.ts';
import { readAnnotations } from '../src/lib/content/annotations.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const SIZES = [...new Set((option('sizes') ?? '10,100,500').split(',').map(Number))].sort((a, b) => a - b);
const REPEAT = Math.max(1, Number(option('repeat') ?? 1));
const SEARCH_SIZES = [...new Set((option('search-sizes') ?? '10,200,2000').split(',').map(Number))].sort((a, b) => a - b);
/** A first search at the largest size may cost at most this much more than at the smallest. */
const SEARCH_GROWTH_TARGET = 1.3;
if (SIZES.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(REPEAT))
  throw new Error('--sizes= takes whole numbers of documents, --repeat= a whole number of builds');
/** The largest synthetic build should take a few minutes at most on the bench machine. */
const LARGEST_TARGET_MS = 300_000;
const OUT = resolve('bench-out');
const README = 'README.md';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
/** Kinds of page a reader reads (the 2 KB JavaScript target applies to them). */
const READING_KINDS = ['/documents/*/', '/documents/*/*/', '/news/*/', '/actors/*/', '/terms/*/'];

interface Timings {
  validateMs: number;
  astroMs: number;
  pagefindMs: number;
  indexedPages: number;
  cpuMs?: number | undefined;
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/**
 * CPU time used by this process's children that have ended (and by those they waited for), in ms,
 * from Linux's /proc; undefined elsewhere. Less swayed than wall time by whatever else the machine
 * runs. Pagefind's indexer is left to end on its own, unwaited, so its CPU time is not in it.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS : undefined;
  } catch {
    return undefined;
  }
}

function build(contentDir: string | undefined, siteDir: string): Timings {
  const timings = join(OUT, `timings-${process.pid}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_OUT_DIR: siteDir, BUILD_TIMINGS: timings };
  if (contentDir) env.CONTENT_DIR = contentDir;
  const cpuBefore = childrenCpuMs();
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  const cpuAfter = childrenCpuMs();
  if (run.status !== 0) throw new Error(`build of ${contentDir ?? 'content'} failed:\n${run.stderr.slice(-2000)}`);
  const t = JSON.parse(readFileSync(timings, 'utf8')) as Timings;
  rmSync(timings);
  return { ...t, cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

const kb = (n: number) => (n / 1024).toFixed(1);
const both = (b: Bytes) => `${kb(b.raw)} / ${kb(b.gz)}`;
const sec = (ms: number) => (ms / 1000).toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
const table = (head: string[], rows: Array<Array<string | number>>) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const mark = (ok: boolean) => (ok ? 'met' : '**not met**');

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const sections: string[] = [];
  const only = flag('only-scaling') || flag('only-search-scaling') || flag('only-notes');
  const version = only ? undefined : await measureSite(sections);
  if (!flag('skip-scaling') && !flag('only-search-scaling') && !flag('only-notes')) await measureScaling(sections);
  if (!flag('skip-search-scaling') && !flag('only-scaling') && !flag('only-notes')) await measureSearchScaling(sections);
  if (!flag('skip-notes') && !flag('only-scaling') && !flag('only-search-scaling')) measureNotes(sections);
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
  const started = performance.now();
  const t = build(undefined, site);
  const wallMs = performance.now() - started;
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
  build(content, site);
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
    `A fresh browser context per query: the measure page \`/documents/2022-gaojineng-rencai/m3/\` read first (its service worker installed), then the pointer over the search box and the query typed at once; bytes as the server sent them (gzip), from the touch to the first result drawn. “After typing”: another fresh context, 1.5 s between the touch and the query (a reader moving to the box and typing). “Later”: the next query typed into the same box 2.5 s after the first results were drawn, the search from query to results drawn. Queries: ${BOX_QUERIES.map((q) => `“${q}”`).join(' ')}.`,
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

/** The cost of a first search at each size of synthetic corpus, on search-only sites (no pages built). */
async function measureSearchScaling(sections: string[]) {
  const rows: Array<Array<string | number>> = [];
  const medians: number[] = [];
  for (const n of SEARCH_SIZES) {
    const content = join(OUT, `search-corpus-${n}`);
    const dir = join(OUT, `search-site-${n}`);
    writeSyntheticCorpus(content, n, { verbatimLeads: flag('verbatim-leads'), allAnnotations: flag('all-annotations') });
    log(`search scaling: ${n} documents`);
    const built = await buildSearchOnly(content, dir);
    const run = await searchInNode(dir, BOX_QUERIES);
    if (!run) throw new Error('the search layer has no bench hook (src/lib/search/node/bench.ts)');
    const bytes = run.rows.map((r) => r.bytes);
    medians.push(median(bytes));
    const meta = readdirSync(join(dir, 'pagefind')).find((f) => f.endsWith('.pf_meta'));
    rows.push([
      n,
      built.units,
      sec(built.ms),
      meta ? kb(statSync(join(dir, 'pagefind', meta)).size) : '—',
      kb(median(bytes)),
      kb(Math.max(...bytes)),
      median(run.rows.map((r) => r.requests)),
      median(run.rows.map((r) => r.ms ?? 0)).toFixed(1),
    ]);
    rmSync(dir, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
  const growth = medians.at(-1)! / medians[0]!;
  sections.push(
    '### Search at scale',
    `Synthetic corpora as below; each built as a search-only site (\`scripts/bench/search-only.ts\`: the site model and every content check, each unit as the Pagefind record its page gives, the query data, the bundle re-cut and slimmed as a build does; **no Astro pages**, which the search does not read). A first search, cold, through the search layer in Node, the header box's queries (${BOX_QUERIES.map((q) => `“${q}”`).join(' ')}); JSON and scripts counted gzipped, as a static host sends them. The metadata file is what every first search fetches before any chunk.`,
    table(
      [
        'documents',
        'units',
        'build s',
        'Pagefind metadata KB',
        'KB per first search (median)',
        'KB (max)',
        'requests (median)',
        'ms (median)',
      ],
      rows,
    ),
    `- Target: a first search at ${SEARCH_SIZES.at(-1)} documents costs at most ${SEARCH_GROWTH_TARGET}× what it costs at ${SEARCH_SIZES[0]} — ${growth.toFixed(2)}× (${mark(growth <= SEARCH_GROWTH_TARGET)}).`,
  );
}

/** Synthetic corpora of each size: build steps, what an added document costs, search. */
async function measureScaling(sections: string[]) {
  const runs: SizeRun[] = [];
  const rows: Array<Array<string | number>> = [];
  const browser = await launchBrowser();
  try {
    for (const n of SIZES) {
      const content = join(OUT, `corpus-${n}`);
      const dir = join(OUT, `site-${n}`);
      writeSyntheticCorpus(content, n, { verbatimLeads: flag('verbatim-leads'), allAnnotations: flag('all-annotations') });
      const builds: Timings[] = [];
      for (let i = 1; i <= REPEAT; i++) {
        log(`scaling: ${n} documents${REPEAT > 1 ? `, build ${i} of ${REPEAT}` : ''}`);
        builds.push(build(content, dir));
      }
      const run = medianRun(n, builds);
      runs.push(run);
      const search =
        (await searchInNode(dir).catch(() => undefined)) ??
        (await (async () => {
          const s = await startStaticServer(dir, { gzip: true });
          try {
            return await searchInChromium(browser, s.url, dir);
          } finally {
            await s.close();
          }
        })());
      const bytes = search.rows.map((r) => r.bytes);
      const ms = search.rows.filter((r) => r.ms !== null).map((r) => r.ms!);
      rows.push([
        n,
        sitePages(dir).length,
        ...STEPS.map(([step]) => sec(run.ms[step])),
        sec(totalMs(run)),
        run.cpuMs === undefined ? '—' : sec(run.cpuMs),
        kb(median(bytes)),
        kb(Math.max(...bytes)),
        median(ms).toFixed(1),
      ]);
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  const steps = marginals(runs);
  const linear = verdict(runs);
  const cpuKnown = runs.every((r) => r.cpuMs !== undefined);
  const onCpu = cpuKnown ? verdictOn(runs.map((r) => ({ n: r.n, ms: r.cpuMs! }))) : undefined;
  const largest = runs.at(-1);
  const largestMs = largest ? totalMs(largest) : 0;
  const stepRatio = (step: (typeof STEPS)[number][0]) =>
    steps.length > 1 && steps[0]!.ms[step] > 0 ? `${(steps.at(-1)!.ms[step] / steps[0]!.ms[step]).toFixed(2)}×` : '—';
  sections.push(
    '### Scaling',
    `Synthetic corpora (\`scripts/bench/synthetic.ts\`): the real corpus plus generated documents shaped like the opinion, their sentences and measure leads drawn from both opinions with one character of each clause changed${flag('verbatim-leads') ? ' (here: the leads kept word for word, so every document repeats 19 sentences of every other)' : ''}${flag('all-annotations') ? '; every annotation file is kept (the generated documents get machine actor tags)' : '; the actor registry and thesaurus are left out'}. Build steps in seconds${REPEAT > 1 ? `, each the median of ${REPEAT} builds` : ''}; search over the same queries, cold, through the search layer in Node when present (else Chromium).`,
    table(
      [
        'documents',
        'pages',
        ...STEPS.map(([, name]) => name),
        'total',
        'CPU of the Node processes',
        'search KB per query (median)',
        'search KB (max)',
        'search ms (median)',
      ],
      rows,
    ),
    'What one added document cost between consecutive sizes, in ms (the difference of the totals over the difference of the sizes); the last row is the largest sizes’ cost over the smallest’s.',
    table(
      ['documents', ...STEPS.map(([, name]) => name), 'total'],
      [
        ...steps.map((m) => [`${m.from} → ${m.to}`, ...STEPS.map(([step]) => m.ms[step].toFixed(0)), m.total.toFixed(0)]),
        ...(steps.length > 1
          ? [['largest / smallest', ...STEPS.map(([step]) => stepRatio(step)), linear.ratio === null ? '—' : `${linear.ratio.toFixed(2)}×`]]
          : []),
      ],
    ),
    [
      `- Target: linear — ${linear.text}.`,
      ...(onCpu
        ? [
            `- The same on the CPU time of the builds' Node processes (content checks and astro; not Pagefind's indexer), less swayed than wall time by other work on the machine: ${onCpu.text}.`,
          ]
        : []),
      `- Target: the ${largest?.n ?? '—'}-document build within a few minutes (under ${LARGEST_TARGET_MS / 60_000} minutes) — ${sec(largestMs)} s (${mark(largest !== undefined && largestMs < LARGEST_TARGET_MS)}).`,
    ].join('\n'),
  );
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
