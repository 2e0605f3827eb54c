import { describe, expect, it } from 'vitest';
import { actorCandidates } from './candidates.ts';

describe('actorCandidates', () => {
  const texts = [
    '支持农村集体经济组织和金融机构开展合作。',
    '引导金融机构加大投入，选派科技特派员。',
    '中央和国家机关要带头。',
    '各级工会要积极参与。',
  ];

  it('lists actor-like strings the registry lacks, with counts, most frequent first', () => {
    const found = actorCandidates(texts, ['工会', '各级工会']);
    expect(found[0]).toEqual({ text: '金融机构', count: 2 });
    expect(found.map((c) => c.text)).toEqual(expect.arrayContaining(['农村集体经济组织', '科技特派员', '中央和国家机关']));
  });

  it('leaves out what an alias already names', () => {
    expect(actorCandidates(texts, ['工会', '各级工会', '金融机构']).map((c) => c.text)).not.toContain('金融机构');
    expect(actorCandidates(texts, ['工会']).map((c) => c.text)).not.toContain('各级工会');
  });
});
