// `npm run bench`: where the site stands, in figures (not pass/fail). Builds the site into
// bench-out/, then measures build time, page weight per kind of page, JavaScript run before
// interaction, search cost, Lighthouse scores, and build time and search cost on synthetic corpora
// of 10, 50 and 200 documents. Prints Markdown tables and writes them into the README's
// "Performance" section (between the bench markers).
//
//   npm run bench [-- --skip-lighthouse] [--skip-scaling] [--sizes=10,50] [--no-readme]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { CATEGORIES, type LighthouseRun, lighthouse } from './bench/lighthouse.ts';
import { QUERIES, type SearchRun, searchInChromium, searchInNode } from './bench/search.ts';
import { startStaticServer } from './site/static-server.ts';
import { MODEL, writeSyntheticCorpus } from './bench/synthetic.ts';
import { type Bytes, measurePage, type PageWeight } from './bench/weights.ts';
import { pagesByKind, sitePages } from '../src/lib/site/built-pages.ts';
import { readItems } from '../src/lib/content/items.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const sizesArg = args.find((a) => a.startsWith('--sizes='));
const SIZES = sizesArg ? sizesArg.slice('--sizes='.length).split(',').map(Number) : [10, 50, 200];
const OUT = resolve('bench-out');
const README = 'README.md';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
/** Kinds of page a reader reads (the 2 KB JavaScript target applies to them). */
const READING_KINDS = ['/documents/*/', '/documents/*/*/', '/news/*/', '/actors/*/', '/terms/*/'];

interface Timings { validateMs: number; astroMs: number; pagefindMs: number; indexedPages: number }

function build(contentDir: string | undefined, siteDir: string): Timings {
  const timings = join(OUT, `timings-${process.pid}.json`);
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_OUT_DIR: siteDir, BUILD_TIMINGS: timings };
  if (contentDir) env.CONTENT_DIR = contentDir;
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env, maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`build of ${contentDir ?? 'content'} failed:\n${run.stderr.slice(-2000)}`);
  const t = JSON.parse(readFileSync(timings, 'utf8')) as Timings;
  rmSync(timings);
  return t;
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
  const site = join(OUT, 'site');

  log('building the site');
  const t = build(undefined, site);
  const pages = sitePages(site);
  sections.push(
    '### Build',
    table(['step', 'time'], [
      ['content checks', `${sec(t.validateMs)} s`],
      ['astro build', `${sec(t.astroMs)} s`],
      ['Pagefind index', `${sec(t.pagefindMs)} s`],
      ['pages built / indexed', `${pages.length} / ${t.indexedPages}`],
    ]),
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
    const opinion = weights.find((x) => x.w.url === `/documents/${MODEL}/`)?.w ?? (await measurePage(browser, server.url, `/documents/${MODEL}/`));
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

  if (!flag('skip-scaling')) {
    const rows: Array<Array<string | number>> = [];
    const totals: Array<{ n: number; ms: number }> = [];
    const browser2 = await launchBrowser();
    try {
      for (const n of SIZES) {
        log(`scaling: ${n} documents`);
        const content = join(OUT, `corpus-${n}`);
        const dir = join(OUT, `site-${n}`);
        writeSyntheticCorpus(content, n);
        const timings = build(content, dir);
        const search =
          (await searchInNode(dir).catch(() => undefined)) ??
          (await (async () => {
            const s = await startStaticServer(dir, { gzip: true });
            try {
              return await searchInChromium(browser2, s.url, dir);
            } finally {
              await s.close();
            }
          })());
        const bytes = search.rows.map((r) => r.bytes);
        const ms = search.rows.filter((r) => r.ms !== null).map((r) => r.ms!);
        const total = timings.validateMs + timings.astroMs + timings.pagefindMs;
        const previous = totals.at(-1);
        totals.push({ n, ms: total });
        const marginal = previous ? ((total - previous.ms) / (n - previous.n)).toFixed(0) : '—';
        rows.push([n, sitePages(dir).length, sec(timings.validateMs), sec(timings.astroMs), sec(timings.pagefindMs), sec(total), marginal, kb(median(bytes)), kb(Math.max(...bytes)), median(ms).toFixed(1)]);
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      await browser2.close();
    }
    // Linear: each added document costs about the same at every size (fixed start-up costs aside).
    const marginals = totals.slice(1).map((t, i) => (t.ms - totals[i]!.ms) / (t.n - totals[i]!.n));
    const growth = marginals.length > 1 ? marginals.at(-1)! / marginals[0]! : 1;
    const largest = totals.at(-1)?.ms ?? 0;
    sections.push(
      '### Scaling',
      'Synthetic corpora (`scripts/bench/synthetic.ts`): the real corpus plus generated documents shaped like the opinion, their sentences drawn from both opinions with one character of each clause changed; the actor registry and thesaurus are left out (they cannot hold for generated text). Build steps in seconds; search over the same queries, cold, through the search layer in Node when present (else Chromium).',
      table(['documents', 'pages', 'content checks', 'astro', 'Pagefind', 'total', 'ms per added document', 'search KB per query (median)', 'search KB (max)', 'search ms (median)'], rows),
      `- Target: the ${SIZES.at(-1)}-document build under 2 minutes — ${sec(largest)} s (${mark(largest < 120_000)}); linear — an added document costs ${growth.toFixed(2)}× as much at the largest size as at the smallest (${mark(growth < 1.5)}; under 1.5× counts as linear).`,
    );
  }

  const cpu = cpus();
  const report = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, Chromium ${version}; by \`npm run bench\`.`,
    '',
    sections.join('\n\n'),
  ].join('\n');
  console.log(report);
  if (!flag('no-readme')) writeReadme(report);
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
