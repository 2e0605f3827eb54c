import { describe, expect, it } from 'vitest';
import type { DocumentEntry, NewsEntry } from '../corpus.ts';
import { FIXTURE_CORPUS, siteModel } from '../../../tests/support/site.ts';
import { readItems } from '../content/items.ts';
import { buildCorpus } from '../corpus.ts';
import { breadcrumbJsonLd, type JsonLd, documentJsonLd, measureJsonLd, newsArticleJsonLd, serializeJsonLd } from './jsonld.ts';
import { canonicalUrl, openGraphTags } from './meta.ts';

const { corpus } = siteModel(FIXTURE_CORPUS);
const site = 'https://example.org';
const docs = corpus.documents as DocumentEntry[];
const news = corpus.news as NewsEntry[];

/** What a page embeds, read back the way a crawler would. */
const roundTrip = (data: JsonLd) => JSON.parse(serializeJsonLd(data)) as Record<string, any>;
const absolute = (u: unknown) => typeof u === 'string' && /^https:\/\/example\.org\//.test(u);

describe('Legislation for each opinion', () => {
  it.each(docs.map((d) => [d.id, d] as const))('%s has the required fields', (_, doc) => {
    const ld = roundTrip(documentJsonLd(doc, site));
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Legislation');
    expect(ld.name).toBe(doc.meta.title);
    expect(ld.legislationType).toBe('意见');
    expect(ld.legislationPassedBy).toEqual(doc.meta.issuers.map((name) => ({ '@type': 'Organization', name })));
    expect(ld.inLanguage).toBe('zh-CN');
    expect(absolute(ld.url)).toBe(true);
    expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: '新华社' });
    expect(ld.hasPart).toBeUndefined();
  });

  it('gives the dated opinion its date and the numbered one its document number', () => {
    expect(
      roundTrip(
        documentJsonLd(
          docs.find((d) => d.id === '2024-jineng-tisheng')!,
          site,
        ),
      ).legislationDate,
    ).toBe('2024-05-10');
    const numbered = roundTrip(
      documentJsonLd(
        docs.find((d) => d.id === '2023-gongjiang-peiyang')!,
        site,
      ),
    );
    expect(numbered.legislationIdentifier).toBe('某办发〔2023〕7号');
    // Its text prints no date of its own: none is made up, the version is its copy's.
    expect(numbered.legislationDate).toBeUndefined();
    expect(numbered.legislationDateVersion).toBe('2023-09-15');
    expect(numbered.legislationJurisdiction).toBe('CN');
  });
});

describe('Legislation for each measure', () => {
  const cases = docs.flatMap((d) => d.measures.map((m) => [`${d.id}#${m.id}`, d, m.id] as const));
  it.each(cases)('%s is part of its opinion', (_, doc, id) => {
    const ld = roundTrip(measureJsonLd(doc, id, site));
    expect(ld['@type']).toBe('Legislation');
    // The document (its 文号, else its title in 《》) and the clause: unique across the corpus.
    const [, clause] = ld.legislationIdentifier.match(/^(?:.+号|《.+》)(第（[一二三四五六七八九十]+）条)$/)!;
    expect(ld.legislationIdentifier.startsWith(doc.meta.docNumber ?? `《${doc.meta.title}》`)).toBe(true);
    expect(ld.isPartOf).toMatchObject({ '@type': 'Legislation', name: doc.meta.title, url: `${site}${doc.url}` });
    expect(ld.url).toBe(`${site}/documents/${doc.id}/${id}/`);
    expect(ld.legislationPassedBy.length).toBeGreaterThan(0);
    expect(ld.legislationJurisdiction).toBe('CN');
    expect(ld.name).toContain(clause);
  });

  it('identifies every measure of the corpus apart, though 第（一）条 is in every document', () => {
    const ids = cases.map(([, doc, id]) => roundTrip(measureJsonLd(doc, id, site)).legislationIdentifier);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('某办发〔2023〕7号第（一）条');
  });

  it('names (四) of the dated opinion with full-width brackets, though its source prints ASCII ones', () => {
    const doc = docs.find((d) => d.id === '2024-jineng-tisheng')!;
    expect(doc.measures[3]!.label).toBe('(四)');
    const ld = roundTrip(measureJsonLd(doc, 'm4', site));
    expect(ld.name).toBe('第（四）条 提高技能人才薪酬待遇');
  });
});

describe('each shape of document', () => {
  const shape = (name: string) => buildCorpus(readItems(`tests/fixtures/shapes/${name}`)).documents[0] as DocumentEntry;

  it.each([
    ['proposal', '建议', 'm1', '《某某委员会关于制定某某发展规划的建议》第（1）条'],
    ['regulation', '条例', 'art2', '《某某管理条例》第二条'],
  ])('a %s is Legislation of its kind, and its measures are named as they are cited', (name, type, measure, identifier) => {
    const doc = shape(name);
    expect(roundTrip(documentJsonLd(doc, site))).toMatchObject({ '@type': 'Legislation', legislationType: type });
    const ld = roundTrip(measureJsonLd(doc, measure, site));
    expect(ld).toMatchObject({ '@type': 'Legislation', legislationType: type, legislationIdentifier: identifier });
    expect(ld.isPartOf['@type']).toBe('Legislation');
  });

  it('an explanation is a work by its speaker about the document it explains, not Legislation', () => {
    const doc = shape('explanation');
    const ld = roundTrip(documentJsonLd(doc, site));
    expect(ld).toMatchObject({
      '@type': 'CreativeWork',
      genre: '说明',
      author: doc.meta.issuers.map((name) => ({ '@type': 'Person', name })),
    });
    expect(ld.legislationType).toBeUndefined();
    expect(ld.legislationJurisdiction).toBeUndefined();
    if (doc.meta.explains) expect(ld.about).toEqual({ '@id': `${site}/documents/${doc.meta.explains}/` });
    const point = roundTrip(measureJsonLd(doc, doc.measures[0]!.id, site));
    expect(point).toMatchObject({ '@type': 'CreativeWork', isPartOf: { '@type': 'CreativeWork' } });
    expect(point.position).toMatch(/^第.+部分第.+点$/);
  });
});

describe('NewsArticle', () => {
  it.each(news.map((n) => [n.id, n] as const))('%s has headline, date, publisher and dateline', (_, item) => {
    const ld = roundTrip(newsArticleJsonLd(item, site));
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(item.meta.title);
    expect(ld.headline.length).toBeLessThanOrEqual(110);
    expect(ld.datePublished).toBe(item.meta.published);
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: '新华社' });
    expect(typeof ld.dateline).toBe('string');
    expect(absolute(ld.url)).toBe(true);
  });

  it('takes the printed dateline without its brackets, and marks photos', () => {
    const interview = news.find((n) => n.id === '2024-ndrc-equipment-renewal')!;
    expect(interview.outline.furniture.find((f) => f.role === 'dateline')!.text).toBe('(新华社北京5月13日电)');
    expect(roundTrip(newsArticleJsonLd(interview, site)).dateline).toBe('新华社北京5月13日电');
    expect(
      roundTrip(
        newsArticleJsonLd(
          news.find((n) => n.id === '2024-transport-pilot-patents')!,
          site,
        ),
      ).dateline,
    ).toBe('据新华社南京5月13日电');
    const photo = roundTrip(
      newsArticleJsonLd(
        news.find((n) => n.id === '2024-robot-skills-contest')!,
        site,
      ),
    );
    expect([photo.genre, photo.dateline, photo.creditText]).toEqual(['图片新闻', '天津', '新华社发(李明 摄)']);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it is embedded in', () => {
    const out = serializeJsonLd({ name: '</script><script>alert(1)</script> & <!--' });
    expect(out).not.toMatch(/[<>&]/);
    expect(JSON.parse(out).name).toBe('</script><script>alert(1)</script> & <!--');
  });

  it('serializes a list of objects', () => {
    const out = serializeJsonLd([
      breadcrumbJsonLd(
        [
          { name: '首页', path: '/' },
          { name: '文件', path: '/documents/' },
        ],
        site,
      ),
    ]);
    expect(JSON.parse(out)[0].itemListElement[1]).toEqual({
      '@type': 'ListItem',
      position: 2,
      name: '文件',
      item: 'https://example.org/documents/',
    });
  });
});

describe('page meta', () => {
  it('builds the canonical URL and Open Graph tags', () => {
    expect(canonicalUrl('https://example.org/', '/news/x/')).toBe('https://example.org/news/x/');
    expect(openGraphTags({ site, path: '/news/x/', title: 'T', siteName: 'S', type: 'article', published: '2024-10-22' })).toEqual([
      { property: 'og:type', content: 'article' },
      { property: 'og:title', content: 'T' },
      { property: 'og:url', content: 'https://example.org/news/x/' },
      { property: 'og:site_name', content: 'S' },
      { property: 'og:locale', content: 'zh_CN' },
      { property: 'article:published_time', content: '2024-10-22' },
    ]);
  });
});
