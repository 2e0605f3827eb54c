// The Akoma Ntoso of a regulation (the shape fixture tests/fixtures/shapes/regulation): chapters
// chp_2, articles chp_2__art_3, their paragraphs (款) …__para_2 and items (项) as points.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readItems } from '../content/items.ts';
import { buildCorpus, type DocumentEntry } from '../corpus.ts';
import { akomaNtosoIds, akomaNtosoXml } from './akoma-ntoso.ts';

const doc = buildCorpus(readItems('tests/fixtures/shapes/regulation')).documents[0] as DocumentEntry;

describe('Akoma Ntoso of a regulation', () => {
  it('names chapters, articles, their paragraphs and items with chp_/art_/para_ eIds', () => {
    expect(akomaNtosoIds(doc).map((p) => `${p.id}=${p.eId}`)).toEqual([
      'ch1=chp_1',
      'art1=chp_1__art_1',
      'art2=chp_1__art_2',
      'ch2=chp_2',
      'art3=chp_2__art_3',
      'art4=chp_2__art_4',
    ]);
    const xml = akomaNtosoXml(doc, { site: 'https://example.org' });
    const eIds = [...xml.matchAll(/eId="([^"]+)"/g)].map((m) => m[1]);
    expect(eIds).toContain('chp_2__art_3__para_2');
    expect(eIds).toContain('chp_2__art_3__para_1__list_1__intro');
    expect(eIds).toContain('chp_2__art_3__para_1__point_2');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(parsed.akomaNtoso).toBeDefined();
    expect(xml).toContain('<num>第三条</num>');
    expect(xml).toContain('<num>第二章</num>');
  });
});
