import { describe, expect, it } from 'vitest';
import { PROJECT_CONTENT, siteModel } from '../../../tests/support/site.ts';
import { actorCoverage } from './coverage.ts';

const model = siteModel(PROJECT_CONTENT);
const coverage = Object.fromEntries(actorCoverage(model.actors, model.corpus.documents).map(({ doc, ...counts }) => [doc.id, counts]));

describe('the actor coverage /actors/ states', () => {
  // Pinned on content/ as reviewed: a change to the tags or the rules that moves a unit between
  // footings shows here, and must be meant. The 建议 and the 条例 leave many units to no named body.
  it('counts each unit a reader codes once, by its most reliable footing, or as naming no responsible body', () => {
    const five = [
      '2022-gaojineng-rencai',
      '2024-chanye-gongren',
      '2025-lixing-jieyue-tiaoli',
      '2025-shiwuwu-jianyi-shuoming',
      '2025-shiwuwu-jianyi',
    ];
    expect(Object.fromEntries(five.map((id) => [id, coverage[id]]))).toEqual({
      '2022-gaojineng-rencai': { units: 19, official: 0, reviewed: 19, machine: 0, none: 0 },
      '2024-chanye-gongren': { units: 27, official: 0, reviewed: 27, machine: 0, none: 0 },
      '2025-lixing-jieyue-tiaoli': { units: 63, official: 0, reviewed: 7, machine: 35, none: 21 },
      '2025-shiwuwu-jianyi-shuoming': { units: 7, official: 0, reviewed: 0, machine: 0, none: 7 },
      '2025-shiwuwu-jianyi': { units: 61, official: 0, reviewed: 17, machine: 6, none: 38 },
    });
  });

  it('puts every unit of every document of the collection under exactly one footing', () => {
    for (const [id, c] of Object.entries(coverage)) expect(c.official + c.reviewed + c.machine + c.none, id).toBe(c.units);
    // The collection's 国务院 documents that print 牵头 notes have official tags.
    expect(coverage['zhidaoyijian-tiyu-jingsai-2018']!.official).toBeGreaterThan(0);
  });
});
