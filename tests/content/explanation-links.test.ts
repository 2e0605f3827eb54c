// Content test: each numbered point of the explanation of the 十五五 proposal (《说明》 section 三,
// 第一，关于… as p3-pt1…) links to the part of the proposal it explains, with a note, and the
// proposal's end links back: on the point's page and the measure's page, or beside a part's own
// text on the proposal's page (partLinks), since a part has no page of its own.
import { describe, expect, it } from 'vitest';
import { partLinks, unitLinks } from '../../src/lib/links/unit-links.ts';
import { PROJECT_CONTENT, siteModel } from '../support/site.ts';

const { corpus, links } = siteModel(PROJECT_CONTENT);
const EXPLANATION = '2025-shiwuwu-jianyi-shuoming';
const PROPOSAL = '2025-shiwuwu-jianyi';
const explanation = corpus.byId(EXPLANATION);
if (explanation?.kind !== 'document') throw new Error(`${EXPLANATION} is not a document`);
const points = explanation.measures.filter((m) => m.kind === 'point');

describe('the points of the explanation', () => {
  it('are the seven numbered points of section 三', () => {
    expect(points.map((p) => p.id)).toEqual(['p3-pt1', 'p3-pt2', 'p3-pt3', 'p3-pt4', 'p3-pt5', 'p3-pt6', 'p3-pt7']);
  });

  it.each(points.map((p) => p.id))('%s links to one unit of the proposal, with a note, and back', (id) => {
    const out = unitLinks(links, `${EXPLANATION}#${id}`, true).related.filter((l) => l.kind === 'curated' && l.key.startsWith(`${PROPOSAL}#`));
    expect(out).toHaveLength(1);
    expect(out[0]!.note).toMatch(/^《说明》第[一二三四五六七]点解释/);
    const there = out[0]!.key;
    const isPart = /#p\d+$/.test(there);
    const back = isPart ? partLinks(links, there) : unitLinks(links, there, true);
    expect(back.related.map((l) => l.key)).toContain(`${EXPLANATION}#${id}`);
  });
});
