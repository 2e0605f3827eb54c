import { describe, expect, it } from 'vitest';
import { renderRuns } from './render-sentence.ts';
import { sentenceRuns } from './sentence-runs.ts';

describe('renderRuns', () => {
  it('escapes text that looks like markup', () => {
    expect(renderRuns(sentenceRuns('甲<script>alert("x")</script>乙', []))).toBe('甲&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;乙');
  });

  it('nests a term link around actor evidence and places a note reference after its quote', () => {
    const html = renderRuns(
      sentenceRuns('支持工会参与。', [
        { kind: 'actor', start: 2, end: 4, ref: 'union' },
        { kind: 'term', start: 2, end: 4, ref: 'gonghui', href: '/terms/gonghui/' },
        { kind: 'note', start: 4, end: 6, ref: 'n1', href: '/notes/#note-n1', label: '编者注：存疑' },
      ]),
    );
    expect(html).toBe(
      '支持<a class="term" href="/terms/gonghui/"><mark class="ev" data-actors="union">工会</mark></a>' +
        '<span class="nq">参与</span><a class="nref" href="/notes/#note-n1" aria-label="编者注">注</a>。',
    );
  });

  it('makes a repaired word a link to its note, without a sign inside the word', () => {
    const html = renderRuns(
      sentenceRuns('依法行使权利。', [{ kind: 'repair', start: 1, end: 3, ref: 'r1', href: '/notes/#r1', label: '修补' }]),
    );
    expect(html).toBe('依<a class="rp" href="/notes/#r1" title="修补">法行</a>使权利。');
  });
});
